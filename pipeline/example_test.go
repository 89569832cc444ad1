package pipeline_test

import (
	"context"
	"fmt"
	"strings"

	"entente/pipeline"
	"entente/source"
)

func ExamplePipeline_Run() {
	ctx := context.Background()
	in := `{"id":"1","text":"Headline one\n\nRussia vetoed the draft. China agreed."}
{"id":"2","text":""}`
	docs := func(yield func(source.Document, error) bool) {
		source.ReadJSONLines(ctx, "corpus.jsonl", strings.NewReader(in), source.Options{}, yield)
	}
	p := pipeline.New(pipeline.Config{Workers: 2})
	_ = p.Run(ctx, docs, func(r pipeline.Result) error {
		if r.Err != nil {
			fmt.Println("failed:", r.Err)
			return nil
		}
		fmt.Printf("%s: %d sentences\n", r.Input, len(r.Text.Sentences))
		return nil
	})
	// Output:
	// corpus.jsonl:1 (1): 3 sentences
	// failed: corpus.jsonl:2: record has neither "text" nor "html"
}
