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

// roleCodes are the CAMEO sector and role codes (as in the actors package).
var roleCodes = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range strings.Fields("GOV MIL REB OPP PTY COP JUD SPY MED EDU BUS CRM CVL LAB LEG HLH REF MOD RAD ELI INS SEP UAF AGR DEV ENV HRI NGM PPL UNR OCC PRE IMG REL") {
		m[c] = true
	}
	return m
}()

// countryCode returns code with a country: a bare role code ("EDU") takes
// the country given, else it is dropped (""). A longer code led by IMG
// names an international militarized group ("IMGMUSALQ", al-Qaeda): like
// an IGO or NGO code it is an actor of its own; only the bare agent "IMG"
// ("international terrorists") needs a country.
func countryCode(code, country string) string {
	if len(code) < 3 || !roleCodes[code[:3]] || (code[:3] == "IMG" && len(code) > 3) {
		return code
	}
	if len(country) == 3 && !roleCodes[country] {
		return country + code
	}
	return ""
}

// dyad reports whether a source and a target code make an event: both
// present and neither a prefix of the other. Actors of one country make
// domestic events (SDNGOV → SDNREB); a country and its own sector ("ISR"
// and "ISRMIL") do not.
func dyad(a, b string) bool {
	if len(a) < 3 || len(b) < 3 {
		return false
	}
	a, b = strings.ToUpper(a), strings.ToUpper(b)
	return !strings.HasPrefix(a, b) && !strings.HasPrefix(b, a)
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
	for si := range pd.Sentences {
		s := &pd.Sentences[si]
		var as []Actor
		if s.Index >= 0 && s.Index < len(td.Sentences) {
			for _, a := range sentenceActors(s, td.Sentences[s.Index].Span, acts, cd) {
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
