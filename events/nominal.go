package events

import (
	"strings"

	"entente/syntax/tree"
)

// Nominal events: where the event is named by a noun and the verb only
// moves it ("American aid arriving in Israel", "Iranian weapons reached
// Hezbollah"), the noun gives the code and the actor modifying it the
// source.

// aidNouns name what a provider gives, with the CAMEO code of giving it.
var aidNouns = map[string]string{
	"aid": "070", "assistance": "070", "supplies": "070", "supply": "070", "shipment": "070",
	"donation": "071", "funding": "071", "loan": "071", "grant": "071", "money": "071",
	"weapon": "072", "arm": "072", "ammunition": "072", "munition": "072", "missile": "072",
	"food": "073", "medicine": "073", "relief": "073",
}

// arrivalVerbs move a thing to its destination.
var arrivalVerbs = map[string]bool{"arrive": true, "reach": true, "flow": true, "pour": true,
	"land": true, "come": true, "go": true, "head": true, "flood": true, "stream": true}

// nominalCode returns the code of a nominal event carried by verb v: the
// subject is aid, weapons or money and the verb one of arrival. ok is false
// otherwise.
func nominalCode(s *tree.Sentence, v int, subjs []int) (string, bool) {
	if len(subjs) == 0 || !arrivalVerbs[strings.ToLower(s.Lemma(v))] {
		return "", false
	}
	n := subjs[0]
	if s.Head(n) != v && !(s.Rel(v) == "acl" && s.Head(v) == n) {
		return "", false
	}
	code, ok := aidNouns[strings.ToLower(s.Lemma(n))]
	if ok && s.Child(n, "amod") < 0 && s.Child(n, "nmod") < 0 && s.Child(n, "compound") < 0 {
		return "", false // "aid arrived": whose aid is not said
	}
	return code, ok
}
