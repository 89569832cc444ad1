package events_test

import (
	"context"
	"fmt"
	"time"

	"entente/actors"
	"entente/actors/coref"
	"entente/events"
	"entente/quotes"
	"entente/syntax"
	"entente/syntax/tree"
	"entente/text"
)

// The coder runs after the text, actors, syntax, coreference and quotes
// stages.
func ExampleCoder_Code() {
	dict, err := actors.Load(context.Background(), nil)
	if err != nil {
		panic(err)
	}
	model, err := syntax.LoadDefault()
	if err != nil {
		panic(err)
	}
	coder, err := events.NewCoder()
	if err != nil {
		panic(err)
	}
	body := "China and Russia condemned Israel on Monday."
	td := text.Analyze(body)
	day, _ := time.Parse("2006-01-02", "2023-10-31")
	acts := dict.NewResolver(day).Resolve(body, td.Tokens)
	pd := tree.Parse(model, td)
	cd := coref.Build(td, pd, acts)
	qs := quotes.Extract("a1", td, pd, cd)
	for _, e := range coder.Code("a1", "2023-10-31", td, pd, acts, cd, qs) {
		fmt.Println(e.Source.Code, e.Target.Code, e.CAMEO, e.CAMEORoot, e.Plover.Type, e.Goldstein, e.QuadClass)
	}
	// Output:
	// CHN ISR 111 11 ACCUSE -2 3
	// RUS ISR 111 11 ACCUSE -2 3
}
