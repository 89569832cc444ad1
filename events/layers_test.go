package events

import (
	"sync"
	"testing"
	"time"

	"entente/actors"
	"entente/actors/coref"
	"entente/article"
	"entente/internal/stagetest"
	"entente/quotes"
	"entente/source"
	"entente/syntax/tree"
	"entente/text"
)

// models loads the embedded dictionary and syntax model once.
var models = stagetest.Models

var testCoder = sync.OnceValue(func() *Coder {
	c, err := NewCoder()
	if err != nil {
		panic(err)
	}
	return c
})

// layers is the output of the stages before events for one text.
type layers struct {
	art  *article.Article
	td   *text.Doc
	pd   *tree.Doc
	acts []actors.Mention
	cd   *coref.Doc
	qs   []quotes.Quote
}

func runLayers(t testing.TB, raw, date string) layers {
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
	cd := coref.Build(td, pd, acts)
	return layers{art: a, td: td, pd: pd, acts: acts, cd: cd, qs: quotes.Extract(a.ID, td, pd, cd)}
}

func codeText(t testing.TB, raw, date string) ([]Event, layers) {
	t.Helper()
	l := runLayers(t, raw, date)
	return testCoder().Code(l.art.ID, date, l.td, l.pd, l.acts, l.cd, l.qs), l
}
