package syntax

import "fmt"

// FixedTag fixes the part of speech of one word for ParseFixed: the word
// at index Word (0-based) is tagged UPOS/XPOS, a class the model knows.
type FixedTag struct {
	Word       int
	UPOS, XPOS string
}

// ParseFixed is Parse with the tags of some words given rather than
// predicted. The tagger still tags the other words, left to right, seeing
// the given tags; the parser and lemmatiser read them as their own. Parse
// repairs use it when the grammar around a word settles its tag and the
// tagger missed it ("has begun to question", where "question" read as a
// noun). It fails on a word index out of range or a tag the model has
// never seen.
func (m *Model) ParseFixed(words []string, fixed []FixedTag) (*Sentence, error) {
	dst := &Sentence{}
	if err := m.parseTo(dst, words, fixed); err != nil {
		return nil, err
	}
	return dst, nil
}

// classOf returns the model's index of the class upos/xpos.
func (t *tagger) classOf(upos, xpos string) (int32, bool) {
	for i, c := range t.classes {
		if c.UPOS == upos && c.XPOS == xpos {
			return int32(i), true
		}
	}
	return 0, false
}

// fixTags forces the given classes into the prepared atoms.
func (t *tagger) fixTags(at []tokAtoms, fixed []FixedTag) error {
	for _, f := range fixed {
		if f.Word < 0 || f.Word >= len(at) {
			return fmt.Errorf("syntax: fixed tag for word %d of a %d-word sentence", f.Word, len(at))
		}
		c, ok := t.classOf(f.UPOS, f.XPOS)
		if !ok {
			return fmt.Errorf("syntax: fixed tag %s/%s for word %d is not a tag of the model", f.UPOS, f.XPOS, f.Word)
		}
		at[f.Word].fixed = c
	}
	return nil
}
