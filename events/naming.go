package events

import (
	"strings"

	"entente/events/verbdict"
	"entente/syntax/tree"
)

// Naming: "Clinton called Wells Fargo's behavior outrageous", "He called
// Burma a good news story", "Turkey described Israel as a terrorist state".
// A verb of naming with an object and a second predicate for it names what
// the object is; it is no telephone call (CALL's own code, 041) nor a plain
// statement. When the predicate condemns (the words of condemnations) it is
// the subject's criticism of the object's actor, 111; otherwise the naming is
// no event. A naming verb the dictionary codes as criticism already
// (BRAND, 111: "Japan branded North Korea an outlaw nation") keeps its code.

// namingVerbs name their object as something.
var namingVerbs = map[string]bool{"call": true, "label": true, "dub": true, "term": true,
	"brand": true, "describe": true, "characterize": true, "characterise": true}

// namingPredicate returns, for naming verb v, the word heading what is named
// and the word heading its second predicate (the "behavior" and "outrageous"
// of "called the behavior outrageous"), or -1, -1.
func namingPredicate(s *tree.Sentence, v int) (obj, pred int) {
	if !namingVerbs[strings.ToLower(s.Lemma(v))] {
		return -1, -1
	}
	if h := s.Head(v); h >= 0 && strings.HasPrefix(s.FullRel(v), "acl") && s.Child(v, "nsubj") < 0 &&
		(s.Child(v, "obj") >= 0 || s.Child(v, "xcomp") >= 0) && !isPassive(s, v) {
		return h, v // "a militia called the Party of God": the participle names its noun
	}
	if sj := s.Child(v, "nsubj"); sj >= 0 && sj < v-1 && s.Form(v-1) == "," && s.Child(v, "aux") < 0 {
		if o := s.Child(v, "obj"); o > v {
			if _, hi := s.Subtree(o); hi+1 < s.Len() && s.Form(hi+1) == "," {
				return sj, v // "His group, called the Legacy Fund, will own …", with "called" parsed as a verb of its own
			}
		}
	}
	obj = s.Child(v, "obj")
	if x := s.Child(v, "xcomp"); obj < 0 && x > v && s.Child(x, "mark") < 0 && isNoun(s, x) {
		// "called Kosovo's prime minister a terrorist", parsed with the
		// object as the predicate and the predicate as an oblique (or as
		// a second predicate: "called Netanyahu a war criminal")
		for _, ch := range s.Children(v) {
			if ch > x && (s.FullRel(ch) == "obl:unmarked" || s.Rel(ch) == "obj" || s.Rel(ch) == "xcomp") {
				return x, ch
			}
		}
	}
	for _, ch := range s.Children(v) {
		if ch < v {
			continue
		}
		if sj := s.Child(ch, "nsubj"); sj >= 0 && sj > v && s.UPOS(ch) != "VERB" {
			return sj, ch // "called [the United States the Great Satan]", parsed as a small clause
		}
		if obj < 0 || ch <= obj {
			continue
		}
		switch s.FullRel(ch) {
		case "obj", "obl:unmarked":
			return obj, ch // "called Burma a good news story"
		case "xcomp":
			if s.Child(ch, "mark") < 0 {
				return obj, ch // "called the actions reckless" (no "to": no infinitive)
			}
		case "obl":
			if c := s.Child(ch, "case"); c >= 0 && strings.EqualFold(s.Form(c), "as") {
				return obj, ch // "described Israel as a terrorist state"
			}
		}
	}
	if obj < 0 {
		return -1, -1
	}
	for _, ch := range s.Children(obj) {
		if ch > obj && s.Rel(ch) == "appos" && s.UPOS(ch) == "ADJ" {
			return obj, ch // "called the behavior “outrageous”", parsed as an apposition
		}
	}
	if p := quotedAppos(s, v, obj); p >= 0 {
		return obj, p // "called Mr. Obama's remarks on Saturday “a true wake-up call”"
	}
	return -1, -1
}

