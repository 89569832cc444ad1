package quotes

import (
	"testing"
	"time"

	"entente/actors/coref"
	"entente/article"
	"entente/internal/stagetest"
	"entente/source"
	"entente/syntax/tree"
	"entente/text"
)

// models loads the embedded dictionary and syntax model once.
var models = stagetest.Models

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
