package syntax

import (
	"regexp"
	"strings"
	"testing"
)

func TestScoresString(t *testing.T) {
	s := Scores{Sentences: 2, Words: 10, UPOS: 95.314, XPOS: 94.5, Lemma: 97, UAS: 87.1, LAS: 83.525, ULAS: 84, TokensSec: 123456.4}
	lines := strings.Split(s.String(), "\n")
	last := lines[len(lines)-1]
	if want := "UPOS=95.31 UAS=87.10 LAS=83.53 tokens/s=123456"; last != want {
		t.Errorf("last line %q, want %q", last, want)
	}
}

func TestEvaluateSmall(t *testing.T) {
	m := defaultModel(t)
	sc, err := Evaluate(m, strings.NewReader(sampleCoNLLU))
	if err != nil {
		t.Fatal(err)
	}
	if sc.Sentences != 2 || sc.Words != 7 {
		t.Errorf("scored %d sentences, %d words; want 2, 7", sc.Sentences, sc.Words)
	}
	for name, v := range map[string]float64{"UPOS": sc.UPOS, "XPOS": sc.XPOS, "lemma": sc.Lemma, "UAS": sc.UAS, "LAS": sc.LAS} {
		if v < 50 || v > 100 {
			t.Errorf("%s = %.2f on a trivial sample", name, v)
		}
	}
	if !regexp.MustCompile(`\nUPOS=\d+\.\d\d UAS=\d+\.\d\d LAS=\d+\.\d\d tokens/s=\d+$`).MatchString(sc.String()) {
		t.Errorf("String() = %q", sc.String())
	}
	if _, err := Evaluate(m, strings.NewReader("1\tbroken\n")); err == nil {
		t.Error("Evaluate accepted malformed input")
	}
}

func TestLemmas(t *testing.T) {
	m := defaultModel(t)
	tests := []struct{ form, xpos, want string }{
		{"vetoed", "VBD", "veto"},
		{"accused", "VBD", "accuse"},
		{"accused", "VBN", "accuse"},
		{"said", "VBD", "say"},
		{"hosted", "VBD", "host"},
		{"blamed", "VBD", "blame"},
		{"condemned", "VBD", "condemn"},
		{"killed", "VBN", "kill"},
		{"went", "VBD", "go"},
		{"was", "VBD", "be"},
		{"countries", "NNS", "country"},
		{"Countries", "NNS", "country"},
		{"militants", "NNS", "militant"},
		{"Hamas", "NNP", "Hamas"},
		{"U.S.", "NNP", "U.S."},
		{"n't", "RB", "not"},
		{"larger", "JJR", "large"},
		{"Vetoed", "VBD", "veto"},
	}
	for _, tc := range tests {
		if got, _ := m.lem.lemma(tc.form, tc.xpos, nil); got != tc.want {
			t.Errorf("lemma(%q, %s) = %q, want %q", tc.form, tc.xpos, got, tc.want)
		}
	}
}
