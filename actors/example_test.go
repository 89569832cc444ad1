package actors_test

import (
	"context"
	"fmt"
	"log"
	"strings"
	"time"

	"entente/actors"
	"entente/text"
)

// tokens is a minimal tokenizer for the example (words, and "," or "." as tokens
// of their own); the pipeline uses the text package's tokenizer.
func tokens(doc string) []text.Token {
	var out []text.Token
	start := -1
	for i := 0; i <= len(doc); i++ {
		if i == len(doc) || strings.ContainsRune(" ,.", rune(doc[i])) {
			if start >= 0 {
				out = append(out, text.Token{Start: start, End: i, Text: doc[start:i]})
				start = -1
			}
			if i < len(doc) && doc[i] != ' ' {
				out = append(out, text.Token{Start: i, End: i + 1, Text: doc[i : i+1]})
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	return out
}

func Example() {
	dict, err := actors.Load(context.Background(), nil) // once per process
	if err != nil {
		log.Fatal(err)
	}
	doc := "Chinese Foreign Minister Wang Yi met Hamas fighters in Moscow. Later, Wang spoke to the UN Security Council."
	r := dict.NewResolver(time.Date(2023, 10, 31, 0, 0, 0, 0, time.UTC))
	for _, m := range r.Resolve(doc, tokens(doc)) {
		fmt.Printf("%-33q %-10s %-8s %s\n", m.Text, m.Code, m.Type, m.Source)
	}
	// Output:
	// "Chinese Foreign Minister Wang Yi" CHNGOV     person   composed
	// "Hamas fighters"                  PSEREBHMS  group    composed
	// "Moscow"                          RUSGOV     metonym  dictionary
	// "Wang"                            CHNGOV     person   learned
	// "UN Security Council"             IGOUNO     igo      dictionary
}
