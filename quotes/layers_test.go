package quotes

import (
	"context"
	"os"
	"sync"
	"testing"
	"time"

	"entente/actors"
	"entente/actors/coref"
	"entente/article"
	"entente/source"
	"entente/syntax"
	"entente/syntax/tree"
	"entente/text"
)

// models loads the embedded dictionaries and syntax model once for the tests.
var models = sync.OnceValues(func() (*actors.Dictionary, *syntax.Model) {
	d, err := actors.Load(context.Background(), nil)
	if err != nil {
		panic(err)
	}
	// ENTENTE_SYNTAX_MODEL lets a developer try a freshly trained model.
	load := syntax.LoadDefault
	if path := os.Getenv("ENTENTE_SYNTAX_MODEL"); path != "" {
		load = func() (*syntax.Model, error) { return syntax.LoadFile(path) }
	}
	m, err := load()
	if err != nil {
		panic(err)
	}
	return d, m
})

// extractFrom runs the stages before quotes over raw text and extracts quotes.
func extractFrom(t testing.TB, raw, date string) ([]Quote, *article.Article) {
	t.Helper()
	a, err := article.Extract(source.Document{Name: "test", Data: []byte(raw)}, article.Options{DefaultDate: date})
	if err != nil {
		t.Fatal(err)
	}
	d, m := models()
	td := text.Analyze(a.Text)
	day, _ := time.Parse("2006-01-02", a.Published)
	acts := d.NewResolver(day).Resolve(a.Text, td.Tokens)
	pd := tree.Parse(m, td)
	return Extract(a.ID, td, pd, coref.Build(td, pd, acts)), a
}
