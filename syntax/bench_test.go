package syntax

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchSentences returns the word lists of the EWT test set when the shared
// treebank is present, and a small built-in news sample otherwise.
func benchSentences(b testing.TB) [][]string {
	if f, err := os.Open(filepath.Join(treebankDir, "en_ewt-ud-test.conllu")); err == nil {
		defer f.Close()
		sents, err := ReadCoNLLU(f)
		if err != nil {
			b.Fatal(err)
		}
		out := make([][]string, len(sents))
		for i, s := range sents {
			out[i] = s.Forms()
		}
		return out
	}
	var out [][]string
	for _, s := range []string{
		"China and Russia vetoed an American - proposed resolution in the U.N. Security Council to condemn Hamas last week while avoiding naming the terrorist organization .",
		"Wang Yi said Israel 's response went beyond the scope of self - defense .",
		"Russia hosted a Hamas delegation in Moscow .",
		"Putin blamed the United States for the failure of its policy in the Middle East .",
		"The ministry said on Tuesday that talks with the rebels would resume next month in Geneva , despite fresh clashes near the border .",
		"Protesters gathered outside the embassy , demanding the release of the detained journalists .",
	} {
		out = append(out, strings.Fields(s))
	}
	return out
}

// BenchmarkTagParse measures tagging, lemmatisation and parsing together on
// one goroutine; the tokens/s metric is the throughput in words.
func BenchmarkTagParse(b *testing.B) {
	m := defaultModel(b)
	sents := benchSentences(b)
	words := 0
	for _, s := range sents {
		words += len(s)
	}
	var out Sentence
	b.ReportAllocs()
	b.ResetTimer()
	total := 0
	for b.Loop() {
		for _, s := range sents {
			m.ParseTo(&out, s)
		}
		total += words
	}
	b.ReportMetric(float64(total)/b.Elapsed().Seconds(), "tokens/s")
}
