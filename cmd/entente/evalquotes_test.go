package main

import (
	"testing"

	"entente/quotes"
	"entente/text"
)

// TestAttributions: quotes that share a cue are one PolNeAR attribution.
func TestAttributions(t *testing.T) {
	src := "“We will win,” she said. “And we will govern.” “Never,” he replied."
	said := &quotes.Cue{Span: text.Span{Start: 17, End: 21}, Text: "said"}
	replied := &quotes.Cue{Span: text.Span{Start: 60, End: 67}, Text: "replied"}
	qs := []quotes.Quote{
		{Text: "We will win,", Direct: true, Cue: said, Speaker: quotes.Speaker{Name: "Ana"}},
		{Text: "And we will govern.", Direct: true, Cue: said, Speaker: quotes.Speaker{Name: "Ana"}},
		{Text: "Never,", Direct: true, Cue: replied, Speaker: quotes.Speaker{Name: "Ben"}},
		{Text: "Not now.", Direct: true, Speaker: quotes.Speaker{Name: "Ben"}, Floating: true},
	}
	got := attributions(qs, src, false)
	want := []string{"We will win, And we will govern.", "Never,", "Not now."}
	if len(got) != len(want) {
		t.Fatalf("got %d attributions %+v, want %d", len(got), got, len(want))
	}
	for i, w := range want {
		if got[i].Text != w {
			t.Errorf("attribution %d = %q, want %q", i, got[i].Text, w)
		}
	}
}
