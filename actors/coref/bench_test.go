package coref

import (
	"testing"
	"time"

	"entente/article"
	"entente/internal/seeddata"
	"entente/source"
	"entente/syntax/tree"
	"entente/text"
)

// BenchmarkBuild links the mentions of the seed article (text, parse and
// actor mentions computed once).
func BenchmarkBuild(b *testing.B) {
	a, err := article.Extract(source.Document{Name: "seed", Data: seeddata.Article()}, article.Options{DefaultDate: "2023-10-31"})
	if err != nil {
		b.Fatal(err)
	}
	day, err := time.Parse("2006-01-02", a.Published)
	if err != nil {
		b.Fatal(err)
	}
	d, m := models()
	td := text.Analyze(a.Text)
	pd := tree.Parse(m, td)
	acts := d.NewResolver(day).Resolve(a.Text, td.Tokens)
	b.SetBytes(int64(len(a.Text)))
	b.ReportAllocs()
	for b.Loop() {
		Build(td, pd, acts)
	}
}
