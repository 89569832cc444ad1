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

// bareUncoded reports whether v is a verb whose bare code (no pattern)
// names no act, matched without a pattern:
//   - "die": CAMEO.2.0 codes DIE 190, as if the dead had fought. Its patterns
//     say how they died ("died in clashes", 190 both ways; "died in
//     detention", the detainer's 184 on them), but the bare verb names no
//     one who acted ("a Palestinian prisoner died … in Israeli police
//     custody" was Palestine's attack on Israel).
//   - "face": CAMEO.2.0 files FACE under MEET_PEOPLE (040), but one faces
//     charges, criticism, a test or "a difficult road to reassembling the
//     Obama coalition" far more often than one meets anyone. Its patterns
//     (facing criticism or pressure from an actor) code as before.
//   - "issue": CAMEO.2.0 files ISSUE under GRANT (060, material
//     cooperation). Its patterns code what is issued (a statement 010, an
//     appeal 020, a warning, a warrant 100); a bare "issued a letter", "a
//     response", "recommendations to the U.S. government" or "a release"
//     cooperates with no one.
//   - "introduce": CAMEO.2.0's INTRODUCE block codes 040 bare; its patterns
//     code what is introduced (a proposal, an embargo, an amnesty). Bare, one
//     introduces restrictions, a bill or a speaker at a rally ("Christie
//     introduced Trump at a number of rallies"), no consultation.
//   - "involve": CONCERN's 012 (a pessimistic comment) is for being
//     concerned; "an incident involving Israeli diplomats" or "a battle
//     involving the US and China" only says who took part.
//   - "rule": OVERSEE_MANAGE's 060; its patterns code rulings ("ruled in
//     favour" 051, "guilty of torture" 1122), but a bare "a court ruled that
//     Vanuatu was eligible" or "is ruled by the Kingdom of Morocco" is no
//     material cooperation.
func bareUncoded(s *tree.Sentence, v int, m verbdict.Match) bool {
	if m.Pattern != nil {
		return false
	}
	switch strings.ToLower(s.Lemma(v)) {
	case "die", "face", "issue", "introduce", "involve", "rule":
		return true
	}
	return false
}
