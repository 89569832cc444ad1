package evaluate

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestScoreQuotes(t *testing.T) {
	gold := []GoldQuote{
		{Text: "“We respond in the diplomatic world,”", Speaker: "a diplomatic source", Direct: true},
		{Text: "Russia wants less American influence", Speaker: "Ksenia Svetlova", Direct: true, Occurrences: 2},
		{Text: "rejects", Speaker: "Ksenia Svetlova", Direct: true, Optional: true},
		{Text: "Israel views with severity the lack of condemnation", Speaker: "Simona Halperin"},
	}
	pred := []PredQuote{
		{Text: "We respond in the diplomatic world", Speaker: "A Diplomatic Source", Direct: true},
		{Text: "Russia wants less American influence", Speaker: "Svetlova", Direct: true},
		{Text: "Russia wants less American influence", Speaker: "Svetlova", Direct: true}, // duplicate
		{Text: "rejects", Speaker: "Svetlova", Direct: true},                              // optional: neither way
		{Text: "something never said at all", Speaker: "Putin"},
	}
	s := ScoreQuotes(gold, pred, SeedSpeakerOK)
	if s.TP != 2 || s.FP != 2 || s.FN != 1 || s.SpeakerOK != 2 {
		t.Errorf("score = %+v, want tp 2 fp 2 fn 1 speaker 2", s)
	}
	if s.Direct.TP != 2 || s.Indirect.FN != 1 || s.Direct.FP != 1 || s.Indirect.FP != 1 {
		t.Errorf("breakdown = %+v / %+v", s.Direct, s.Indirect)
	}
	report := s.Report()
	if !strings.HasSuffix(report, "who-said-what P=0.500 R=0.667 F1=0.571") {
		t.Errorf("report ends %q", report[strings.LastIndex(report, "\n")+1:])
	}
}

func TestSeedSpeakerOK(t *testing.T) {
	tests := []struct {
		gold GoldQuote
		pred string
		want bool
	}{
		{GoldQuote{Speaker: "Wang Yi"}, "wang yi", true},
		{GoldQuote{Speaker: "Wang Yi"}, "Yi", true},
		{GoldQuote{Speaker: "Wang Yi"}, "Wang", false},
		{GoldQuote{Speaker: "Chinese Foreign Ministry", SpeakerAlias: []string{"Beijing"}}, "Beijing", true},
		{GoldQuote{Speaker: "a diplomatic source"}, "source", false},
		{GoldQuote{Speaker: "Simona Halperin"}, "Simóna Halperin", true},
		{GoldQuote{Speaker: "Simona Halperin"}, "", false},
	}
	for _, tt := range tests {
		if got := SeedSpeakerOK(tt.gold, PredQuote{Speaker: tt.pred}); got != tt.want {
			t.Errorf("SeedSpeakerOK(%q, %q) = %v, want %v", tt.gold.Speaker, tt.pred, got, tt.want)
		}
	}
}

func TestPolNeARSpeakerOK(t *testing.T) {
	tests := []struct {
		gold, mention, name string
		want                bool
	}{
		{"he", "he", "Ted Cruz", true},
		{"Cruz", "Cruz", "Ted Cruz", true},
		{"Sen. Ted Cruz (R-TX)", "Cruz", "Ted Cruz", true},
		{"the Washington Post", "The Washington Post", "Washington Post", true},
		{"she", "he", "Ted Cruz", false},
		{"Clinton", "Trump", "Donald Trump", false},
	}
	for _, tt := range tests {
		if got := PolNeARSpeakerOK(GoldQuote{Speaker: tt.gold}, PredQuote{SpeakerMention: tt.mention, Speaker: tt.name}); got != tt.want {
			t.Errorf("PolNeARSpeakerOK(%q, %q/%q) = %v, want %v", tt.gold, tt.mention, tt.name, got, tt.want)
		}
	}
}

func TestReadPolNeAR(t *testing.T) {
	path := filepath.Join("..", "..", "shared", "data", "quotes", "PolNeAR", "polnear_dev.jsonl")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("../shared PolNeAR not present (%v)", err)
	}
	defer f.Close()
	arts, err := ReadPolNeAR(path, f)
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 84 {
		t.Errorf("dev has %d distinct articles, want 84", len(arts))
	}
	direct, all := 0, 0
	for _, a := range arts {
		all += len(a.Quotes)
		direct += len(DirectOnly(a.Quotes))
	}
	if direct == 0 || direct >= all {
		t.Errorf("direct %d of %d attributions: implausible", direct, all)
	}
	t.Logf("PolNeAR dev: %d articles, %d attributions, %d with quote marks", len(arts), all, direct)
	if _, err := ReadPolNeAR("bad", strings.NewReader("{\"id\":1}")); err == nil || !strings.Contains(err.Error(), "bad:1") {
		t.Errorf("malformed record: err = %v", err)
	}
}
