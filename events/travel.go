package events

import (
	"slices"
	"strings"

	"entente/events/verbdict"
	"entente/syntax/tree"
)

// Travel: CAMEO.2.0.txt files the verbs of going and coming under blocks
// whose bare code is a consultation (040), so that "the envoy went to
// Moscow" consults Russia. Read without a pattern on real text, the bare
// code names whoever stands near the verb: "Trump went after Walker", "left
// the White House", "an exile left the U.S. to take on a regime", "leaves
// behind a wife and four children in France", "arrived in Orlando four days
// after a gunman claiming allegiance to Islamist groups …". Travel meets
// someone only where it arrives: the bare code keeps a target only in a
// phrase of destination ("to Moscow", "into Iraq", "at the White House",
// "in Beijing" after "arrived", "from Libya" after "departed").

// travelVerbs move their subject from one place to another.
var travelVerbs = map[string]bool{"go": true, "come": true, "travel": true, "fly": true,
	"journey": true, "head": true, "leave": true, "depart": true, "arrive": true,
	"return": true, "embark": true, "egress": true, "race": true, "rush": true}

// destinationCases open a phrase of destination ("to Moscow", "left for
// Minas Tirith"); "in" and "at" only after verbs of arrival ("arrived in
// Beijing", "arrived at the White House").
var destinationCases = map[string]bool{"to": true, "into": true, "for": true}

// departureVerbs take the place left with "from", which they act on as the
// dictionary's bare code says ("Ethiopia departed from Libya", a record of
// the UniversalPetrarch unit tests); their object is too often no place
// ("left a scar on", "leaves behind a wife") or an office ("left the White
// House") to be read so.
var departureVerbs = map[string]bool{"leave": true, "depart": true}

// travelTargets keeps of targets those that verb v, matched as m, may act
// on: all of them unless v is a travel verb coded by its bare code (no
// pattern: CAMEO.2.0's consultation, 040; another dictionary's own, as the
// PETRARCH test file's LEAVE, 012), then only those in v's phrases of
// destination.
func travelTargets(s *tree.Sentence, v int, m verbdict.Match, spans []span, targets []Actor) []Actor {
	lemma := strings.ToLower(s.Lemma(v))
	if m.Pattern != nil || !travelVerbs[lemma] || (lemma == "head" && m.Code.Active != "040") {
		return targets // "head" is also to lead ("headed the delegation", 060)
	}
	return slices.DeleteFunc(slices.Clone(targets), func(a Actor) bool {
		for _, sp := range spans {
			if sp.actor == a && destination(s, v, spanHead(s, sp), lemma) {
				return false
			}
		}
		return true
	})
}

// destination reports whether word w lies in a phrase of destination of
// verb v (lemma lemma): "to", "into" or "for" it, with arrival "in" or "at"
// it, with departure "from" it.
func destination(s *tree.Sentence, v, w int, lemma string) bool {
	p := dependentOf(s, v, w)
	if p < 0 {
		return false
	}
	c := strings.ToLower(caseWord(s, p))
	rel := s.Rel(p)
	if c == "" && (rel == "obl" || rel == "conj" || rel == "appos") {
		c, rel = apposedCase(s, v, p), "obl"
	}
	if rel == "nmod" && s.UPOS(v) != "VERB" {
		rel = "obl" // "Ethiopia departs from Libya" with "departs" read as a noun
	}
	return rel == "obl" && (destinationCases[c] || (arrivalVerbs[lemma] && (c == "in" || c == "at")) ||
		(departureVerbs[lemma] && c == "from"))
}

// hostVerbs receive guests where they are: neither the place they host
// in nor the hosts themselves are guests ("The United States and Saudi
// Arabia hosted peace talks in Jeddah" had the United States host Saudi
// Arabia, whose city Jeddah is).
var hostVerbs = map[string]bool{"host": true, "cohost": true, "co-host": true}

// hostTargets drops from the targets of host verb v its sources and the
// places in an "in" or "at" phrase of v.
func hostTargets(s *tree.Sentence, v int, spans []span, sources, targets []Actor) []Actor {
	if !hostVerbs[strings.ToLower(s.Lemma(v))] {
		return targets
	}
	return slices.DeleteFunc(slices.Clone(targets), func(a Actor) bool {
		if slices.Contains(sources, a) {
			return true
		}
		for _, sp := range spans {
			if sp.actor == a && sp.place && locativeOf(s, v, spanHead(s, sp)) {
				return true
			}
		}
		return false
	})
}

// locativeOf reports whether word w lies in an "in" or "at" phrase of
// verb v.
func locativeOf(s *tree.Sentence, v, w int) bool {
	p := dependentOf(s, v, w)
	if p < 0 {
		return false
	}
	c := strings.ToLower(caseWord(s, p))
	return s.Rel(p) == "obl" && (c == "in" || c == "at")
}
