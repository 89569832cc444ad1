package text_test

import (
	"fmt"

	"entente/text"
)

func ExampleAnalyze() {
	src := "China and Russia vetoed the U.S. draft. “It is one-sided,” Beijing said.\n\n“We expect more,” a diplomat said."
	d := text.Analyze(src)
	for _, s := range d.Sentences {
		fmt.Printf("sentence [%d,%d): %s\n", s.Start, s.End, src[s.Start:s.End])
	}
	for _, q := range d.Quotes {
		fmt.Printf("quote: %s\n", src[q.Start:q.End])
	}
	// Output:
	// sentence [0,39): China and Russia vetoed the U.S. draft.
	// sentence [40,76): “It is one-sided,” Beijing said.
	// sentence [78,116): “We expect more,” a diplomat said.
	// quote: It is one-sided,
	// quote: We expect more,
}

func ExampleDoc_StoryTokens() {
	src := "WASHINGTON (AP) — Russia criticized Israel."
	d := text.Analyze(src)
	for _, s := range d.Sentences {
		fmt.Printf("sentence %q dateline=%v\n", src[s.Start:s.End], s.Dateline)
	}
	for _, t := range d.StoryTokens() {
		fmt.Print(t.Text, " ")
	}
	fmt.Println()
	// Output:
	// sentence "WASHINGTON (AP) —" dateline=true
	// sentence "Russia criticized Israel." dateline=false
	// Russia criticized Israel .
}
