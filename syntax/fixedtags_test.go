package syntax

import (
	"strings"
	"testing"
)

func TestParseFixed(t *testing.T) {
	m := defaultModel(t)
	words := strings.Fields("Sam has begun to question whether he has a future with them .")
	tests := []struct {
		name    string
		fixed   []FixedTag
		wantErr string
	}{
		{"verb reading", []FixedTag{{3, "PART", "TO"}, {4, "VERB", "VB"}}, ""},
		{"word out of range", []FixedTag{{len(words), "VERB", "VB"}}, "word 13 of a 13-word sentence"},
		{"negative word", []FixedTag{{-1, "VERB", "VB"}}, "word -1"},
		{"unknown tag", []FixedTag{{4, "VERB", "XX"}}, "VERB/XX"},
	}
	for _, tc := range tests {
		got, err := m.ParseFixed(words, tc.fixed)
		if tc.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("%s: error %v, want one naming %q", tc.name, err, tc.wantErr)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		for _, f := range tc.fixed {
			if tk := got.Tokens[f.Word]; tk.UPOS != f.UPOS || tk.XPOS != f.XPOS {
				t.Errorf("%s: word %q tagged %s/%s, want %s/%s", tc.name, tk.Form, tk.UPOS, tk.XPOS, f.UPOS, f.XPOS)
			}
		}
		if q := got.Tokens[4]; q.Lemma != "question" || q.Head != 3 || q.Deprel != "xcomp" {
			t.Errorf("%s: %q is %s of word %d, lemma %q; want xcomp of begun", tc.name, q.Form, q.Deprel, q.Head, q.Lemma)
		}
	}
}

func TestParseFixedEmpty(t *testing.T) {
	s, err := defaultModel(t).ParseFixed(nil, nil)
	if err != nil || len(s.Tokens) != 0 {
		t.Errorf("ParseFixed(nil) = %v, %v; want an empty sentence", s, err)
	}
}
