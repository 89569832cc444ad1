package tree

import (
	"testing"

	"entente/syntax"
)

func TestAcyclic(t *testing.T) {
	tok := func(heads ...int) *syntax.Sentence {
		s := &syntax.Sentence{}
		for _, h := range heads {
			s.Tokens = append(s.Tokens, syntax.Token{Head: h})
		}
		return s
	}
	for _, tc := range []struct {
		name string
		s    *syntax.Sentence
		want bool
	}{
		{"tree", tok(2, 0, 2), true},
		{"self loop", tok(1, 0), false},
		{"cycle", tok(2, 3, 1, 0), false},
		{"head out of range", tok(0, 5), false},
	} {
		if got := acyclic(tc.s); got != tc.want {
			t.Errorf("%s: acyclic = %v, want %v", tc.name, got, tc.want)
		}
	}
}
