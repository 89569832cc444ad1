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
	got := attributions(qs, src, quoteText)
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

// TestScoredUnits: PolNeAR's direct subset holds every content with double
// quote marks, and an indirect quote holding a direct quote is left to it.
func TestScoredUnits(t *testing.T) {
	src := "Lopez said the vote was “rigged” again. Lopez said the deal was “a disaster for everyone” now. Lopez said it was over."
	span := func(s string) text.Span {
		i := strings.Index(src, s)
		return text.Span{Start: i, End: i + len(s)}
	}
	q := func(s string, direct bool) quotes.Quote {
		return quotes.Quote{Span: span(s), Clause: span(s), Text: s, Direct: direct}
	}
	rigged := q("the vote was “rigged” again", false)                // a single word: only the indirect quote
	holder := q("the deal was “a disaster for everyone” now", false) // holds the direct quote below
	direct := q("a disaster for everyone", true)
	direct.Clause = holder.Span
	plain := q("it was over", false)
	qs := []quotes.Quote{rigged, holder, direct, plain}
	texts := func(u unit) []string {
		var out []string
		for _, p := range attributions(qs, src, u) {
			out = append(out, p.Text)
		}
		return out
	}
	for _, tt := range []struct {
		u    unit
		want []string
	}{
		{quoteText, []string{rigged.Text, holder.Text, direct.Text, plain.Text}},
		{polnearAll, []string{rigged.Text, holder.Text, plain.Text}},
		{polnearDirect, []string{rigged.Text, holder.Text}},
	} {
		if got := texts(tt.u); strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("unit %d: got %q, want %q", tt.u, got, tt.want)
		}
	}
}

// TestAttributionsJoinOverlap: two quotations of one clause ("called it
// “petty” and “dangerous”") are one stretch of text, not the clause twice.
func TestAttributionsJoinOverlap(t *testing.T) {
	src := "Lopez called the plan “petty” and “dangerous” on Monday."
	span := func(s string) text.Span {
		i := strings.Index(src, s)
		return text.Span{Start: i, End: i + len(s)}
	}
	called := &quotes.Cue{Span: span("called"), Text: "called"}
	q := func(s, clause string) quotes.Quote {
		return quotes.Quote{Span: span(s), Clause: span(clause), Text: s, Direct: true, Cue: called, Speaker: quotes.Speaker{Name: "Lopez"}}
	}
	qs := []quotes.Quote{q("petty", "the plan “petty”"), q("dangerous", "the plan “petty” and “dangerous”")}
	got := attributions(qs, src, polnearDirect)
	if len(got) != 1 || got[0].Text != "the plan “petty” and “dangerous”" {
		t.Errorf("got %+v, want one attribution on the clause", got)
	}
}