// namingLabel returns the word span of what naming verb v names its object
// as ("outrageous", "the Great Satan"), ok false when v names nothing. Past
// namingPredicate's parses it finds a label the parser lost: the object of
// a free relative ("what he calls the Washington cartel", "what she
// called an extraordinary campaign"), and a quoted phrase in v's own clause
// after its object ("called the Texas senator “the next George
// Washington”", "calling Trump “an orange buffoon”"), which the parser
// hangs anywhere once the quotation marks break the phrase.
func namingLabel(s *tree.Sentence, v int) (lo, hi int, ok bool) {
	if _, pred := namingPredicate(s, v); pred >= 0 {
		lo, hi = s.SubtreeExcept(pred, "nsubj")
		return lo, hi, true
	}
	if !namingVerbs[strings.ToLower(s.Lemma(v))] {
		return 0, 0, false
	}
	if h := s.Head(v); h >= 0 && h < v && s.FullRel(v) == "acl:relcl" && strings.EqualFold(s.Form(h), "what") {
		if o := s.Child(v, "obj"); o > v {
			lo, hi = s.Subtree(o)
			return lo, hi, true
		}
	}
	from := v + 1
	if o := s.Child(v, "obj"); o > v {
		from = o + 1
	}
	_, end := s.Subtree(v)
	for q := from; q <= end; q++ {
		if !quoteMarks[s.Form(q)] || !ownClause(s, q, v) {
			continue
		}
		hi = q + 1
		for hi <= end && !quoteMarks[s.Form(hi)] {
			hi++
		}
		if hi > q+1 {
			return q + 1, hi - 1, true
		}
	}
	return 0, 0, false
}

// ownClause reports whether word w depends on verb v through no other
// verb: it is part of v's own clause, not of a clause v governs.
func ownClause(s *tree.Sentence, w, v int) bool {
	for a := s.Head(w); a >= 0; a = s.Head(a) {
		if a == v {
			return true
		}
		if s.UPOS(a) == "VERB" {
			return false
		}
	}
	return false
}

// callFor reports whether v is "call" for an act, with no one called ("Trump
// called to ban Muslims from entering the U.S."): an appeal to no named
// actor, no telephone call, and the act is only asked for.
func callFor(s *tree.Sentence, v int) bool {
	if !strings.EqualFold(s.Lemma(v), "call") || s.Child(v, "obj") >= 0 || s.Child(v, "iobj") >= 0 {
		return false
	}
	for _, ch := range s.Children(v) {
		if ch > v && s.Rel(ch) == "xcomp" && s.UPOS(ch) == "VERB" && hasMarkTo(s, ch) {
			return true
		}
	}
	return false
}

// quotedAppos returns a quoted noun or adjective phrase after obj that the
// parser hung as an apposition inside verb v's clause (on the object or on
// a later phrase: "remarks on Saturday “a true wake-up call”"), or -1.
func quotedAppos(s *tree.Sentence, v, obj int) int {
	for p := obj + 1; p < s.Len(); p++ {
		if s.Rel(p) != "appos" || s.UPOS(p) != "NOUN" && s.UPOS(p) != "ADJ" || s.Head(p) < obj {
			continue
		}
		if lo, _ := s.Subtree(p); lo == 0 || !quoteMarks[s.Form(lo-1)] && !quoteMarks[s.Form(lo)] {
			continue
		}
		for a := s.Head(p); a >= 0; a = s.Head(a) {
			if a == v {
				return p
			}
		}
	}
	return -1
}

// quoteMarks open or close a quotation.
var quoteMarks = map[string]bool{"\"": true, "“": true, "”": true, "``": true, "''": true, "‘": true, "’": true}

// namingMatch recodes a naming verb (match m) whose label is the words
// lo..hi: 111 when the label condemns (or names a threat: "called the
// deployment of the British patrol vessel a threat"), else no event (ok
// false). A threat condemns as a label only: in a reported clause it is
// too often the thing ("promised to eliminate the threat").
func namingMatch(s *tree.Sentence, lo, hi int, m verbdict.Match) (verbdict.Match, bool) {
	if !condemnsWords(s, lo, hi, -1, -1) && !threatLabel(s, lo, hi) {
		return verbdict.Match{}, false
	}
	return verbdict.Match{Verb: m.Verb, Code: verbdict.Code{Active: condemnationCode}, Source: -1, Target: -1, Specificity: 1}, true
}

// criticism reports whether CAMEO code c is a criticism, accusation or
// rejection (roots 11, 12).
func criticism(c string) bool {
	return strings.HasPrefix(c, "11") || strings.HasPrefix(c, "12")
}

// threatLabel reports whether the label lo..hi is headed by "threat" or
// "menace" ("a threat", "a clear threat to peace").
func threatLabel(s *tree.Sentence, lo, hi int) bool {
	for w := lo; w <= hi; w++ {
		switch strings.ToLower(s.Form(w)) {
		case "threat", "menace":
			return true
		}
	}
	return false
}
