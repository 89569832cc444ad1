package events

import (
	"strings"

	"entente/syntax/tree"
)

// Acts stopped: "Poland said it would stop sending weapons to Ukraine" is
// no military aid (072) but its end, which CAMEO codes as a reduction of
// relations (16x): CAMEO.2.0's own STOP/HALT patterns code "halted aid"
// 162, "stopped arms shipments" 1622, "ended talks" 164 and "stopped the
// attacks" 087. The gerund a verb of stopping governs keeps its actors
// and takes the code of its end (haltCode); an act with no such code is
// not coded at all. "Stopped to talk" (an infinitive: the purpose of
// stopping) and "did not stop sending" (the act goes on) keep their code.

// haltVerbs are the lemmas of verbs whose gerund complement ends.
var haltVerbs = map[string]bool{"stop": true, "cease": true, "halt": true, "quit": true,
	"discontinue": true, "suspend": true, "end": true}

// halted reports whether verb v is a gerund complement of a verb of
// stopping that is not itself negated.
func halted(s *tree.Sentence, v int) bool {
	h := s.Head(v)
	if h < 0 || s.Rel(v) != "xcomp" || s.Tokens[v].XPOS != "VBG" || !haltVerbs[strings.ToLower(s.Lemma(h))] {
		return false
	}
	return !negated(s, h)
}

// haltByCode and haltByRoot give the code of the end of an act coded c.
var haltByCode = map[string]string{
	"045": "165", "046": "164",
	"062": "1622",
	"070": "162", "071": "1621", "072": "1622", "073": "1623", "074": "1622", "075": "162",
}

var haltByRoot = map[string]string{"06": "160", "07": "162", "18": "087", "19": "087", "20": "087"}

// haltCode is the CAMEO code for stopping an act coded c ("stop sending
// weapons", 072 → 1622), or "" when the end of such an act is no event.
func haltCode(c string) string { return mapCode(c, haltByCode, haltByRoot) }
