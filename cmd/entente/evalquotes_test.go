package main

import (
	"strings"
	"testing"

	"entente/quotes"
	"entente/text"
)

// TestAttributions: quotes that share a cue, or continue the quote before
// them in its paragraph, are one PolNeAR attribution.
func TestAttributions(t *testing.T) {
	src := "“We will win,” she said. “And we will govern.” “Never,” he replied. “Not now.”\n\n“Later, maybe.”"
	span := func(s string) text.Span {
		i := strings.Index(src, s)
		return text.Span{Start: i, End: i + len(s)}
	}
	said := &quotes.Cue{Span: span("said"), Text: "said"}
	replied := &quotes.Cue{Span: span("replied"), Text: "replied"}
	q := func(s string, cue *quotes.Cue, speaker string) quotes.Quote {
		return quotes.Quote{Span: span(s), Text: s, Direct: true, Cue: cue, Speaker: quotes.Speaker{Name: speaker}, Floating: cue == nil}
	}
	qs := []quotes.Quote{
		q("We will win,", said, "Ana"),
		q("And we will govern.", said, "Ana"),
		q("Never,", replied, "Ben"),
		q("Not now.", nil, "Ben"),
		q("Later, maybe.", nil, "Ben"), // a new paragraph: an attribution of its own
	}
	got := attributions(qs, src, false)
	want := []string{"We will win, And we will govern.", "Never, Not now.", "Later, maybe."}
	if len(got) != len(want) {
		t.Fatalf("got %d attributions %+v, want %d", len(got), got, len(want))
	}
	for i, w := range want {
		if got[i].Text != w {
			t.Errorf("attribution %d = %q, want %q", i, got[i].Text, w)
		}
	}
}
