package events

import (
	"sync"
	"testing"

	"entente/actors"
	"entente/actors/coref"
	"entente/article"
	"entente/internal/stagerun"
	"entente/internal/stagetest"
	"entente/quotes"
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
	l := stagerun.Run(t, raw, date)
	return layers{art: l.Article, td: l.Text, pd: l.Parse, acts: l.Actors, cd: l.Coref,
		qs: quotes.Extract(l.Article.ID, l.Text, l.Parse, l.Coref)}
}

func codeText(t testing.TB, raw, date string) ([]Event, layers) {
	t.Helper()
	l := runLayers(t, raw, date)
	return testCoder().Code(l.art.ID, date, l.td, l.pd, l.acts, l.cd, l.qs), l
}
