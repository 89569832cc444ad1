package stories

import (
	"reflect"
	"strconv"
	"testing"

	"entente/events"
)

// ev returns event n of article a: src does code to tgt on date.
func ev(a string, n int, src, tgt, code, date string) events.Event {
	root := code
	if len(root) > 2 {
		root = root[:2]
	}
	return events.Event{ID: a + "/e" + strconv.Itoa(n), ArticleID: a, Date: date,
		Source: events.Actor{Name: src + " name", Code: src, EntityID: a + "/x"},
		Target: events.Actor{Name: tgt + " name", Code: tgt},
		CAMEO:  code, CAMEORoot: root, Goldstein: 1, QuadClass: 1}
}

// art returns the events of one article.
func art(evs ...events.Event) []events.Event { return evs }

// run adds the articles in order and returns the story id of every event,
// article by article, and every story closed by Add or the final Flush.
func run(l *Linker, articles [][]events.Event) ([][]string, []Story) {
	var ids [][]string
	var closed []Story
	for _, evs := range articles {
		closed = append(closed, l.Add(evs)...)
		got := []string{}
		for _, e := range evs {
			got = append(got, e.StoryID)
		}
		ids = append(ids, got)
	}
	return ids, append(closed, l.Flush()...)
}

func TestLink(t *testing.T) {
	tests := []struct {
		name  string
		opt   Options
		in    [][]events.Event
		want  [][]string     // story id of every event
		count map[string]int // story id → NumArticles
	}{
		{"same key same day",
			Options{},
			[][]events.Event{art(ev("a", 0, "RUS", "ISR", "111", "2023-10-31")),
				art(ev("b", 0, "RUS", "ISR", "112", "2023-10-31"))},
			[][]string{{"s:a/e0"}, {"s:a/e0"}},
			map[string]int{"s:a/e0": 2}},
		{"within the window",
			Options{},
			[][]events.Event{art(ev("a", 0, "RUS", "ISR", "111", "2023-10-31")),
				art(ev("b", 0, "RUS", "ISR", "111", "2023-11-02")),
				art(ev("c", 0, "RUS", "ISR", "111", "2023-10-29"))},
			[][]string{{"s:a/e0"}, {"s:a/e0"}, {"s:a/e0"}},
			map[string]int{"s:a/e0": 3}},
		{"outside the window",
			Options{},
			[][]events.Event{art(ev("a", 0, "RUS", "ISR", "111", "2023-10-31")),
				art(ev("b", 0, "RUS", "ISR", "111", "2023-11-03"))},
			[][]string{{"s:a/e0"}, {"s:b/e0"}},
			map[string]int{"s:a/e0": 1, "s:b/e0": 1}},
		{"across a month end and a leap day",
			Options{},
			[][]events.Event{art(ev("a", 0, "RUS", "ISR", "111", "2024-02-28")),
				art(ev("b", 0, "RUS", "ISR", "111", "2024-03-01"))},
			[][]string{{"s:a/e0"}, {"s:a/e0"}},
			nil},
		{"chained within the range",
			Options{},
			[][]events.Event{art(ev("a", 0, "RUS", "ISR", "111", "2023-10-01")),
				art(ev("b", 0, "RUS", "ISR", "111", "2023-10-03")),
				art(ev("c", 0, "RUS", "ISR", "111", "2023-10-05"))},
			[][]string{{"s:a/e0"}, {"s:a/e0"}, {"s:a/e0"}},
			nil},
		{"max span splits a long chain",
			Options{},
			[][]events.Event{art(ev("a", 0, "RUS", "ISR", "111", "2023-10-01")),
				art(ev("b", 0, "RUS", "ISR", "111", "2023-10-03")),
				art(ev("c", 0, "RUS", "ISR", "111", "2023-10-05")),
				art(ev("d", 0, "RUS", "ISR", "111", "2023-10-07")),
				art(ev("e", 0, "RUS", "ISR", "111", "2023-10-09")),
				art(ev("f", 0, "RUS", "ISR", "111", "2023-10-11"))},
			[][]string{{"s:a/e0"}, {"s:a/e0"}, {"s:a/e0"}, {"s:a/e0"}, {"s:e/e0"}, {"s:e/e0"}},
			map[string]int{"s:a/e0": 4, "s:e/e0": 2}},
		{"no max span",
			Options{MaxSpan: -1},
			[][]events.Event{art(ev("a", 0, "RUS", "ISR", "111", "2023-10-01")),
				art(ev("b", 0, "RUS", "ISR", "111", "2023-10-03")),
				art(ev("c", 0, "RUS", "ISR", "111", "2023-10-05")),
				art(ev("d", 0, "RUS", "ISR", "111", "2023-10-07")),
				art(ev("e", 0, "RUS", "ISR", "111", "2023-10-09"))},
			[][]string{{"s:a/e0"}, {"s:a/e0"}, {"s:a/e0"}, {"s:a/e0"}, {"s:a/e0"}},
			nil},
		{"window 0: same day only",
			Options{Window: -1},
			[][]events.Event{art(ev("a", 0, "RUS", "ISR", "111", "2023-10-01")),
				art(ev("b", 0, "RUS", "ISR", "111", "2023-10-02")),
				art(ev("c", 0, "RUS", "ISR", "111", "2023-10-01"))},
			[][]string{{"s:a/e0"}, {"s:b/e0"}, {"s:a/e0"}},
			nil},
		{"different roots, targets, directions",
			Options{},
			[][]events.Event{art(ev("a", 0, "RUS", "ISR", "111", "2023-10-31")),
				art(ev("b", 0, "RUS", "ISR", "120", "2023-10-31"),
					ev("b", 1, "RUS", "USA", "111", "2023-10-31"),
					ev("b", 2, "ISR", "RUS", "111", "2023-10-31"))},
			[][]string{{"s:a/e0"}, {"s:b/e0", "s:b/e1", "s:b/e2"}},
			nil},
		{"same article twice counts once",
			Options{},
			[][]events.Event{art(ev("a", 0, "RUS", "ISR", "111", "2023-10-31"),
				ev("a", 1, "USA", "ISR", "036", "2023-10-31"),
				ev("a", 2, "RUS", "ISR", "112", "2023-10-31")),
				art(ev("a", 0, "RUS", "ISR", "111", "2023-10-31"))},
			[][]string{{"s:a/e0", "s:a/e1", "s:a/e0"}, {"s:a/e0"}},
			map[string]int{"s:a/e0": 1, "s:a/e1": 1}},
		{"undated: the same article only",
			Options{},
			[][]events.Event{art(ev("a", 0, "RUS", "ISR", "111", ""),
				ev("a", 1, "RUS", "ISR", "112", "")),
				art(ev("b", 0, "RUS", "ISR", "111", "")),
				art(ev("c", 0, "RUS", "ISR", "111", "2023-10-31")),
				art(ev("d", 0, "RUS", "ISR", "111", ""))},
			[][]string{{"s:a/e0", "s:a/e0"}, {"s:b/e0"}, {"s:c/e0"}, {"s:d/e0"}},
			map[string]int{"s:a/e0": 1, "s:b/e0": 1, "s:c/e0": 1, "s:d/e0": 1}},
		{"bad dates are undated",
			Options{},
			[][]events.Event{art(ev("a", 0, "RUS", "ISR", "111", "2023-02-30"),
				ev("a", 1, "RUS", "ISR", "111", "yesterday"),
				ev("a", 2, "RUS", "ISR", "111", "2023-1-5"),
				ev("a", 3, "RUS", "ISR", "111", "2023-10-31T10:00:00Z"),
				ev("a", 4, "RUS", "ISR", "111", "2023-00-10"),
				ev("a", 5, "RUS", "ISR", "111", "2023-10-31")),
				art(ev("b", 0, "RUS", "ISR", "111", "２０２３-10-31"))},
			[][]string{{"s:a/e0", "s:a/e0", "s:a/e0", "s:a/e0", "s:a/e0", "s:a/e5"}, {"s:b/e0"}},
			nil},
		{"bridging event joins the nearest story, ties the oldest",
			Options{},
			[][]events.Event{art(ev("a", 0, "RUS", "ISR", "111", "2023-10-01")),
				art(ev("b", 0, "RUS", "ISR", "111", "2023-10-04")),
				art(ev("c", 0, "RUS", "ISR", "111", "2023-10-03")),  // 2 from a, 1 from b
				art(ev("d", 0, "RUS", "ISR", "111", "2023-10-02"))}, // 1 from a and b (3..4)
			[][]string{{"s:a/e0"}, {"s:b/e0"}, {"s:b/e0"}, {"s:a/e0"}},
			map[string]int{"s:a/e0": 2, "s:b/e0": 2}},
		{"arbitrary date order",
			Options{},
			[][]events.Event{art(ev("a", 0, "RUS", "ISR", "111", "2023-10-10")),
				art(ev("b", 0, "RUS", "ISR", "111", "2023-10-08")),
				art(ev("c", 0, "RUS", "ISR", "111", "2023-10-07")),
				art(ev("d", 0, "RUS", "ISR", "111", "2023-10-04"))},
			[][]string{{"s:a/e0"}, {"s:a/e0"}, {"s:a/e0"}, {"s:d/e0"}},
			map[string]int{"s:a/e0": 3, "s:d/e0": 1}},
		{"events without ids",
			Options{},
			[][]events.Event{art(events.Event{ArticleID: "a", Date: "2023-10-31", CAMEORoot: "11"}),
				art(events.Event{ArticleID: "b", Date: "2023-10-31", CAMEORoot: "12"})},
			[][]string{{"s#1"}, {"s#2"}},
			nil},
		{"no events", Options{}, [][]events.Event{art(), nil}, [][]string{{}, {}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := NewLinker(tt.opt)
			ids, closed := run(l, tt.in)
			if !reflect.DeepEqual(ids, tt.want) {
				t.Errorf("story ids\n got %v\nwant %v", ids, tt.want)
			}
			if l.Len() != 0 {
				t.Errorf("%d stories open after Flush", l.Len())
			}
			checkStories(t, tt.in, closed)
			for id, n := range tt.count {
				s, ok := findStory(closed, id)
				if !ok {
					t.Errorf("no story %s", id)
				} else if s.NumArticles != n {
					t.Errorf("%s: %d articles %v, want %d", id, s.NumArticles, s.ArticleIDs, n)
				}
			}
		})
	}
}

