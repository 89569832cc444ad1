package dict

import (
	"io"
	"strings"
)

// Discard is a phrase whose presence stops coding: of its sentence, or with Story of
// the whole story.
type Discard struct {
	Phrase Phrase
	// Story is true for a "+" entry: the whole story is not coded.
	Story bool
	// Stem is true when the phrase did not end with "_": its last word matches every
	// word that starts with it ("BASEBALL" matches "BASEBALLS").
	Stem bool
	File string
	Line int
}

// ParseDiscards reads a discard list (Phoenix.discards.txt format). Matching is not
// case sensitive. Errors: a "+" with no phrase. Warnings: a "[...]" code on a
// discard line (ignored).
func ParseDiscards(r io.Reader, name string) ([]Discard, []Warning, error) {
	lines, err := readLines(r, name)
	if err != nil {
		return nil, nil, err
	}
	w := &warner{file: name}
	var out []Discard
	for _, l := range lines {
		s := strings.TrimSpace(stripComment(l.text, false))
		if s == "" {
			continue
		}
		d := Discard{File: name, Line: l.n}
		if s[0] == '+' {
			d.Story = true
			s = strings.TrimSpace(s[1:])
			if s == "" {
				return out, w.list, w.fail(l.n, "'+' without a phrase")
			}
		}
		if i := strings.IndexByte(s, '['); i >= 0 {
			w.add(l.n, "code %q on a discard ignored", s[i:])
			s = strings.TrimSpace(s[:i])
			if s == "" {
				return out, w.list, w.fail(l.n, "no phrase before the code")
			}
		}
		d.Phrase = newPhrase(s, false)
		d.Stem = !d.Phrase.NoPlural
		if len(d.Phrase.Words) == 0 {
			w.add(l.n, "discard %q has no words: dropped", s)
			continue
		}
		out = append(out, d)
	}
	return out, w.list, nil
}
