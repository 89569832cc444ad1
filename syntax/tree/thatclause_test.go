package tree

import (
	"testing"

	"entente/syntax"
	"entente/text"
)

func TestThatClauses(t *testing.T) {
	m, err := model()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, sent, clause, verb string
		complement               bool // clause is verb's ccomp, "that" its mark
	}{
		{"listener then that-clause", "Chinese Foreign Minister Wang Yi told his Israeli counterpart that Israel's actions went beyond self-defence.",
			"went", "told", true},
		{"warn", "The envoy warned the council that the ceasefire would collapse within days.", "collapse", "warned", true},
		{"that as subject stays relative", "The minister told reporters that were present about the plan.", "were", "told", false},
	}
	for _, tc := range tests {
		d := Parse(m, text.Analyze(tc.sent))
		s := &d.Sentences[0]
		idx := firstIndex(s)
		c, v, that := idx[tc.clause], idx[tc.verb], idx["that"]
		got := s.Head(c) == v && s.FullRel(c) == "ccomp" && s.Head(that) == c && s.FullRel(that) == "mark"
		if got != tc.complement {
			t.Errorf("%s: %q: %s hangs on %d as %s, that on %d as %s; want complement of %s: %v",
				tc.name, tc.sent, tc.clause, s.Head(c), s.FullRel(c), s.Head(that), s.FullRel(that), tc.verb, tc.complement)
		}
	}
}

// firstIndex maps each word form of s to its first index.
func firstIndex(s *Sentence) map[string]int {
	idx := map[string]int{}
	for i := range s.Words {
		if _, seen := idx[s.Form(i)]; !seen {
			idx[s.Form(i)] = i
		}
	}
	return idx
}

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
