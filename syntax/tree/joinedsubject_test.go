package tree

import (
	"testing"

	"entente/text"
)

func TestJoinedSubjects(t *testing.T) {
	m, err := model()
	if err != nil {
		t.Fatal(err)
	}
	sent := "The United States and Saudi Arabia hosted peace talks in Jeddah."
	s := &Parse(m, text.Analyze(sent)).Sentences[0]
	idx := firstIndex(s)
	if a := idx["Arabia"]; s.Head(a) != idx["States"] || s.FullRel(a) != "conj" {
		t.Errorf("%q: Arabia hangs on %d as %s, want conj of States", sent, s.Head(a), s.FullRel(a))
	}
	if c := idx["and"]; s.Head(c) != idx["Arabia"] || s.FullRel(c) != "cc" {
		t.Errorf("%q: and hangs on %d as %s, want cc of Arabia", sent, s.Head(c), s.FullRel(c))
	}
}
