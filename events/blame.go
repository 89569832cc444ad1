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
		if !blamePredicate(s, p) || negated(s, p) || s.Rel(p) != "ccomp" {
			continue
		}
		r := s.Head(p)
		if r < 0 || !reportVerbs[strings.ToLower(s.Lemma(r))] || negated(s, r) {
			continue
		}
		sj := s.Child(p, "nsubj")
		if sj < 0 {
			sj = s.Child(p, "nsubj:outer")
		}
		rs := s.Child(r, "nsubj")
		if sj < 0 || rs < 0 {
			continue
		}
		targets, sources := phraseActors(s, sj, spans), phraseActors(s, rs, spans)
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
