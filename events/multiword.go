package events

import (
	"slices"
	"strings"

	"entente/events/verbdict"
	"entente/syntax/tree"
)

// multiwordAfter codes verb v, which the dictionary does not know, as the
// multiword verb whose verb word follows it: the parser made the first word
// of a compound verb the verb and the verb word its object ("will not wire
// tap the links": WIRE_+TAP, "wire" a verb, "tap" a noun). The entry is
// matched at the next word and kept when it takes word v, with v as the
// event's verb.
func (c *Coder) multiwordAfter(s *tree.Sentence, q verbdict.Query) (verbdict.Match, bool) {
	v := q.Verb
	w := v + 1
	if w >= s.Len() || s.UPOS(w) != "NOUN" || !c.preWordOf(s, v, w) {
		return verbdict.Match{}, false
	}
	q.Verb = w
	m, ok := c.match(q)
	if !ok || m.Verb == nil || !m.Verb.IsCompound() || !slices.Contains(m.Tokens, v) {
		return verbdict.Match{}, false
	}
	return m, true
}

// preWordOf reports whether the dictionary has a multiword verb on word w's
// lemma or form whose last word before the verb word is word v.
func (c *Coder) preWordOf(s *tree.Sentence, v, w int) bool {
	keys := append([]string{s.Lemma(w)}, c.Dict.Lemmas(s.Form(w))...)
	for _, k := range keys {
		for _, e := range c.Dict.Verbs(k) {
			if n := len(e.Pre); n > 0 && strings.EqualFold(e.Pre[n-1], s.Form(v)) {
				return true
			}
		}
	}
	return false
}
