package text

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"entente/internal/seeddata"
)

// seedText is the seed article body, a realistic quote-heavy news text.
func seedText() string { return string(seeddata.Article()) }

func BenchmarkAnalyzeSeed(b *testing.B) {
	text := seedText()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Analyze(text)
	}
}

func BenchmarkTokenizeSeed(b *testing.B) {
	text := seedText()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Tokenize(text)
	}
}

// BenchmarkAnalyzePolNeAR runs the text layer over the first 200 PolNeAR
// articles of the PolNeAR training corpus in ../shared (skipped when absent).
func BenchmarkAnalyzePolNeAR(b *testing.B) {
	texts := polnearTexts(b, 200)
	var n int64
	for _, t := range texts {
		n += int64(len(t))
	}
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			Analyze(t)
		}
	}
}

func polnearTexts(b *testing.B, max int) []string {
	b.Helper()
	path := filepath.Join("..", "..", "shared", "data", "quotes", "PolNeAR", "polnear_train.jsonl")
	f, err := os.Open(path)
	if err != nil {
		b.Skipf("../shared PolNeAR corpus not present (%v): this benchmark needs the shared data folder", err)
	}
	defer f.Close()
	var texts []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() && len(texts) < max {
		var rec struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			b.Fatal(err)
		}
		texts = append(texts, rec.Text)
	}
	return texts
}
