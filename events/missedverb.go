package events

import (
	"strings"

	"entente/syntax/tree"
)

// subordinators open adverbial clauses: a clause they open is not a
// sentence's main clause.
var subordinators = map[string]bool{"after": true, "before": true, "when": true, "while": true,
	"because": true, "since": true, "although": true, "though": true, "until": true, "once": true}

// missedMainVerb reports whether word v is the main verb the tagger took for
// a plural noun: the parse's root is the verb of an adverbial clause ("after
// crowds trashed its embassy"), so the main clause lost its verb, and v,
// right after a name and before that clause, is a form the verb dictionary
// lists as an inflected verb ("Ethiopia departs from Libya … after …").
func (c *Coder) missedMainVerb(s *tree.Sentence, v int) bool {
	if v == 0 || s.UPOS(v) != "NOUN" || s.Tokens[v].XPOS != "NNS" || s.UPOS(v-1) != "PROPN" {
		return false
	}
	r := -1
	for i := 0; i < s.Len(); i++ {
		if s.Head(i) < 0 {
			r = i
			break
		}
	}
	if r <= v || s.UPOS(r) != "VERB" {
		return false
	}
	mk := s.Child(r, "mark")
	if mk < 0 || mk < v || !subordinators[strings.ToLower(s.Form(mk))] {
		return false
	}
	f := strings.ToLower(s.Form(v))
	for _, l := range c.Dict.Lemmas(f) {
		if l != f {
			return true
		}
	}
	return false
}
