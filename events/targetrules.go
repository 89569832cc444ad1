package events

import (
	"strings"

	"entente/syntax/tree"
)

// Targets by the shape of the act: the recipient phrase of a passive
// ("Sanctions were imposed on Iran by the EU"), another person of the
// subject's country kept as the target ("Trump attacked Clinton for …
// Libya"), and the place of a joined subject's mutual act, no party to it
// ("met in Cairo"). participants (participants.go) calls them.

// recipientCases open a phrase naming whom an act reaches ("imposed on
// Iran", "sent to Gaza", "launched against Kyiv").
var recipientCases = map[string]bool{"on": true, "upon": true, "to": true, "against": true,
	"into": true, "toward": true, "towards": true}

// passiveObliqueActors returns the actor heading the first prepositional
// phrase of passive verb v that names whom the act reaches: "imposed on
// Iran", not "detained … while on a trip to San Diego".
func passiveObliqueActors(s *tree.Sentence, v int, spans []span) []Actor {
	for _, ch := range s.Children(v) {
		if s.Rel(ch) != "obl" || s.FullRel(ch) == "obl:agent" || !recipientCases[strings.ToLower(caseWord(s, ch))] {
			continue
		}
		if _, ok := covering(spans, ch); ok {
			return phraseActors(s, ch, spans)
		}
	}
	return nil
}

// personOther reports whether target t is another person than subject sa
// ("Trump attacked Clinton"): a domestic act on someone, whose target is
// not to be looked for elsewhere. A place ("met African leaders in
// Washington, including Ghana's …", "fired a missile from a Gaza tunnel
// into southern Israel") or the subject itself ("renewing his license in
// Michel Delving") is no such target.
func personOther(t, sa Actor, spans []span) bool {
	if t.EntityID == "" || sa.EntityID == "" || t.EntityID == sa.EntityID {
		return false
	}
	return isPerson(t, spans)
}

// inPhraseOf keeps the spans inside the phrase of verb v that holds word w
// (the dependent of v whose subtree has w); none when w is outside v's
// dependents.
func inPhraseOf(s *tree.Sentence, v, w int, spans []span) []span {
	top := w
	for top >= 0 && s.Head(top) != v {
		top = s.Head(top)
	}
	if top < 0 || w < 0 {
		return nil
	}
	lo, hi := s.Subtree(top)
	out := make([]span, 0, len(spans))
	for _, a := range spans {
		if a.within(lo, hi) {
			out = append(out, a)
		}
	}
	return out
}

// otherCountries returns the spans whose actor is of another country than
// code.
func otherCountries(spans []span, code string) []span {
	out := make([]span, 0, len(spans))
	for _, a := range spans {
		if distinct(a.actor.Code, code) {
			out = append(out, a)
		}
	}
	return out
}

// meetingInPlace reports whether verb v, coded c, is a mutual act of a
// joined subject (two actors or more) that happened at a place: the place
// is no party to it. A visit or an arrival is made to the place.
func meetingInPlace(s *tree.Sentence, v int, c string, subjs []int, sources []Actor) bool {
	if !mutualCode(c) || arrivalVerbs[strings.ToLower(s.Lemma(v))] || len(subjs) == 0 {
		return false
	}
	// the sources, not the first subject's phrase: "The United States and
	// the Taliban signed a peace deal in Doha" parsed with two subjects
	return len(sources) > 1
}

// locativeCases open a prepositional phrase that may be of place: where
// the act happened, not whom it touched ("met in Cairo", "fought near
// Bakhmut"). "At" is left out: "fired missiles at Israel" aims at it.
var locativeCases = map[string]bool{"in": true, "near": true, "inside": true,
	"outside": true, "across": true, "throughout": true, "around": true}

// placeNouns head phrases of place that name no actor themselves ("near
// the North Korean border").
var placeNouns = map[string]bool{"border": true, "city": true, "capital": true, "town": true,
	"region": true, "province": true, "area": true, "village": true, "base": true, "port": true,
	"coast": true, "frontier": true, "island": true, "north": true, "south": true, "east": true,
	"west": true, "territory": true}

// placeInObject reports whether actor a, found in object phrase o, is the
// place of a phrase of place inside it ("held peace talks in Istanbul").
func placeInObject(s *tree.Sentence, o int, a Actor, spans []span) bool {
	w := actorWord(s, a, spans)
	return w >= 0 && w != o && s.Head(w) == o && s.Rel(w) == "nmod" &&
		placePhrase(s, w, strings.ToLower(caseWord(s, w)), spans)
}

// placePhrase reports whether prepositional phrase n, opened by case word
// c, is of place: a locative case and a head that is an actor's name ("in
// Cairo") or a noun of place ("near the border"); "taking part in an
// operation against al-Qaeda" is no place.
func placePhrase(s *tree.Sentence, n int, c string, spans []span) bool {
	if !locativeCases[c] {
		return false
	}
	if _, ok := covering(spans, n); ok {
		return true
	}
	return placeNouns[strings.ToLower(s.Lemma(n))]
}
