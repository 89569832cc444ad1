package quotes

import (
	"testing"
	"time"

	"entente/internal/stagerun"
	"entente/internal/stagetest"
	"entente/text"
)

// FuzzExtract runs the text layer, the parser, coreference and quote
// extraction over arbitrary text and checks that every span a quote carries
// lies inside the text and that a quote's clause holds its quotation.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"“We will win,” she said.",
		"Voters speak\n\n“Prices went up.” ― Ana Silva\n“Not again.” — ",
		"The minister said the talks were “going nowhere” for now, but the envoy disagreed.",
		"“A,” he said. “B.” ― \u00a0",
		"”Open with a right mark.” ― X.",
		"\"unclosed ― Name",
		"a “b” c, d said; “e” — F G H I J K L",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		if !stagetest.FuzzText(raw) {
			return
		}
		l := stagerun.Analyze(raw, time.Time{})
		qs := Extract("fuzz", l.Text, l.Parse, l.Coref)
		in := func(sp text.Span) bool { return 0 <= sp.Start && sp.Start <= sp.End && sp.End <= len(raw) }
		for _, q := range qs {
			if !in(q.Span) || !in(q.Clause) {
				t.Fatalf("quote %+v: span or clause outside the text (%d bytes)", q, len(raw))
			}
			if q.Clause.Start > q.Span.Start || q.Clause.End < q.Span.End {
				t.Fatalf("quote %q: clause %v does not hold span %v", q.Text, q.Clause, q.Span)
			}
			if q.SpeakerMention != nil && !in(q.SpeakerMention.Span) {
				t.Fatalf("quote %q: speaker mention %+v outside the text", q.Text, q.SpeakerMention)
			}
			if q.Cue != nil && !in(q.Cue.Span) {
				t.Fatalf("quote %q: cue %+v outside the text", q.Text, q.Cue)
			}
		}
	})
}
