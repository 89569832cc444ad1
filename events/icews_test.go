package events

import (
	"os"
	"testing"

	"entente/events/petrtest"
	"entente/events/verbdict"
)

// icewsRootFloor is a little below the measured count of two-actor examples
// coded with their root (152 of 206).
const icewsRootFloor = 151

// TestICEWSExamples codes the CAMEO-manual example sentences (one per code,
// real actor names, the manual's "Note:" commentary cut off) and reports the
// issue's measure: of the examples whose sentence names actors of two
// countries, how many yield an event of the example's root. It skips when the
// shared data are absent and fails when that count drops.
func TestICEWSExamples(t *testing.T) {
	f, err := os.Open("../../shared/data/eventdata/icews/cameo-codes.csv")
	if err != nil {
		t.Skip("shared event data not available:", err)
	}
	defer f.Close()
	codes, err := petrtest.ReadICEWSCodes(f)
	if err != nil {
		t.Fatal(err)
	}
	var n, dyadic, coded, rootOK, ceiling int
	for _, c := range codes {
		lead := c.Lead()
		if lead == "" {
			continue
		}
		n++
		evs, l := codeText(t, lead, "2010-01-01")
		if !NamesTwoCountries(SentenceActors(l.td, l.pd, l.acts, l.cd)) {
			continue
		}
		dyadic++
		if anyVerbHasRoot(l, c.Root) {
			ceiling++
		}
		if len(evs) > 0 {
			coded++
		}
		ok := false
		for _, e := range evs {
			ok = ok || e.CAMEORoot == c.Root
		}
		if ok {
			rootOK++
		} else if testing.Verbose() && anyVerbHasRoot(l, c.Root) {
			got := "none"
			if len(evs) > 0 {
				got = evs[0].Source.Code + "→" + evs[0].Target.Code + " " + evs[0].CAMEO
			}
			t.Logf("%s: got %s for %q", c.Code, got, lead)
		}
	}
	t.Logf("ICEWS examples: %d sentences, %d name two actors, %d of those coded, %d with the example's root (%.3f); "+
		"a verb of the example's root is in the dictionary match of %d (%.3f, the ceiling for this dictionary and parse)",
		n, dyadic, coded, rootOK, float64(rootOK)/float64(max(dyadic, 1)), ceiling, float64(ceiling)/float64(max(dyadic, 1)))
	if rootOK < icewsRootFloor {
		t.Errorf("only %d examples coded with their root", rootOK)
	}
}

// anyVerbHasRoot reports whether some verb of the text, matched against the
// dictionary with its sentence's actors, has a code (active, or its future,
// negated or passive form) of the given root, whatever the actors.
func anyVerbHasRoot(l layers, root string) bool {
	c := testCoder()
	for si := range l.pd.Sentences {
		s := c.repaired(&l.pd.Sentences[si]) // as the coder reads it
		if s.Index < 0 || s.Index >= len(l.td.Sentences) {
			continue
		}
		spans := sentenceActors(s, l.td.Sentences[s.Index].Span, byStart(l.acts), l.cd, false)
		toks, qs := matcherInput(s, spans)
		for v := 0; v < s.Len(); v++ {
			if s.UPOS(v) != "VERB" {
				continue
			}
			passive, _ := subjects(s, v)
			m, ok := c.Dict.Match(verbdict.Query{Tokens: toks, Verb: v, Actors: qs, Passive: passive}, c.Options)
			if !ok {
				continue
			}
			for _, code := range []string{m.Code.Active, m.Code.Passive, intentCode(m.Code.Active), rejectCode(m.Code.Active)} {
				if len(code) >= 2 && code[:2] == root {
					return true
				}
			}
		}
	}
	return false
}
