package events

import (
	"strings"

	"entente/syntax/tree"
)

// NullCode is PETRARCH's code for a side of an event that names no actor
// ("---"), and the country part of an anonymous agent ("---GOV").
const NullCode = "---"

// minActors is the number of actor mentions a sentence needs to be coded:
// two, one when events may have a null side, none when noun phrases may be
// new actors.
func (c *Coder) minActors() int {
	switch {
	case c.NewActorLength > 0:
		return 0
	case c.NullActors:
		return 1
	}
	return 2
}

// halfDyad reports whether exactly one of two codes is NullCode and the
// other an actor: an event with a null side (Coder.NullActors).
func halfDyad(a, b string) bool {
	if a == NullCode {
		a, b = b, a
	}
	return b == NullCode && a != NullCode && len(a) >= 3
}

// nullSides fills an empty side of verb v's event with the null actor when
// the verb has a phrase in that slot that names no actor: a subject (or the
// "by" agent of a passive) for the source, an object or a prepositional
// complement (or the subject of a passive) for the target. A temporal noun
// without a preposition ("said today") is no target phrase, as in
// PETRARCH, which only codes noun phrases.
func nullSides(s *tree.Sentence, v int, sources, targets []Actor) ([]Actor, []Actor) {
	null := []Actor{{Name: NullCode, Code: NullCode}}
	passive, subjs := subjects(s, v)
	subject := len(subjs) > 0 && nominal(s, subjs[0])
	if len(sources) == 0 && ((passive && agentOf(s, v) >= 0) || (!passive && subject)) {
		sources = null
	}
	if len(targets) == 0 && ((passive && subject) || (!passive && objectPhrase(s, v))) {
		targets = null
	}
	return sources, targets
}

// nominal reports whether word w heads a noun phrase.
func nominal(s *tree.Sentence, w int) bool {
	switch s.UPOS(w) {
	case "NOUN", "PROPN", "PRON", "NUM":
		return true
	}
	return false
}

// objectPhrase reports whether active verb v has a nominal object or a
// prepositional complement.
func objectPhrase(s *tree.Sentence, v int) bool {
	for _, ch := range s.Children(v) {
		switch s.FullRel(ch) {
		case "obj", "iobj", "obl":
			if nominal(s, ch) && (s.Rel(ch) != "obl" || s.Child(ch, "case") >= 0) {
				return true
			}
		}
	}
	return false
}

// pruneNull drops, among the events from index start on (one sentence's),
// the events with a null side coded from the verb of a subordinate clause
// ("after …", "when …") when the sentence holds an event between two
// actors: "Arnor restored ties with Gondor after crowds burned down its
// embassy" is Arnor's act on Gondor; the one-sided burning is the
// background the main event came with, not news in its own right. A
// sentence with no such event keeps its one-sided events, and those of
// other clauses ("…, an official said on Saturday") stay.
func (o *output) pruneNull(start int, s *tree.Sentence) {
	evs := o.events[start:]
	full := false
	for _, e := range evs {
		if e.Source.Code != NullCode && e.Target.Code != NullCode {
			full = true
		}
	}
	if !full {
		return
	}
	keep := evs[:0]
	for _, e := range evs {
		if e.Source.Code == NullCode || e.Target.Code == NullCode {
			if v := s.WordAt(e.Verb.Start); v >= 0 && subordinate(s, v) {
				continue
			}
		}
		keep = append(keep, e)
	}
	o.events = o.events[:start+len(keep)]
}

// subordinate reports whether verb v heads an adverbial clause opened by a
// subordinating conjunction ("after", "when", "because"), not a
// complement ("to", "that", "whether").
func subordinate(s *tree.Sentence, v int) bool {
	m := s.Child(v, "mark")
	if m < 0 {
		return false
	}
	switch strings.ToLower(s.Form(m)) {
	case "to", "that", "whether":
		return false
	}
	return true
}
