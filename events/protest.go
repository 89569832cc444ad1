package events

import (
	"strings"

	"entente/syntax/tree"
)

// Protests (CAMEO 14x): who demonstrates, strikes or blocks a road is the
// source; the target is what is protested, which English names after the
// protest rather than as its object: "demonstrated against the United
// States", "blocked a road to show their anger at Russia's policies",
// "went on hunger strike over Israel's detentions".

// protestPreps introduce what a protest is aimed at.
var protestPreps = map[string]bool{"against": true, "over": true, "at": true}

// protestTargets returns the actors a protest coded on verb v is aimed at,
// other than the sources' countries: an actor in an against/over/at phrase
// of the verb, of its object, of the protest noun it carries or of one
// modifying it ("blocked roads in protest against X"), else one in the
// object or complement of a to-infinitive purpose clause of the verb or its
// object ("… to protest X", "… to show their disapproval for X's
// policies").
func protestTargets(s *tree.Sentence, v int, spans []span, sources []Actor) []Actor {
	heads := []int{v}
	for _, ch := range s.Children(v) {
		// the object, or a complement the parser split off ("shunned
		// work to protest …", "work" an xcomp)
		if s.Rel(ch) == "obj" || s.Rel(ch) == "xcomp" {
			heads = append(heads, ch)
		}
	}
	if n, _, ok := protestNoun(s, v); ok && s.Rel(n) != "obj" {
		heads = append(heads, n) // "riots against X continued"
	}
	for _, ch := range s.Children(v) {
		if _, ok := protestCode(s, ch); ok && s.Rel(ch) == "obl" {
			heads = append(heads, ch) // "in protest against X"
		}
	}
	keep := func(as []Actor) []Actor {
		var out []Actor
		for _, a := range as {
			if len(sources) == 0 || distinct(a.Code, sources[0].Code) {
				out = append(out, a)
			}
		}
		return out
	}
	for _, h := range heads {
		for _, ch := range s.Children(h) {
			if r := s.Rel(ch); (r == "obl" || r == "nmod") && protestPreps[strings.ToLower(caseWord(s, ch))] {
				if a := keep(phraseActors(s, ch, spans)); len(a) > 0 {
					return a
				}
			}
		}
	}
	for _, h := range heads {
		for _, ch := range s.Children(h) {
			if r := s.Rel(ch); (r == "advcl" || r == "acl" || r == "xcomp") && hasMarkTo(s, ch) {
				if a := keep(objectActors(s, ch, spans, true)); len(a) > 0 {
					return a
				}
			}
		}
	}
	return nil
}

// caseWord is the preposition (case dependent) of nominal n, or "".
func caseWord(s *tree.Sentence, n int) string {
	if c := s.Child(n, "case"); c >= 0 {
		return s.Form(c)
	}
	return ""
}

// protestNouns name a protest, with its CAMEO code; a "hunger strike" is 142.
var protestNouns = map[string]string{
	"demonstration": "141", "protest": "141", "rally": "141", "march": "141", "sit-in": "141",
	"strike": "143", "walkout": "143", "boycott": "143",
	"riot": "145", "rioting": "145", "unrest": "145",
}

// protestCode returns the CAMEO code of word n when it is a protest noun.
// "March" written with a capital is the month ("killed 32 people in
// March"), not a march.
func protestCode(s *tree.Sentence, n int) (string, bool) {
	if s.Form(n) == "March" {
		return "", false
	}
	code, ok := protestNouns[strings.ToLower(s.Lemma(n))]
	return code, ok
}

// protestVerbs carry a protest named by their subject or object: they hold,
// start, keep up or spread it ("staged a demonstration", "continued their
// hunger strike", "riots against the government spread").
var protestVerbs = map[string]bool{"stage": true, "hold": true, "continue": true, "launch": true,
	"begin": true, "start": true, "resume": true, "erupt": true, "spread": true, "organize": true,
	"organise": true, "mount": true, "escalate": true, "intensify": true}

// protestNoun returns the word and CAMEO code of a protest noun that is the
// subject or object of verb v when v only carries it (stage, continue …).
// ok is false otherwise.
func protestNoun(s *tree.Sentence, v int) (n int, code string, ok bool) {
	if !protestVerbs[strings.ToLower(s.Lemma(v))] {
		return -1, "", false
	}
	for _, ch := range s.Children(v) {
		switch s.Rel(ch) {
		case "obj", "nsubj":
		default:
			continue
		}
		code, ok := protestCode(s, ch)
		if !ok {
			continue
		}
		if code == "143" {
			if c := s.Child(ch, "compound"); c >= 0 && strings.EqualFold(s.Lemma(c), "hunger") {
				code = "142"
			}
		}
		return ch, code, true
	}
	return -1, "", false
}

// duringProtest reports whether verb v or its object is modified by a
// protest noun introduced by "during" or "in" ("threw stones during
// demonstrations against X"): an assault in a protest is a violent protest,
// 145.
func duringProtest(s *tree.Sentence, v int) bool {
	heads := []int{v}
	for _, ch := range s.Children(v) {
		// the object, or a complement the parser split off ("shunned
		// work to protest …", "work" an xcomp)
		if s.Rel(ch) == "obj" || s.Rel(ch) == "xcomp" {
			heads = append(heads, ch)
		}
	}
	for _, h := range heads {
		for _, ch := range s.Children(h) {
			if r := s.Rel(ch); r != "obl" && r != "nmod" {
				continue
			}
			if p := strings.ToLower(caseWord(s, ch)); p != "during" && p != "in" {
				continue
			}
			if _, ok := protestCode(s, ch); ok {
				return true
			}
		}
	}
	return false
}
