package events

import (
	"strings"

	"entente/actors"
	"entente/actors/coref"
	"entente/syntax/tree"
	"entente/text"
)

// distinct reports whether two actor codes are both present and of
// different countries (first three letters).
func distinct(a, b string) bool {
	if len(a) < 3 || len(b) < 3 {
		return false
	}
	return !strings.EqualFold(a[:3], b[:3])
}

// dyad reports whether a source and a target code make an event: both
// present and neither a prefix of the other. Actors of one country make
// domestic events (SDNGOV → SDNREB); a country and its own sector ("ISR"
// and "ISRMIL") do not.
func dyad(a, b string) bool {
	return len(a) >= 3 && len(b) >= 3 && !nested(a, b)
}

// pairCoded reports whether an event coded c of src on tgt is made: a
// dyad, or a country and its own sector that a pattern's own slots name
// (named, namedNested) or that a domestic protest joins (domesticProtest).
func pairCoded(c, src, tgt string, named bool) bool {
	return dyad(src, tgt) || named && namedNested(src, tgt) || domesticProtest(c, src, tgt)
}

// namedNested reports whether a and b are a country and one of its own
// sectors (MOR and MORMIL), which make an event when a pattern's $ and +
// slots name both: the dictionary's author chose them ("Mordor will be
// hosting Osgiliath to celebrate Tabaski with Eriador next week at Cirith
// Ungol", "+ HOSTING * TABASKI ^ $").
func namedNested(a, b string) bool {
	return len(a) >= 3 && len(b) >= 3 && !strings.EqualFold(a, b) && nested(a, b)
}

// domesticProtest reports whether a protest (14x) of a country's people,
// coded as the country alone, is aimed at a body of that country
// ("Thousands of Israelis protested against the government": ISR →
// ISRGOV 141), the usual domestic protest, which the rule that a country
// and its own sector make no event would drop.
func domesticProtest(code, src, tgt string) bool {
	return strings.HasPrefix(code, "14") && len(src) == 3 && len(tgt) > 3 && strings.EqualFold(tgt[:3], src)
}

// nested reports whether actor codes a and b are equal or one extends the
// other (RUS and RUSGOV; not RUSGOV and RUSMIL), in any case.
func nested(a, b string) bool {
	a, b = strings.ToUpper(a), strings.ToUpper(b)
	return strings.HasPrefix(a, b) || strings.HasPrefix(b, a)
}

// SentenceActors returns, per parsed sentence, the coded actors the coder
// sees in it (dictionary mentions, then coreference mentions of coded
// entities), in text order. Evaluations use it to tell which sentences name
// two actors.
func SentenceActors(td *text.Doc, pd *tree.Doc, acts []actors.Mention, cd *coref.Doc) [][]Actor {
	if td == nil || pd == nil {
		return nil
	}
	out := make([][]Actor, 0, len(pd.Sentences))
	acts = byStart(acts)
	for si := range pd.Sentences {
		s := &pd.Sentences[si]
		var as []Actor
		if s.Index >= 0 && s.Index < len(td.Sentences) {
			for _, a := range sentenceActors(s, td.Sentences[s.Index].Span, acts, cd, false) {
				as = append(as, a.actor)
			}
		}
		out = append(out, as)
	}
	return out
}

// NamesTwoCountries reports whether the actors hold codes of two countries
// (first three letters differ).
func NamesTwoCountries(sentences [][]Actor) bool {
	first := ""
	for _, as := range sentences {
		for _, a := range as {
			switch {
			case len(a.Code) < 3:
			case first == "":
				first = a.Code
			case distinct(first, a.Code):
				return true
			}
		}
	}
	return false
}
