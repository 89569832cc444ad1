package events

import (
	"testing"

	"entente/actors"
	"entente/syntax"
	"entente/syntax/tree"
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

// TestSpanHead checks that a span's head is its first word attached
// outside it, and within compares with an inclusive word range.
func TestSpanHead(t *testing.T) {
	// "the Russian foreign ministry said": ministry (3) heads 0-2 and hangs on said (4)
	s := &tree.Sentence{Tokens: []syntax.Token{{Head: 4}, {Head: 4}, {Head: 4}, {Head: 5}, {Head: 0}}}
	for _, tc := range []struct {
		sp   span
		want int
	}{
		{span{lo: 0, hi: 4}, 3},
		{span{lo: 1, hi: 3}, 1}, // "Russian foreign": both hang outside; the first is the head
		{span{lo: 0, hi: 5}, 4}, // the root's head (-1) is outside too
		{span{lo: 2, hi: 2}, -1},
	} {
		if got := spanHead(s, tc.sp); got != tc.want {
			t.Errorf("spanHead(%d..%d) = %d, want %d", tc.sp.lo, tc.sp.hi, got, tc.want)
		}
	}
	if sp := (span{lo: 1, hi: 4}); !sp.within(1, 3) || sp.within(2, 3) || sp.within(1, 2) {
		t.Error("within: span 1..3 must lie inside 1..3 only of 1..3, 2..3, 1..2")
	}
}
