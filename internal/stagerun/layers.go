// Package stagerun runs the stages before quotes over a text for the tests
// of the later stages, with the models of package stagetest. (It is apart
// from stagetest because coreference's own tests use stagetest.)
package stagerun

import (
	"testing"
	"time"

	"entente/actors"
	"entente/actors/coref"
	"entente/article"
	"entente/internal/stagetest"
	"entente/source"
	"entente/syntax/tree"
	"entente/text"
)

// Layers is the output of the stages before quotes for one text.
type Layers struct {
	Article *article.Article // nil after Analyze
	Text    *text.Doc
	Parse   *tree.Doc
	Actors  []actors.Mention
	Coref   *coref.Doc
}

// Analyze runs the text layer, the parser, the actor resolver (dated day;
// the zero time for undated) and coreference over raw text, as the pipeline
// does after the article stage.
func Analyze(raw string, day time.Time) Layers {
	d, m := stagetest.Models()
	td := text.Analyze(raw)
	pd := tree.Parse(m, td)
	acts := d.NewResolver(day).Resolve(raw, td.StoryTokens())
	return Layers{Text: td, Parse: pd, Actors: acts, Coref: coref.Build(td, pd, acts)}
}

// Run extracts the article from raw text (date is the default publication
// date, YYYY-MM-DD) and analyzes it; an extraction error fails t.
func Run(t testing.TB, raw, date string) Layers {
	t.Helper()
	a, err := article.Extract(source.Document{Name: "test", Data: []byte(raw)}, article.Options{DefaultDate: date})
	if err != nil {
		t.Fatal(err)
	}
	day, _ := time.Parse("2006-01-02", a.Published)
	l := Analyze(a.Text, day)
	l.Article = a
	return l
}
