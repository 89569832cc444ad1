package events

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"entente/internal/seeddata"
)

// triple renders an event as "SRC>TGT:code" with country parts only.
func triple(e Event) string {
	return e.Source.Code[:3] + ">" + e.Target.Code[:3] + ":" + e.CAMEO
}

func TestCodeSentences(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // "SRC>TGT:root" (root = first two digits of the code)
		notWant    []string // events that must not be coded
		none       bool
	}{
		{name: "simple", text: "Russia accused the United States of hypocrisy.", want: []string{"RUS>USA:11"}},
		{name: "compound subject", text: "China and Russia condemned Israel on Monday.", want: []string{"CHN>ISR:11", "RUS>ISR:11"}},
		{name: "passive", text: "Israel was attacked by Iran on Sunday.", want: []string{"IRN>ISR:19"}},
		{name: "obl target", text: "Israel sent humanitarian aid to Ukraine.", want: []string{"ISR>UKR:07"}},
		{name: "negation", text: "Russia did not condemn Israel.", none: true},
		{name: "refused", text: "Iran refused to meet Israel.", none: true},
		{name: "same country", text: "Russia criticized Moscow.", none: true},
		{name: "future is intent", text: "France will send military aid to Ukraine.", want: []string{"FRA>UKR:03"}},
		{name: "negated cooperation is rejection", text: "Egypt will not meet Iran.", want: []string{"EGY>IRN:12"}},
		{name: "refusal carries the complement", text: "Turkey refused to meet Greece on Monday.", want: []string{"TUR>GRC:12"}},
		{name: "threat to act", text: "Iran threatened to attack Israel.", want: []string{"IRN>ISR:13"}},
		{name: "hoped-for deed", text: "Ukraine hopes that Germany sends weapons to Kyiv.", notWant: []string{"DEU>UKR:07"}},
		{name: "conditional", text: "Iran will strike Israel if Israel attacks Lebanon.", want: []string{"IRN>ISR:13"}, notWant: []string{"ISR>LBN:19"}},
		{name: "purpose infinitive", text: "Japan proposed a resolution to condemn Russia.", none: true},
		{name: "reciprocal compound subject", text: "Jordan and Britain signed a defence treaty on Monday.", want: []string{"JOR>GBR:06", "GBR>JOR:06"}},
		{name: "domestic", text: "The Sudanese government accused Sudanese rebels of attacks.", want: []string{"SDN>SDN:11"}},
		{name: "aid arriving", text: "German aid arrived in Turkey on Monday.", want: []string{"DEU>TUR:07"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			evs, _ := codeText(t, tc.text, "2023-10-31")
			var got []string
			for _, e := range evs {
				got = append(got, e.Source.Code[:3]+">"+e.Target.Code[:3]+":"+e.CAMEORoot)
			}
			if tc.none {
				for _, e := range evs {
					if e.CAMEORoot != "12" { // a refusal may itself be coded
						t.Errorf("%q: unexpected event %s", tc.text, triple(e))
					}
				}
				return
			}
			for _, w := range tc.notWant {
				for _, g := range got {
					if g == w {
						t.Errorf("%q: unexpected %s", tc.text, w)
					}
				}
			}
			for _, w := range tc.want {
				found := false
				for _, g := range got {
					found = found || g == w
				}
				if !found {
					t.Errorf("%q: want %s, got %v", tc.text, w, got)
				}
			}
		})
	}
}

