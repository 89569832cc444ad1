package quotes

import (
	"testing"

	"entente/internal/seeddata"
	"entente/internal/stagerun"
)

// BenchmarkExtract extracts the quotes of the seed article from its layers
// (text, parse, actors, coreference computed once).
func BenchmarkExtract(b *testing.B) {
	l := stagerun.Run(b, string(seeddata.Article()), "2023-10-31")
	b.SetBytes(int64(len(l.Article.Text)))
	b.ReportAllocs()
	for b.Loop() {
		Extract(l.Article.ID, l.Text, l.Parse, l.Coref)
	}
}
