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