func TestEventFields(t *testing.T) {
	raw := "Russia accused the United States of hypocrisy. Russia accused the United States of hypocrisy."
	evs, l := codeText(t, raw, "2023-10-31")
	if len(evs) != 1 {
		t.Fatalf("want 1 event (repeated sentence deduplicated), got %d: %+v", len(evs), evs)
	}
	e := evs[0]
	if e.CAMEORoot != "11" || e.QuadClass != 3 || e.Goldstein >= 0 || e.Plover.Type != "ACCUSE" {
		t.Errorf("fields: %+v", e)
	}
	if e.EvidenceText != l.td.Text[e.Sentence.Start:e.Sentence.End] || !strings.HasPrefix(e.EvidenceText, "Russia accused") {
		t.Errorf("evidence %q sentence %+v", e.EvidenceText, e.Sentence)
	}
	if e.Confidence < 0.5 || e.Confidence > 0.95 || e.Date != "2023-10-31" || e.ArticleID == "" || e.ID == "" {
		t.Errorf("fields: %+v", e)
	}
	b, err := json.Marshal(e)
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{`"id"`, `"article_id"`, `"date"`, `"source":{"name"`, `"code":"RUS"`, `"target"`, `"cameo"`,
		`"cameo_root":"11"`, `"plover":{"type"`, `"mode"`, `"goldstein"`, `"quad_class":3`, `"sentence":{"start"`,
		`"evidence_text"`, `"confidence"`} {
		if !strings.Contains(string(b), k) {
			t.Errorf("JSON lacks %s: %s", k, b)
		}
	}
}

func TestScoreEvents(t *testing.T) {
	gold := []GoldEvent{
		{Source: "RUS", Target: "USA", Roots: []string{"11"}, Evidence: "Putin blamed"},
		{Source: "CHN", Target: "USA", Roots: []string{"12"}, Evidence: "vetoed", TargetAlias: []string{"IGO"}},
		{Source: "CHN", Target: "ISR", Roots: []string{"11"}, Evidence: "said", Optional: true},
		{Source: "ISR", Target: "CHN", Roots: []string{"06"}, Evidence: "deepened ties"},
	}
	ev := func(src, tgt, root, sent string) Event {
		return Event{Source: Actor{Code: src}, Target: Actor{Code: tgt}, CAMEORoot: root, EvidenceText: sent}
	}
	pred := []Event{
		ev("RUSGOV", "USA", "11", "Then Putin  blamed the U.S."),   // tp (white space folded)
		ev("RUSGOV", "USA", "11", "Then Putin blamed the U.S."),    // duplicate: fp
		ev("CHN", "IGOUNO", "12", "China vetoed it."),              // tp by alias
		ev("CHNGOV", "ISR", "11", "Wang said so."),                 // optional: neither
		ev("ISR", "CHN", "04", "Israel deepened ties with China."), // wrong root: fp
	}
	tp, fp, fn := ScoreEvents(gold, pred)
	if tp != 2 || fp != 2 || fn != 1 {
		t.Errorf("tp %d fp %d fn %d, want 2 2 1", tp, fp, fn)
	}
	if !evidenceOverlaps("He said it. Then more words", "Then more words follow") {
		t.Error("overlap across the sentence end not seen")
	}
	if _, err := LoadGold(seeddata.GoldJSON()); err != nil {
		t.Fatal(err)
	}
}

// TestDiscardsAndIssues: a discard phrase drops its sentence ("years ago")
// or, with a story discard, the whole article; issue phrases label the
// events of their sentence.
func TestDiscardsAndIssues(t *testing.T) {
	d, _ := models()
	code := func(raw string) []Event {
		l := runLayers(t, raw, "2023-10-31")
		return testCoder().CodeInput(Input{ArticleID: l.art.ID, Date: "2023-10-31", Text: l.td, Parse: l.pd,
			Actors: l.acts, Coref: l.cd, Quotes: l.qs, Discards: d.Discards(l.td.Tokens), Issues: d.Issues(l.td.Tokens)})
	}
	evs := code("Egypt accused Libya of new attacks on Monday.\n\nYears ago, Sudan accused Chad of attacks in the desert.")
	if len(evs) != 1 || evs[0].Source.Code[:3] != "EGY" {
		t.Errorf("sentence discard: got %v, want only EGY→LBY", evs)
	}
	if evs := code("Egypt accused Libya of new attacks on Monday.\n\nManchester United fans cheered in Cairo."); len(evs) != 0 {
		t.Errorf("story discard: got %d events, want none", len(evs))
	}
	evs = code("Russia criticized Iran over its nuclear power plants on Monday.")
	if len(evs) == 0 || !slices.Contains(evs[0].Issues, "NUCLEAR_ENERGY") {
		t.Errorf("issues: got %+v, want NUCLEAR_ENERGY on the event", evs)
	}
}