// findStory returns the story with id.
func findStory(ss []Story, id string) (Story, bool) {
	for _, s := range ss {
		if s.ID == id {
			return s, true
		}
	}
	return Story{}, false
}

// checkStories checks that every event is in exactly the story its StoryID
// names, that every story closed once, and that its counts add up.
func checkStories(t *testing.T, in [][]events.Event, closed []Story) {
	t.Helper()
	byID := map[string]Story{}
	for _, s := range closed {
		if _, dup := byID[s.ID]; dup {
			t.Errorf("story %s closed twice", s.ID)
		}
		byID[s.ID] = s
		if s.NumEvents != len(s.EventIDs) || s.NumArticles != len(s.ArticleIDs) || s.NumArticles < 1 {
			t.Errorf("story %s: counts %d/%d, lists %d/%d", s.ID, s.NumEvents, s.NumArticles, len(s.EventIDs), len(s.ArticleIDs))
		}
		n := 0
		for _, c := range s.Codes {
			n += c.Events
		}
		if n != s.NumEvents {
			t.Errorf("story %s: codes count %d events, want %d", s.ID, n, s.NumEvents)
		}
		if (s.FirstDate == "") != (s.LastDate == "") || s.FirstDate > s.LastDate {
			t.Errorf("story %s: dates %q..%q", s.ID, s.FirstDate, s.LastDate)
		}
	}
	ids := map[string]bool{} // an article given twice has its events twice
	for _, evs := range in {
		for _, e := range evs {
			ids[e.ArticleID+"\x00"+e.ID] = true
			s, ok := byID[e.StoryID]
			switch {
			case !ok:
				t.Errorf("event %s: story %q never closed", e.ID, e.StoryID)
			case s.Source.Code != e.Source.Code || s.Target.Code != e.Target.Code || s.CAMEORoot != e.CAMEORoot:
				t.Errorf("event %s in story %s of another key", e.ID, s.ID)
			case s.FirstDate != "" && (e.Date < s.FirstDate || e.Date > s.LastDate):
				t.Errorf("event %s of %s outside story %s %s..%s", e.ID, e.Date, s.ID, s.FirstDate, s.LastDate)
			}
		}
	}
	total := 0
	for _, s := range closed {
		total += s.NumEvents
	}
	if total != len(ids) {
		t.Errorf("stories hold %d events, the input %d", total, len(ids))
	}
}
