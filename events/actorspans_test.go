package events

import (
	"testing"

	"entente/actors"
	"entente/text"
)

// TestInSentence checks that the mentions of a sentence are found by their
// start offsets in a sorted list, and that an unsorted list is sorted first.
func TestInSentence(t *testing.T) {
	ms := []actors.Mention{{Start: 30, End: 35}, {Start: 2, End: 8}, {Start: 12, End: 20}, {Start: 20, End: 22}, {Start: 9, End: 11}}
	sorted := byStart(ms)
	if &sorted[0] == &ms[0] {
		t.Fatal("byStart sorted the caller's slice in place")
	}
	start := func(m actors.Mention) int { return m.Start }
	for _, tc := range []struct {
		sent text.Span
		want []int // start offsets
	}{
		{text.Span{Start: 0, End: 10}, []int{2, 9}},
		{text.Span{Start: 10, End: 21}, []int{12, 20}},
		{text.Span{Start: 22, End: 30}, nil},
		{text.Span{Start: 30, End: 40}, []int{30}},
	} {
		got := inSentence(sorted, tc.sent, start)
		if len(got) != len(tc.want) {
			t.Errorf("%v: got %v, want starts %v", tc.sent, got, tc.want)
			continue
		}
		for i, m := range got {
			if m.Start != tc.want[i] {
				t.Errorf("%v: got %v, want starts %v", tc.sent, got, tc.want)
			}
		}
	}
	if again := byStart(sorted); &again[0] != &sorted[0] {
		t.Error("byStart copied a sorted slice")
	}
}
