package events

import (
	"slices"
	"strings"

	"entente/events/verbdict"
	"entente/syntax/tree"
)

// Targets by the shape of the act: the recipient phrase of a passive
// ("Sanctions were imposed on Iran by the EU"), another person of the
// subject's country kept as the target ("Trump attacked Clinton for …
// Libya"), the place of a joined subject's mutual act, no party to it
// ("met in Cairo"), a joined subject acting on one of its own countries, a
// domestic target kept, an undertaking's infinitive and the clause a
// subject says of itself. participants (participants.go) calls them.

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
	top := dependentOf(s, v, w)
	if top < 0 {
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

// dependentOf returns the dependent of verb v whose phrase holds word w
// (w itself or one of its heads), or -1 when w is outside v's dependents.
func dependentOf(s *tree.Sentence, v, w int) int {
	p := w
	for p >= 0 && s.Head(p) != v {
		p = s.Head(p)
	}
	return p
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

// outsideOf returns the actors of as found in the phrase of v's head
// outside verb v's own phrase (an actor named twice counts where it is
// named).
func outsideOf(s *tree.Sentence, v int, as []Actor, spans []span) []Actor {
	plo, phi := s.Subtree(s.Head(v))
	lo, hi := s.Subtree(v)
	return slices.DeleteFunc(as, func(a Actor) bool {
		for _, sp := range spans {
			if w := spanHead(s, sp); sp.actor == a && w >= plo && w <= phi && (w < lo || w > hi) {
				return false
			}
		}
		return true
	})
}

// amongSources reports whether every target is of the country of one of
// the sources, and the sources are of two countries or more ("Cruz and
// Trump tied in Texas poll" names no act of the two on each other).
func amongSources(targets, sources []Actor) bool {
	if !slices.ContainsFunc(sources, func(a Actor) bool { return distinct(a.Code, sources[0].Code) }) {
		return false
	}
	for _, t := range targets {
		if !slices.ContainsFunc(sources, func(a Actor) bool { return !distinct(a.Code, t.Code) }) {
			return false
		}
	}
	return true
}

// cooperation reports whether CAMEO code c is an intent, consultation or
// act of cooperation (roots 03–06).
func cooperation(c string) bool {
	return len(c) >= 2 && c[0] == '0' && c[1] >= '3' && c[1] <= '6'
}

// actorSubject reports whether the first subject's head word names actors,
// itself ("Russia and North Korea signed …") or as those "of" them ("the
// leaders of Armenia and Azerbaijan met …"), not a thing between or from
// actors ("tensions between the United States and Israel have led …").
func actorSubject(s *tree.Sentence, subjs []int, spans []span) bool {
	if len(subjs) == 0 {
		return false
	}
	h := subjs[0]
	if _, ok := covering(spans, h); ok {
		return true
	}
	for _, ch := range s.Children(h) {
		if s.Rel(ch) == "nmod" && strings.EqualFold(caseWord(s, ch), "of") && len(phraseActors(s, ch, spans)) > 0 {
			return true
		}
	}
	return false
}

// ownCountriesTarget reports whether the targets found for verb v (matched
// as m) are the joined subject acting on itself: "Russia and North Korea
// signed a mutual defence pact during Putin's visit to Pyongyang" is each
// member's act on the other. Only for cooperation (not force: "Russian and
// Syrian warplanes bombed rebels in Syria" is no fight between the two),
// for a subject naming actors, and for a target that is no person ("Merkel
// and Collomb met with Macron" met Macron) nor a pronoun ("established their
// longevity").
func ownCountriesTarget(s *tree.Sentence, v int, m verbdict.Match, subjs []int, sources, targets []Actor, spans []span) bool {
	if len(targets) == 0 || len(sources) < 2 || !cooperation(m.Code.Active) || !mutualAct(s, v, m) ||
		!amongSources(targets, sources) || !actorSubject(s, subjs, spans) {
		return false
	}
	return !slices.ContainsFunc(targets, func(a Actor) bool {
		w := actorWord(s, a, spans)
		return isPerson(a, spans) || (w >= 0 && s.UPOS(w) == "PRON")
	})
}

// domesticPair reports whether a target of targets and source src make a
// domestic event, two distinct actors of one country that are no place
// ("Colombia's government resumed peace talks with the ELN rebel group in
// Caracas" is COLGOV→COLREB, not an act on Venezuela; "Trump met African
// leaders in Washington" is no act on Washington).
func domesticPair(targets []Actor, src Actor, spans []span) bool {
	return slices.ContainsFunc(targets, func(t Actor) bool {
		return dyad(t.Code, src.Code) && !slices.ContainsFunc(spans, func(sp span) bool { return sp.actor == t && sp.place })
	})
}

// undertakings are nouns of an attempt, plan or request whose
// to-infinitive says what is undertaken or asked ("efforts to reach a deal
// with Ukraine", "a call for its peacekeepers to be deployed in East
// Timor").
var undertakings = map[string]bool{"effort": true, "attempt": true, "bid": true, "plan": true,
	"move": true, "campaign": true, "drive": true, "push": true, "initiative": true, "offer": true,
	"call": true, "request": true, "demand": true}

// ownSubject reports whether clause c has a subject that is an actor
// mention itself, a name or a pronoun ("Tehran would respond", "he had a
// future"), not a noun phrase holding one ("his focus would be").
func ownSubject(s *tree.Sentence, c int, spans []span) bool {
	sj := s.Child(c, "nsubj")
	if sj < 0 {
		return false
	}
	_, ok := covering(spans, sj)
	return ok
}
