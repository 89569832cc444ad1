package petrtest

import (
	"fmt"
	"strconv"
	"strings"
)

// UDToken is one word line of a CoNLL-U parse.
type UDToken struct {
	ID     int // 1-based position in the sentence
	Form   string
	Lemma  string
	UPOS   string
	XPOS   string
	Feats  string
	Head   int // ID of the head, 0 for the root
	Deprel string
	Deps   string
	Misc   string
}

// ParseCoNLLU reads the word lines of one CoNLL-U sentence. Comment lines,
// multiword-token ranges ("1-2") and empty nodes ("1.1") are skipped.
func ParseCoNLLU(s string) ([]UDToken, error) {
	var out []UDToken
	for n, line := range strings.Split(s, "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 10 {
			return nil, fmt.Errorf("petrtest: CoNLL-U line %d: %d fields, want 10", n+1, len(f))
		}
		if strings.ContainsAny(f[0], "-.") {
			continue
		}
		id, err := strconv.Atoi(f[0])
		if err != nil || id != len(out)+1 {
			return nil, fmt.Errorf("petrtest: CoNLL-U line %d: ID %q, want %d", n+1, f[0], len(out)+1)
		}
		head, err := strconv.Atoi(f[6])
		if err != nil || head < 0 {
			return nil, fmt.Errorf("petrtest: CoNLL-U line %d: head %q is not a number", n+1, f[6])
		}
		out = append(out, UDToken{ID: id, Form: f[1], Lemma: f[2], UPOS: f[3], XPOS: f[4],
			Feats: f[5], Head: head, Deprel: f[7], Deps: f[8], Misc: f[9]})
	}
	for _, t := range out {
		if t.Head > len(out) {
			return nil, fmt.Errorf("petrtest: CoNLL-U token %d: head %d beyond the %d words", t.ID, t.Head, len(out))
		}
	}
	return out, nil
}
