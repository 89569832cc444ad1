package contract

import (
	"entente/actors"
	"entente/pipeline"
	"entente/quotes"
)

// Records returns the records of one pipeline result in contract order: the
// article first, then what later stages found in it. A failed result has none.
func Records(r pipeline.Result) []any {
	if r.Err != nil || r.Article == nil {
		return nil
	}
	rec := ArticleRecord{Kind: "article", Article: r.Article}
	if r.Text != nil {
		rec.Paragraphs = len(r.Text.Paragraphs)
		rec.Sentences = len(r.Text.Sentences)
		rec.Tokens = len(r.Text.Tokens)
	}
	out := make([]any, 0, 1+len(r.Mentions))
	out = append(out, rec)
	for _, m := range r.Mentions {
		out = append(out, MentionRecord{Kind: "mention", Mention: m})
	}
	for _, q := range r.Quotes {
		out = append(out, QuoteRecord{Kind: "quote", Quote: q})
	}
	return out
}

// QuoteRecord is the "quote" record: who said what, with offsets.
type QuoteRecord struct {
	Kind string `json:"kind"`
	quotes.Quote
}

// MentionRecord is the "mention" record: an actor mention with its code.
type MentionRecord struct {
	Kind string `json:"kind"`
	actors.Mention
}
