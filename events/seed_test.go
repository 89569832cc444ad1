package events

import (
	"testing"

	"entente/internal/seeddata"
)

// seedF1Floor is a little below the F1 the coder reaches on the seed article.
const seedF1Floor = 0.70

func TestSeedEvents(t *testing.T) {
	gold, err := LoadGold(seeddata.GoldJSON())
	if err != nil {
		t.Fatal(err)
	}
	pred, _ := codeText(t, string(seeddata.Article()), "2023-10-31")
	r := Score(gold, pred)
	for i, g := range gold {
		if r.GoldMatch[i] < 0 && !g.Optional {
			t.Logf("miss: %s→%s %v %q", g.Source, g.Target, g.Roots, g.Evidence)
		}
	}
	for j, p := range pred {
		tag := "hit"
		if r.PredMatch[j] < 0 {
			tag = "FALSE"
		} else if gold[r.PredMatch[j]].Optional {
			tag = "opt"
		}
		t.Logf("%-5s %s→%s %s (%.2f) %q", tag, p.Source.Code, p.Target.Code, p.CAMEO, p.Confidence, p.EvidenceText)
	}
	t.Logf("seed events: tp %d fp %d fn %d  P %.3f R %.3f F1 %.3f", r.TP, r.FP, r.FN, r.Precision(), r.Recall(), r.F1())
	if r.F1() < seedF1Floor {
		t.Errorf("F1 %.3f below floor %.3f", r.F1(), seedF1Floor)
	}
}

func BenchmarkCode(b *testing.B) {
	l := runLayers(b, string(seeddata.Article()), "2023-10-31")
	c := testCoder()
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		c.Code(l.art.ID, "2023-10-31", l.td, l.pd, l.acts, l.cd, l.qs)
	}
}

// TestCodeConcurrent codes the seed article from several goroutines at once
// (run with -race) and checks that they agree.
func TestCodeConcurrent(t *testing.T) {
	l := runLayers(t, string(seeddata.Article()), "2023-10-31")
	c := testCoder()
	want := len(c.Code(l.art.ID, "2023-10-31", l.td, l.pd, l.acts, l.cd, l.qs))
	errs := make(chan int, 4)
	for range 4 {
		go func() { errs <- len(c.Code(l.art.ID, "2023-10-31", l.td, l.pd, l.acts, l.cd, l.qs)) }()
	}
	for range 4 {
		if n := <-errs; n != want {
			t.Errorf("concurrent run gave %d events, want %d", n, want)
		}
	}
}
