package events

import (
	"testing"
	"time"

	"entente/internal/stagerun"
	"entente/internal/stagetest"
	"entente/quotes"
)

// FuzzCode codes arbitrary text and checks each event's evidence: its
// sentence and verb lie inside the text, the verb inside the sentence, the
// evidence text is the sentence's, and the codes are known.
func FuzzCode(f *testing.F) {
	for _, s := range []string{
		"Russia condemned Israel on Monday.",
		"China and Russia vetoed a resolution. Iran will not meet Egypt.",
		"Years ago, Sudan accused Chad. “France will send aid to Mali,” he said.",
		"Jordan and Britain signed a treaty; the ambassadors of Egypt and Iraq met.",
		"German aid arrived in Turkey, and Turkey threatened to expel Greek diplomats.",
	} {
		f.Add(s)
	}
	d, _ := models()
	c := testCoder()
	f.Fuzz(func(t *testing.T, raw string) {
		if !stagetest.FuzzText(raw) {
			return
		}
		l := stagerun.Analyze(raw, time.Time{})
		dis, iss := d.DiscardsAndIssues(l.Text.Tokens)
		evs := c.CodeInput(Input{ArticleID: "fuzz", Text: l.Text, Parse: l.Parse, Actors: l.Actors, Coref: l.Coref,
			Quotes: quotes.Extract("fuzz", l.Text, l.Parse, l.Coref), Discards: dis, Issues: iss})
		for _, e := range evs {
			s, v := e.Sentence, e.Verb
			if s.Start < 0 || s.End > len(raw) || s.Start > s.End || v.Start < s.Start || v.End > s.End {
				t.Fatalf("event %+v: sentence or verb outside the text (%d bytes)", e, len(raw))
			}
			if e.EvidenceText != raw[s.Start:s.End] {
				t.Fatalf("event %+v: evidence is not its sentence", e)
			}
			if _, ok := c.Table.Lookup(e.CAMEO); !ok && len(e.CAMEO) < 2 {
				t.Fatalf("event %+v: code %q", e, e.CAMEO)
			}
			if !dyad(e.Source.Code, e.Target.Code) {
				t.Fatalf("event %+v: source and target make no dyad", e)
			}
		}
	})
}
