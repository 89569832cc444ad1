package events

import (
	"slices"
	"strings"
)

// foldRepeats folds, among the events from index start on (one sentence's),
// each event an earlier sentence of the article already coded into that
// earlier event: its sentence joins the earlier event's Repeats. An article
// that reports "a Hamas delegation visited Moscow" and later recalls "Russia
// hosting Hamas leaders" reports one event, as GDELT counts the mentions of
// an event within one document as one event. Two events are the same when
// their CAMEO codes are equal and each side's actor codes are equal or one
// is a more specific code of the other (RUS, RUSGOV); two events of one
// sentence are never folded.
func (o *output) foldRepeats(start int) {
	if o.firsts == nil {
		o.firsts = map[string][]int{}
	}
	keep := o.events[start:start]
	for _, e := range o.events[start:] {
		if i, ok := o.earlier(e, start); ok {
			if !slices.Contains(o.events[i].Repeats, e.Sentence) {
				o.events[i].Repeats = append(o.events[i].Repeats, e.Sentence)
			}
			continue
		}
		keep = append(keep, e)
	}
	for i := range keep {
		k := repeatKey(keep[i])
		o.firsts[k] = append(o.firsts[k], start+i)
	}
	o.events = o.events[:start+len(keep)]
}

// earlier returns the index of an event before index start that e repeats.
func (o *output) earlier(e Event, start int) (int, bool) {
	for _, i := range o.firsts[repeatKey(e)] {
		f := o.events[i]
		if i < start && f.Sentence != e.Sentence && nested(f.Source.Code, e.Source.Code) && nested(f.Target.Code, e.Target.Code) {
			return i, true
		}
	}
	return 0, false
}

// repeatKey groups the events that may repeat one another: their code and
// the first three letters (the country part) of source and target.
func repeatKey(e Event) string {
	return e.CAMEO + "\x00" + prefix3(e.Source.Code) + "\x00" + prefix3(e.Target.Code)
}

// prefix3 is the first three letters of an actor code, upper-cased.
func prefix3(code string) string {
	if len(code) > 3 {
		code = code[:3]
	}
	return strings.ToUpper(code)
}
