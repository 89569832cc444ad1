package tree

import (
	"sync"
	"testing"

	"entente/syntax"
	"entente/text"
)

var model = sync.OnceValues(syntax.LoadDefault)

func TestParseKeepsOffsets(t *testing.T) {
	m, err := model()
	if err != nil {
		t.Fatal(err)
	}
	src := "China and Russia vetoed the U.S. draft. “It’s one-sided,” Beijing said.\n\nPutin blamed the West."
	td := text.Analyze(src)
	d := Parse(m, td)
	if len(d.Sentences) != len(td.Sentences) {
		t.Fatalf("%d parses for %d sentences", len(d.Sentences), len(td.Sentences))
	}
	for _, s := range d.Sentences {
		roots := 0
		for i, w := range s.Words {
			if src[w.Start:w.End] != w.Form {
				t.Fatalf("word %q does not match text[%d:%d]", w.Form, w.Start, w.End)
			}
			if got := s.WordAt(w.Start); got != i {
				t.Errorf("WordAt(%d) = %d, want %d", w.Start, got, i)
			}
			if s.Head(i) < 0 {
				roots++
			}
		}
		if roots != 1 {
			t.Errorf("sentence %d has %d roots", s.Index, roots)
		}
	}
	s := &d.Sentences[0]
	v := -1
	for i := range s.Words {
		if s.Form(i) == "vetoed" {
			v = i
		}
	}
	if v < 0 || s.Lemma(v) != "veto" {
		t.Fatalf("no vetoed/veto in %+v", s.Tokens)
	}
	if subj := s.Child(v, "nsubj"); subj < 0 || s.Form(subj) != "China" {
		t.Errorf("subject of vetoed = %d, want China", subj)
	}
	lo, hi := s.Subtree(v)
	if lo != 0 || s.Form(hi) != "." && s.Form(hi) != "draft" {
		t.Errorf("subtree of the root = [%d,%d]", lo, hi)
	}
	if sp := s.Span(lo, hi); src[sp.Start:sp.End] == "" {
		t.Error("empty span")
	}
}

func TestTreebankForm(t *testing.T) {
	for in, want := range map[string]string{"“": `"`, "’": "'", "It’s": "It's", "…": "...", "word": "word"} {
		if got := treebankForm(in); got != want {
			t.Errorf("treebankForm(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestReattached(t *testing.T) {
	// "Zambia extradited Aswad": extradited hung on Aswad, Zambia its subject
	s := &Sentence{
		Words: []syntax.Word{{Form: "Zambia"}, {Form: "extradited"}, {Form: "Aswad"}},
		Tokens: []syntax.Token{
			{Head: 3, Deprel: "nsubj"}, {Head: 3, Deprel: "amod"}, {Head: 0, Deprel: "root"},
		},
	}
	s.children = [][]int{nil, nil, {0, 1}}
	tests := []struct {
		name  string
		arcs  []Arc
		heads []int // want, -1 root
		same  bool  // s returned unchanged
	}{
		{"verb made root", []Arc{{Word: 1, Head: -1, Deprel: "root"}, {Word: 2, Head: 1, Deprel: "obj"}, {Word: 0, Head: 1, Deprel: "nsubj"}}, []int{1, -1, 1}, false},
		{"cycle refused", []Arc{{Word: 1, Head: 2, Deprel: "amod"}, {Word: 2, Head: 1, Deprel: "obj"}}, []int{2, 2, -1}, true},
		{"out of range", []Arc{{Word: 5, Head: 0, Deprel: "x"}}, []int{2, 2, -1}, true},
	}
	for _, tc := range tests {
		got := s.Reattached(tc.arcs)
		if (got == s) != tc.same {
			t.Errorf("%s: returned the same sentence: %v", tc.name, got == s)
		}
		for i, h := range tc.heads {
			if got.Head(i) != h {
				t.Errorf("%s: head of %d = %d, want %d", tc.name, i, got.Head(i), h)
			}
		}
		if !tc.same && (len(got.Children(1)) != 2 || len(got.Children(2)) != 0) {
			t.Errorf("%s: children %v %v", tc.name, got.Children(1), got.Children(2))
		}
	}
	if s.Head(1) != 2 {
		t.Error("Reattached changed its receiver")
	}
	s.Tokens[1].UPOS, s.Tokens[1].Lemma = "ADJ", "extradited"
	got := s.Reattached([]Arc{{Word: 1, Head: -1, Deprel: "root", UPOS: "VERB", XPOS: "VBD", Lemma: "extradite"},
		{Word: 2, Head: 1, Deprel: "obj"}, {Word: 0, Head: 1, Deprel: "nsubj"}})
	if got.UPOS(1) != "VERB" || got.Tokens[1].XPOS != "VBD" || got.Lemma(1) != "extradite" || got.UPOS(2) != "" {
		t.Errorf("retagged: %+v", got.Tokens)
	}
	if s.UPOS(1) != "ADJ" {
		t.Error("retagging changed the receiver")
	}
}
