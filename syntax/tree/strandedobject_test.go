package tree

import (
	"testing"

	"entente/text"
)

func TestStrandedObjects(t *testing.T) {
	m, err := model()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, sent, noun, verb string // verb "" = the noun stays stranded on the punctuation
		clause                 string // a marked clause that goes to the verb too
	}{
		{"after a long name", "Chinese President Xi Jinping welcomed Brazilian President Luiz Inacio Lula da Silva to Beijing.",
			"Luiz", "welcomed", ""},
		{"after a phrase of the verb", "Soldiers from Gondor have cordoned off for construction the roads leading into Mordor along the pass of Cirith Ungol.",
			"roads", "cordoned", ""},
		{name: "with a marked clause", sent: "China warned the United States against selling weapons to Taiwan.",
			noun: "States", verb: "warned", clause: "selling"},
		{"a name after a title in a phrase", "Braynard also worked for veteran GOP pollster Frank Luntz.", "Frank", "", ""},
		{"a clause after a verb of saying", "The NFL legend said people misunderstand Trump.", "people", "", ""},
		{"a time of day", "That all changed the night Obama won Iowa.", "night", "", ""},
	}
	for _, tc := range tests {
		d := Parse(m, text.Analyze(tc.sent))
		s := &d.Sentences[0]
		idx := firstIndex(s)
		n := idx[tc.noun]
		if tc.verb == "" {
			if h := s.Head(n); h < 0 || s.UPOS(h) != "PUNCT" {
				t.Errorf("%s: %q: %s hangs on %d as %s, want it left on the punctuation", tc.name, tc.sent, tc.noun, h, s.FullRel(n))
			}
			continue
		}
		if s.Head(n) != idx[tc.verb] || s.FullRel(n) != "obj" {
			t.Errorf("%s: %q: %s hangs on %d as %s, want obj of %s", tc.name, tc.sent, tc.noun, s.Head(n), s.FullRel(n), tc.verb)
		}
		if c, ok := idx[tc.clause]; ok && s.Head(c) != idx[tc.verb] {
			t.Errorf("%s: %q: %s hangs on %d, want it on %s", tc.name, tc.sent, tc.clause, s.Head(c), tc.verb)
		}
	}
}

func TestStrandedGerunds(t *testing.T) {
	wantArcs(t, "Iran has been accused by the United States of supplying drones to Russia.",
		arc{"supplying", "advcl", "accused"})
}
