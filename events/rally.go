package events

import (
	"strings"

	"entente/syntax/tree"
)

// Rallying: an appeal to others to support an actor is CAMEO 053 ("Rally
// support on behalf of: call on other parties to support the target"), an
// appeal to others to act against an actor 113 ("Rally opposition against:
// mobilize other parties against the target"). "Klibi urged the European
// Community to support the PLO" is ARL→PSE 053, not an appeal to the EC;
// "a Syrian newspaper called on Arabs to unite and mobilize against
// Sharon" is SYR→ISR 113.

// supportVerbs ask for support of their object.
var supportVerbs = map[string]bool{"support": true, "back": true, "endorse": true, "help": true,
	"assist": true, "defend": true, "aid": true}

// rally is the event an appeal becomes: its code and its target actors.
type rally struct {
	code    string
	targets []Actor
}

// rallyOf returns the rally that appeal verb h makes through its
// to-infinitive complement (or a conjunct of it), if any: 053 on the
// object of a support verb, 113 on an actor the complement acts
// "against". Actors of the addressee's or the source's own mention are no
// target.
func rallyOf(s *tree.Sentence, h int, spans []span) (rally, bool) {
	for _, v := range s.Children(h) {
		if !(s.Rel(v) == "xcomp" || (s.Rel(v) == "advcl" && hasMarkTo(s, v))) {
			continue
		}
		if r, ok := rallyAt(s, v, spans); ok {
			return r, true
		}
		for _, w := range s.Children(v) {
			if s.Rel(w) == "conj" {
				if r, ok := rallyAt(s, w, spans); ok {
					return r, true
				}
			}
		}
	}
	return rally{}, false
}

// rallyAt reads the rally of one complement verb w ("unite", "mobilize"
// against X; "support" X).
func rallyAt(s *tree.Sentence, w int, spans []span) (rally, bool) {
	if o := s.Child(w, "obj"); o >= 0 && supportVerbs[strings.ToLower(s.Lemma(w))] {
		if ts := phraseActors(s, o, spans); len(ts) > 0 {
			return rally{code: "053", targets: ts}, true
		}
	}
	for _, ch := range s.Children(w) {
		if (s.Rel(ch) == "obl" || s.Rel(ch) == "nmod") && hasCase(s, ch, "against") {
			if ts := phraseActors(s, ch, spans); len(ts) > 0 {
				return rally{code: "113", targets: ts}, true
			}
		}
	}
	return rally{}, false
}

// hasCase reports whether word w has the preposition prep as its case
// marker.
func hasCase(s *tree.Sentence, w int, prep string) bool {
	c := s.Child(w, "case")
	return c >= 0 && strings.EqualFold(s.Form(c), prep)
}
