package syntax

import (
	"strings"
	"testing"
)

func TestTop2(t *testing.T) {
	tests := []struct {
		scores       []int32
		best, second int
	}{
		{[]int32{1, 2}, 1, 0},
		{[]int32{2, 1}, 0, 1},
		{[]int32{5, 5, 1}, 0, 1}, // ties: the first wins
		{[]int32{1, 3, 7, 2}, 2, 1},
		{[]int32{-4, -1, -3, -2}, 1, 3},
		{[]int32{0, 9, 0, 9}, 1, 3},
	}
	for _, tc := range tests {
		b, s := top2(tc.scores)
		if b != tc.best || s != tc.second {
			t.Errorf("top2(%v) = %d, %d; want %d, %d", tc.scores, b, s, tc.best, tc.second)
		}
	}
}

// TestToLookahead checks that "to" is tagged together with the next word:
// an infinitive marker before a verb, a preposition before a noun phrase.
func TestToLookahead(t *testing.T) {
	m := defaultModel(t)
	tests := []struct {
		text      string
		toUPOS    string
		nextUPOS  string
		nextIndex int
	}{
		{"China urged Israel to exercise restraint .", "PART", "VERB", 4},
		{"Russia asked Ukraine to halt attacks on civilians .", "PART", "VERB", 4},
		{"The minister went to the border .", "ADP", "DET", 4},
		{"Aid was sent to Gaza .", "ADP", "PROPN", 4},
	}
	for _, tc := range tests {
		s := m.Parse(strings.Fields(tc.text))
		to := findWord(s, "to")
		if to < 0 {
			t.Fatalf("%q: no \"to\"", tc.text)
		}
		if got := s.Tokens[to].UPOS; got != tc.toUPOS {
			t.Errorf("%q: to/%s, want %s", tc.text, got, tc.toUPOS)
		}
		if got := s.Tokens[tc.nextIndex].UPOS; got != tc.nextUPOS {
			t.Errorf("%q: %s/%s, want %s", tc.text, s.Tokens[tc.nextIndex].Form, got, tc.nextUPOS)
		}
	}
}
