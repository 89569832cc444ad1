package tree

import (
	"testing"

	"entente/syntax"
)

// heads builds a sentence from 1-based heads (0 for the root).
func heads(hs ...int) *syntax.Sentence {
	s := &syntax.Sentence{}
	for _, h := range hs {
		s.Tokens = append(s.Tokens, syntax.Token{Head: h})
	}
	return s
}

func TestRootWord(t *testing.T) {
	for _, tc := range []struct {
		name string
		s    *syntax.Sentence
		want int
	}{
		{"root second", heads(2, 0, 2), 1},
		{"root first", heads(0, 1), 0},
		{"no root", heads(2, 1), -1},
		{"empty", heads(), -1},
	} {
		if got := rootWord(tc.s); got != tc.want {
			t.Errorf("%s: rootWord = %d, want %d", tc.name, got, tc.want)
		}
	}
}

func TestAcyclic(t *testing.T) {
	for _, tc := range []struct {
		name string
		s    *syntax.Sentence
		want bool
	}{
		{"tree", heads(2, 0, 2), true},
		{"self loop", heads(1, 0), false},
		{"cycle", heads(2, 3, 1, 0), false},
		{"head out of range", heads(0, 5), false},
	} {
		if got := acyclic(tc.s.Tokens); got != tc.want {
			t.Errorf("%s: acyclic = %v, want %v", tc.name, got, tc.want)
		}
	}
}
