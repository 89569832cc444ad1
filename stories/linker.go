package stories

import (
	"strconv"

	"entente/events"
)

// Defaults of Options.
const (
	DefaultWindow  = 2  // days
	DefaultMaxSpan = 7  // days
	DefaultHorizon = 30 // days
)

// Options tune a Linker. The zero value gives the defaults.
type Options struct {
	// Window is how many days an event's date may lie outside a story's date
	// range and still join it. 0 means DefaultWindow; a negative value means
	// 0 (the same days only).
	Window int
	// MaxSpan is the longest a story may run, in days from its first to its
	// last date. 0 means DefaultMaxSpan; a negative value means no limit
	// (and memory no longer bounded for a dyad in the news every day).
	MaxSpan int
	// Horizon is how many days behind the newest date seen a story's last
	// date may fall before the story closes. 0 means DefaultHorizon; values
	// below the window are raised to it.
	Horizon int
}

// key is what events of one story share.
type key struct {
	source, target, root string
}

// undatedKey groups the undated events of one key in one article.
type undatedKey struct {
	key
	article string
}

// Linker assigns events to stories as they stream by; see the package doc
// for the rule. It is not safe for concurrent use.
type Linker struct {
	window, maxSpan, horizon int

	open    []*story              // open stories, oldest first
	byKey   map[key][]*story      // open dated stories of a key, oldest first
	undated map[undatedKey]*story // undated stories of the current Add call
	newest  int                   // newest day seen, when seen
	seen    bool
	seq     int // stories started so far
	calls   int // Add calls so far
}

// NewLinker returns a Linker with the options o.
func NewLinker(o Options) *Linker {
	l := &Linker{window: o.Window, maxSpan: o.MaxSpan, horizon: o.Horizon,
		byKey: map[key][]*story{}, undated: map[undatedKey]*story{}}
	switch {
	case l.window == 0:
		l.window = DefaultWindow
	case l.window < 0:
		l.window = 0
	}
	if l.maxSpan == 0 {
		l.maxSpan = DefaultMaxSpan
	}
	if l.horizon == 0 {
		l.horizon = DefaultHorizon
	}
	l.horizon = max(l.horizon, l.window)
	return l
}

// Add links the events of one article. It sets StoryID on every element of
// evs, in place, and returns the stories that closed: those left more than
// Horizon days behind the newest date, the undated stories of this call,
// and a new story of an event too late for its closed story. Closed stories
// come oldest first (in the order they started).
func (l *Linker) Add(evs []events.Event) []Story {
	start := len(l.open)
	advanced := false
	clear(l.undated)
	l.calls++
	for i := range evs {
		e := &evs[i]
		k := key{e.Source.Code, e.Target.Code, e.CAMEORoot}
		day, dated := parseDay(e.Date)
		var s *story
		if dated {
			if !l.seen || day > l.newest {
				l.newest, l.seen, advanced = day, true, true
			}
			if s = l.match(k, day); s == nil {
				s = l.start(k, e, day, true)
				l.byKey[k] = append(l.byKey[k], s)
			}
		} else {
			uk := undatedKey{k, e.ArticleID}
			if s = l.undated[uk]; s == nil {
				s = l.start(k, e, 0, false)
				l.undated[uk] = s
			}
		}
		s.add(e, day, dated, l.calls)
		e.StoryID = s.id
	}
	from := start // only stories of this call can have closed...
	if advanced {
		from = 0 // ...unless the newest date moved on
	}
	return l.close(from, func(s *story) bool {
		return !s.dated || s.last < l.newest-l.horizon
	})
}

// Flush closes and returns every open story, oldest first, and resets the
// Linker for a new stream (story sequence numbers go on).
func (l *Linker) Flush() []Story {
	done := l.close(0, func(*story) bool { return true })
	l.seen, l.newest = false, 0
	return done
}

// Len returns the number of open stories.
func (l *Linker) Len() int {
	return len(l.open)
}

// match returns the open story of k that an event of day joins, or nil.
func (l *Linker) match(k key, day int) *story {
	var best *story
	bestDist := 0
	for _, s := range l.byKey[k] {
		if day < s.first-l.window || day > s.last+l.window {
			continue
		}
		if l.maxSpan >= 0 && max(s.last, day)-min(s.first, day) > l.maxSpan {
			continue
		}
		dist := max(s.first-day, day-s.last, 0)
		if best == nil || dist < bestDist {
			best, bestDist = s, dist
		}
	}
	return best
}

// start opens a new story whose first event is e.
func (l *Linker) start(k key, e *events.Event, day int, dated bool) *story {
	l.seq++
	id := "s:" + e.ID
	if e.ID == "" {
		id = "s#" + strconv.Itoa(l.seq)
	}
	s := &story{id: id, key: k, dated: dated, first: day, last: day,
		source:    events.Actor{Name: e.Source.Name, Code: e.Source.Code},
		target:    events.Actor{Name: e.Target.Name, Code: e.Target.Code},
		quadClass: e.QuadClass}
	l.open = append(l.open, s)
	return s
}

// close finishes the open stories from index from on that done selects,
// keeping the order of the rest, and returns them in order.
func (l *Linker) close(from int, done func(*story) bool) []Story {
	var out []Story
	kept := l.open[:from]
	for _, s := range l.open[from:] {
		if !done(s) {
			kept = append(kept, s)
			continue
		}
		out = append(out, s.finish())
		if s.dated {
			l.unindex(s)
		}
	}
	clear(l.open[len(kept):]) // let closed stories be collected
	l.open = kept
	return out
}

// unindex removes a closed dated story from byKey.
func (l *Linker) unindex(s *story) {
	list := l.byKey[s.key]
	for i, t := range list {
		if t == s {
			list = append(list[:i], list[i+1:]...)
			break
		}
	}
	if len(list) == 0 {
		delete(l.byKey, s.key)
		return
	}
	l.byKey[s.key] = list
}
