package events

import (
	"strings"

	"entente/events/verbdict"
	"entente/syntax/tree"
)

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
