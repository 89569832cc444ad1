package tree

import (
	"testing"

	"entente/text"
)

func TestDayPhrases(t *testing.T) {
	m, err := model()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		sent, verb, subj, obj, day, dayRel string // dayRel "" = not checked
	}{
		// the first parse makes "Sunday … diplomats" one phrase
		{"Iraqi police arrested on Sunday two Iranian diplomats in Basra.", "arrested", "police", "diplomats", "Sunday", "obl"},
		// the first parse makes "Hosni" a compound of "today"
		{"Egyptian President Hosni Mubarak today met Israeli Prime Minister Ehud Barak in Cairo.", "met", "Hosni", "Ehud", "today", "obl:unmarked"},
		// a day phrase the parser placed well stays: without it the verb is lost
		{"Palestinian prisoners rioted Monday at this jail in northern Israel.", "rioted", "prisoners", "", "Monday", ""},
	}
	for _, tc := range tests {
		d := Parse(m, text.Analyze(tc.sent))
		s := &d.Sentences[0]
		idx := firstIndex(s)
		v := idx[tc.verb]
		if s.Head(v) != -1 || s.UPOS(v) != "VERB" {
			t.Errorf("%q: %s is %s %s, want the root verb", tc.sent, tc.verb, s.UPOS(v), s.FullRel(v))
			continue
		}
		if sj := s.Child(v, "nsubj"); sj != idx[tc.subj] {
			t.Errorf("%q: subject %d, want %s", tc.sent, sj, tc.subj)
		}
		if tc.obj != "" && s.Child(v, "obj") != idx[tc.obj] {
			t.Errorf("%q: object %d, want %s", tc.sent, s.Child(v, "obj"), tc.obj)
		}
		if day := idx[tc.day]; tc.dayRel != "" && (s.Head(day) != v || s.FullRel(day) != tc.dayRel) {
			t.Errorf("%q: %s hangs on %d as %s, want %s as %s", tc.sent, tc.day, s.Head(day), s.FullRel(day), tc.verb, tc.dayRel)
		}
	}
}
