package tree

import (
	"testing"

	"entente/text"
)

func TestSubordinateClauses(t *testing.T) {
	m, err := model()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, sent, verb, head, subj, obj, mark string // head "" = no repair expected
	}{
		{"after", "Israel launched airstrikes on Gaza on Saturday after Hamas militants attacked southern Israel.",
			"attacked", "launched", "militants", "Israel", "after"},
		{"since", "Relations have soured since Russia annexed Crimea.", "annexed", "soured", "Russia", "Crimea", "since"},
		{"participle in a noun phrase stays", "He spoke after the scheduled meeting.", "scheduled", "", "", "", ""},
		// a clause verb the parser joined to the main verb (conj)
		{"joined", "Israel summoned the Russian ambassador after Moscow hosted the Hamas delegation.",
			"hosted", "summoned", "Moscow", "delegation", "after"},
	}
	for _, tc := range tests {
		d := Parse(m, text.Analyze(tc.sent))
		s := &d.Sentences[0]
		idx := firstIndex(s)
		v := idx[tc.verb]
		if tc.head == "" {
			if s.FullRel(v) == "advcl" {
				t.Errorf("%s: %q: %s made a clause", tc.name, tc.sent, tc.verb)
			}
			continue
		}
		if s.Head(v) != idx[tc.head] || s.FullRel(v) != "advcl" {
			t.Errorf("%s: %q: %s hangs on %d as %s, want advcl of %s", tc.name, tc.sent, tc.verb, s.Head(v), s.FullRel(v), tc.head)
		}
		for _, dep := range []struct{ word, rel string }{{tc.subj, "nsubj"}, {tc.mark, "mark"}} {
			if i := idx[dep.word]; s.Head(i) != v || s.FullRel(i) != dep.rel {
				t.Errorf("%s: %q: %s hangs on %d as %s, want %s of %s", tc.name, tc.sent, dep.word, s.Head(i), s.FullRel(i), dep.rel, tc.verb)
			}
		}
		if o := s.Child(v, "obj"); o < 0 || s.Form(o) != tc.obj {
			t.Errorf("%q: object of %s is %d, want %s", tc.sent, tc.verb, o, tc.obj)
		}
	}
}

// FuzzParse checks that the parse and its repairs always give a tree.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"Israel launched airstrikes on Gaza after Hamas militants attacked southern Israel.",
		"Wang Yi told his Israeli counterpart that Israel's actions went beyond self-defence.",
		"Iraqi police arrested on Sunday two Iranian diplomats in Basra.",
		"Chinese President Xi Jinping welcomed Brazilian President Luiz Inacio Lula da Silva to Beijing.",
		"after after Russia annexed annexed Crimea Crimea that that told",
		"Putin plans to visit China after Sam has begun to question whether to to plans.",
	} {
		f.Add(s)
	}
	m, err := model()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		d := Parse(m, text.Analyze(raw))
		for _, s := range d.Sentences {
			if len(s.Tokens) != len(s.Words) || !acyclic(s.Tokens) {
				t.Fatalf("%q: sentence %d is no tree: %+v", raw, s.Index, s.Tokens)
			}
		}
	})
}
