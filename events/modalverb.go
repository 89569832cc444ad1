package events

import (
	"strings"

	"entente/events/verbdict"
	"entente/syntax/tree"
)

// modalVerbBefore codes verb v, which the dictionary does not code, with
// the verb the tagger missed before it: after a modal the verb is a bare
// infinitive, so a past form the parser hung the modal on ("Arnor will
// abandon improved relations", "improved" taken for the verb and "abandon"
// for an adverb) is no verb of the modal's; the word right after the modal
// (and "not"), when the dictionary has it as a verb, is. Its pattern is
// matched at that word; the parse of v gives the participants.
func (c *Coder) modalVerbBefore(s *tree.Sentence, q verbdict.Query) (verbdict.Match, bool) {
	v := q.Verb
	switch s.Tokens[v].XPOS {
	case "VBD", "VBN":
	default:
		return verbdict.Match{}, false
	}
	md := -1
	for _, ch := range s.Children(v) {
		if ch >= v {
			break
		}
		switch {
		case s.Rel(ch) == "aux" && s.Tokens[ch].XPOS == "MD":
			md = ch
		case s.Rel(ch) == "aux" || s.Rel(ch) == "aux:pass":
			return verbdict.Match{}, false // "will have improved", "will be improved"
		}
	}
	if md < 0 {
		return verbdict.Match{}, false
	}
	w := md + 1
	if w < v && isNot(s.Form(w)) {
		w++
	}
	if w >= v || s.UPOS(w) == "VERB" || s.UPOS(w) == "AUX" || len(c.Dict.Verbs(strings.ToLower(s.Form(w)))) == 0 {
		return verbdict.Match{}, false
	}
	q.Verb = w
	m, ok := c.match(q)
	if !ok || m.Code.IsNull() || m.Code.Active == "" {
		return verbdict.Match{}, false
	}
	return m, true
}

// isNot reports whether form is a negation word.
func isNot(form string) bool {
	switch strings.ToLower(form) {
	case "not", "n't", "never", "n’t":
		return true
	}
	return false
}
