package contract

import "entente/pipeline"

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
	return []any{rec}
}
