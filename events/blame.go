package events

import (
	"strings"

	"entente/events/verbdict"
	"entente/quotes"
	"entente/syntax/tree"
)

// Reported blame: "Lavrov said Washington was responsible for the
// escalation", "Iran said Israel was to blame", "Kyiv said Moscow was
// guilty of war crimes" accuse the predicate's subject (CAMEO 112, "Accuse,
// not specified"), as "held Israel responsible" does in the dictionary. The
// reporter accuses; said by no actor, or negated ("was not responsible"),
// the predicate is no event.

// blamePredicates are the predicates that lay blame on their subject.
var blamePredicates = map[string]bool{"responsible": true, "guilty": true, "culpable": true}

// blamePredicate reports whether word p heads such a predicate: an
// adjective of blame with a copula, or "to blame" after a copula ("was to
// blame").
func blamePredicate(s *tree.Sentence, p int) bool {
	if s.Child(p, "cop") < 0 {
		return false // (first: most words have none, and lower-casing allocates)
	}
	l := strings.ToLower(s.Lemma(p))
	return blamePredicates[l] || (l == "blame" && hasMarkTo(s, p))
}

// blameEvents codes the reported predicates of blame in s.
func (c *Coder) blameEvents(out *output, s *tree.Sentence, spans []span, base Event, qs []quotes.Quote) {
	for p := 0; p < s.Len(); p++ {
		if !blamePredicate(s, p) || negated(s, p) {
			continue
		}
		sj := s.Child(p, "nsubj")
		if sj < 0 {
			sj = s.Child(p, "nsubj:outer")
		}
		if sj < 0 {
			continue
		}
		sources := blamers(s, p, spans)
		targets := phraseActors(s, sj, spans)
		if len(targets) == 0 || len(sources) == 0 {
			continue
		}
		proto := verbEvent(base, s, p, verbdict.Match{Specificity: 1}, qs)
		for _, src := range sources {
			for _, tgt := range targets {
				if distinct(src.Code, tgt.Code) {
					c.emit(out, proto, src, tgt, "112")
				}
			}
		}
	}
}

// blamers returns who lays the blame of predicate p: the subject of the
// report verb whose clause it is ("Lavrov said Washington was
// responsible"), else the actor of an "according to" phrase on it ("Sudan's
// government is responsible for mass killings, according to a United
// Nations report"); none when neither names an actor.
func blamers(s *tree.Sentence, p int, spans []span) []Actor {
	if r := s.Head(p); r >= 0 && s.Rel(p) == "ccomp" {
		if !reportVerbs[strings.ToLower(s.Lemma(r))] || negated(s, r) {
			return nil
		}
		if rs := s.Child(r, "nsubj"); rs >= 0 {
			return phraseActors(s, rs, spans)
		}
		return nil
	}
	for w := 0; w < s.Len(); w++ {
		if strings.EqualFold(caseWord(s, w), "according") && inClauseOf(s, w, p) {
			return phraseActors(s, w, spans)
		}
	}
	return nil
}

// inClauseOf reports whether word w hangs in p's own clause: its heads reach
// p through no other clause ("responsible for the attack, according to
// Ukraine", attached to the attack).
func inClauseOf(s *tree.Sentence, w, p int) bool {
	for cur := w; cur >= 0; cur = s.Head(cur) {
		if cur == p {
			return true
		}
		switch s.Rel(cur) {
		case "ccomp", "advcl", "acl", "parataxis", "xcomp":
			return false
		}
	}
	return false
}
