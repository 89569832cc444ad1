package events

import (
	"strings"

	"entente/quotes"
	"entente/syntax/tree"
	"entente/text"
)

// Acts named by a noun: wire copy reports an attack or a visit as the
// subject of another verb, "The Israeli airstrike on the Iranian consulate
// in Damascus drew condemnation", "A Russian missile strike on Kharkiv
// killed seven people", "The visit by the German chancellor to Beijing was
// aimed at …". The noun names the act, the actor that qualifies it
// (a nationality, a possessor, a name before it, a "by" phrase) is the
// source and the actor of its "on"/"against" phrase ("to" for a visit) the
// target. Only where the noun is a fact of the sentence: the subject of a
// verb that is not a guess, a wish or a negation, or the object of a verb
// that judges or reports a fact ("condemned the Israeli strike on …"),
// never "fears of an attack on" or "warned of an attack".

// actNouns are the lemmas of nouns naming acts, with their CAMEO codes
// and the prepositions that introduce their target.
var actNouns = map[string]struct {
	code  string
	cases []string
}{
	"attack":    {"190", []string{"on", "against"}},
	"assault":   {"190", []string{"on", "against"}},
	"offensive": {"190", []string{"on", "against"}},
	"raid":      {"190", []string{"on", "against"}},
	"incursion": {"190", []string{"into"}},
	"invasion":  {"190", []string{"of"}},
	"strike":    {"195", []string{"on", "against"}},
	"airstrike": {"195", []string{"on", "against"}},
	"bombing":   {"195", []string{"of", "on"}},
	"shelling":  {"194", []string{"of", "on"}},
	"visit":     {"042", []string{"to"}},
	"sanction":  {"163", []string{"on", "against"}},
}

// factVerbs take a noun of an act as their object only when the act took
// place: judging it or reporting it.
var factVerbs = map[string]bool{"condemn": true, "denounce": true, "criticize": true, "criticise": true,
	"deplore": true, "decry": true, "slam": true, "blast": true, "protest": true, "mourn": true,
	"investigate": true, "confirm": true, "report": true, "welcome": true, "praise": true}

// nominalActs codes the acts named by nouns in sentence s (see above).
func (c *Coder) nominalActs(out *output, s *tree.Sentence, spans []span, base Event, qs []quotes.Quote) {
	for n := 0; n < s.Len(); n++ {
		if s.UPOS(n) != "NOUN" {
			continue
		}
		act, ok := actNouns[strings.ToLower(s.Lemma(n))]
		if !ok || !factNoun(s, n) {
			continue
		}
		sources := actQualifier(s, n, spans)
		targets := actTarget(s, n, act.cases, spans)
		if len(sources) == 0 || len(targets) == 0 {
			continue
		}
		proto := base
		proto.Verb = text.Span{Start: s.Words[n].Start, End: s.Words[n].End}
		proto.QuoteID = quoteID(base.ArticleID, qs, proto.Verb.Start)
		proto.Confidence = 0.6
		for _, src := range sources {
			for _, tgt := range targets {
				if strings.HasPrefix(act.code, "19") && isPerson(src, spans) && isPerson(tgt, spans) {
					continue // "Clinton's gun control offensive against Sanders": a figure of speech
				}
				c.emit(out, proto, src, tgt, act.code)
			}
		}
	}
}

// factNoun reports whether noun n names an act the sentence states: the
// subject of a verb in the indicative and not negated, or the object of a
// verb of judging or reporting.
func factNoun(s *tree.Sentence, n int) bool {
	v := s.Head(n)
	if v < 0 || s.UPOS(v) != "VERB" {
		return false
	}
	switch s.Rel(n) {
	case "nsubj":
		return moodOf(s, v) != irrealis && !negated(s, v)
	case "obj":
		return factVerbs[strings.ToLower(s.Lemma(v))] && !negated(s, v)
	}
	return false
}

// actQualifier returns the actors that qualify noun n as its doer: a
// nationality or name before it, a possessor, or a "by" phrase.
func actQualifier(s *tree.Sentence, n int, spans []span) []Actor {
	for _, ch := range s.Children(n) {
		switch r := s.FullRel(ch); {
		case ch < n && (r == "amod" || r == "compound" || r == "nmod:poss"):
		case ch > n && s.Rel(ch) == "nmod" && strings.EqualFold(caseWord(s, ch), "by"):
		default:
			continue
		}
		if a, ok := covering(spans, ch); ok {
			return []Actor{a.actor}
		}
	}
	return nil
}

// actTarget returns the actors of noun n's phrase introduced by one of
// cases.
func actTarget(s *tree.Sentence, n int, cases []string, spans []span) []Actor {
	for _, ch := range s.Children(n) {
		if ch < n || s.Rel(ch) != "nmod" {
			continue
		}
		c := strings.ToLower(caseWord(s, ch))
		for _, want := range cases {
			if c == want {
				return phraseActors(s, ch, spans)
			}
		}
	}
	return nil
}
