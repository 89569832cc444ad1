package tree

import (
	"testing"

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

// arc is a word's wanted relation to its head, by their first forms in a
// sentence.
type arc struct{ word, rel, head string }

// wantArcs parses sent and checks that each word of arcs hangs on its head
// with its relation.
func wantArcs(t *testing.T, sent string, arcs ...arc) {
	t.Helper()
	m, err := model()
	if err != nil {
		t.Fatal(err)
	}
	s := &Parse(m, text.Analyze(sent)).Sentences[0]
	idx := firstIndex(s)
	for _, a := range arcs {
		if w := idx[a.word]; s.Head(w) != idx[a.head] || s.FullRel(w) != a.rel {
			t.Errorf("%q: %s hangs on %d as %s, want %s of %s", sent, a.word, s.Head(w), s.FullRel(w), a.rel, a.head)
		}
	}
}
