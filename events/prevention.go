package events

import (
	"strings"

	"entente/syntax/tree"
)

// "Russia prevented Ukraine from joining NATO", "Iran refrained from
// attacking Israel": a gerund after "from" names an act that did not
// happen when the verb governing it prevents or forgoes it. The gerund's
// subject is the governing verb's object when it has one (Ukraine joins,
// not Russia), its subject otherwise (Iran refrains from its own act).

// preventers stop another actor's act: their "from" gerund is no event.
var preventers = map[string]bool{"prevent": true, "block": true, "bar": true, "ban": true,
	"stop": true, "keep": true, "prohibit": true, "forbid": true, "deter": true,
	"discourage": true, "dissuade": true, "restrain": true, "preclude": true,
	"hinder": true, "obstruct": true, "exclude": true, "save": true, "protect": true,
	"contain": true}

// abstainers forgo the subject's own act: their "from" gerund is negated.
var abstainers = map[string]bool{"refrain": true, "abstain": true, "desist": true}

// fromGerund reports whether v is a gerund introduced by "from" that
// modifies its head verb ("blocked Sweden from joining").
func fromGerund(s *tree.Sentence, v int) bool {
	h := s.Head(v)
	if h < 0 || s.Rel(v) != "advcl" || !strings.HasSuffix(strings.ToLower(s.Form(v)), "ing") {
		return false
	}
	for _, ch := range s.Children(v) {
		if ch < v && strings.EqualFold(s.Form(ch), "from") && (s.Rel(ch) == "mark" || s.Rel(ch) == "case") {
			return true
		}
	}
	return false
}

// prevented reports whether v is such a gerund under a verb of prevention.
func prevented(s *tree.Sentence, v int) bool {
	return fromGerund(s, v) && preventers[strings.ToLower(s.Lemma(s.Head(v)))]
}

// forgone reports whether v is such a gerund under a verb of abstaining.
func forgone(s *tree.Sentence, v int) bool {
	return fromGerund(s, v) && abstainers[strings.ToLower(s.Lemma(s.Head(v)))]
}

// fromGerundSubject returns the object of the verb governing from-gerund
// v, its subject ("blocked Sweden from joining": Sweden), or -1.
func fromGerundSubject(s *tree.Sentence, v int) int {
	if !fromGerund(s, v) {
		return -1
	}
	if o := s.Child(s.Head(v), "obj"); o >= 0 && o < v {
		return o
	}
	return -1
}
