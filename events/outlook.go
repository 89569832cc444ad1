package events

import (
	"strings"

	"entente/events/verbdict"
	"entente/quotes"
	"entente/syntax/tree"
)

// Stated outlook: "Brandt said he was skeptical over Moscow's will to
// agree" is a pessimistic comment on Moscow (CAMEO 012, "Express pessimism,
// negative outlook"), "Ozal said he was confident that the United States
// would remove irritants" an optimistic one on the United States (013,
// "Express optimism, assurance, confidence"). What is hoped or expected is
// still no event (modality.go); the outlook itself is.

// outlookAdjectives are predicate adjectives of pessimism (012) and
// optimism (013).
var outlookAdjectives = map[string]string{
	"skeptical": "012", "sceptical": "012", "pessimistic": "012", "doubtful": "012", "gloomy": "012",
	"optimistic": "013", "confident": "013", "hopeful": "013",
}

// punctBetween reports whether a comma, semicolon or colon lies between
// words lo and hi: the target of an outlook is in its own clause ("…
// confident, the minister told the United States" names no target).
func punctBetween(s *tree.Sentence, lo, hi int) bool {
	for i := lo + 1; i < hi; i++ {
		switch s.Form(i) {
		case ",", ";", ":":
			return true
		}
	}
	return false
}

// outlookWindow is how many words after the adjective its target may start.
const outlookWindow = 8

// outlookEvents codes the predicate adjectives of outlook in s: the
// subject's actor (for a pronoun, the actor of the reporting verb's
// subject) towards the first actor of another country named within
// outlookWindow words after the adjective, no comma between. Negated adjectives ("not
// optimistic") are left alone.
func (c *Coder) outlookEvents(out *output, s *tree.Sentence, spans []span, base Event, qs []quotes.Quote) {
	for a := 0; a < s.Len(); a++ {
		code, ok := outlookAdjectives[strings.ToLower(s.Lemma(a))]
		if !ok || s.UPOS(a) != "ADJ" || s.Child(a, "cop") < 0 || negated(s, a) {
			continue
		}
		sj := s.Child(a, "nsubj")
		if sj < 0 {
			continue
		}
		sources := phraseActors(s, sj, spans)
		if len(sources) == 0 && s.UPOS(sj) == "PRON" && s.Rel(a) == "ccomp" {
			if r := s.Head(a); r >= 0 && reportVerbs[strings.ToLower(s.Lemma(r))] {
				if rs := s.Child(r, "nsubj"); rs >= 0 {
					sources = phraseActors(s, rs, spans)
				}
			}
		}
		if len(sources) == 0 {
			continue
		}
		var target *Actor
		for i := range spans {
			if sp := spans[i]; sp.lo > a && sp.lo <= a+outlookWindow && distinct(sp.actor.Code, sources[0].Code) && !punctBetween(s, a, sp.lo) {
				target = &spans[i].actor
				break
			}
		}
		if target == nil {
			continue
		}
		proto := verbEvent(base, s, a, verbdict.Match{Specificity: 1}, qs)
		for _, src := range sources {
			c.emit(out, proto, src, *target, code)
		}
	}
}
