package events

import (
	"strings"

	"entente/events/verbdict"
	"entente/syntax/tree"
)

// A few past participles after "be" name what their subject is doing, not
// what was done to it: "Serb forces were engaged in ethnic cleansing",
// "Iranian agents were involved in the fighting" say that the forces
// cleansed and the agents fought; so does "militias engaged in ethnic
// cleansing", the participle hung on its noun. With an "in" phrase or
// clause and no agent, such a participle is read in the active voice, and
// codes an event only through a pattern that names the activity ("troops
// were engaged in a border dispute" is no attack, ENGAGE's own 190).

// stateVerbs are the verbs whose passive with "in" is such a state.
var stateVerbs = map[string]bool{"engage": true, "involve": true}

// statePassive reports whether v is a state participle: a stateVerbs
// verb's past participle, in the passive or hung on the noun before it, with a child phrase or
// clause introduced by "in" and no agent.
func statePassive(s *tree.Sentence, v int) bool {
	if !stateVerbs[strings.ToLower(s.Lemma(v))] || s.Tokens[v].XPOS != "VBN" || agentOf(s, v) >= 0 {
		return false
	}
	if s.Child(v, "aux:pass") < 0 && s.Child(v, "nsubj:pass") < 0 && (s.FullRel(v) != "acl" || s.Head(v) > v) {
		return false // (a participle on its noun: "militias engaged in ethnic cleansing")
	}
	for _, ch := range s.Children(v) {
		if ch < v || (s.Rel(ch) != "obl" && s.Rel(ch) != "advcl") {
			continue
		}
		for _, c := range s.Children(ch) {
			if (s.Rel(c) == "case" || s.Rel(c) == "mark") && strings.EqualFold(s.Form(c), "in") {
				return true
			}
		}
	}
	return false
}

// stateUncoded reports whether match m of state participle v names no
// activity: no pattern matched.
func stateUncoded(s *tree.Sentence, v int, m verbdict.Match) bool {
	return m.Pattern == nil && statePassive(s, v)
}
