package quotes

import (
	"testing"

	"entente/article"
	"entente/internal/stagerun"
)

// extractFrom runs the stages before quotes over raw text and extracts quotes.
func extractFrom(t testing.TB, raw, date string) ([]Quote, *article.Article) {
	t.Helper()
	l := stagerun.Run(t, raw, date)
	return Extract(l.Article.ID, l.Text, l.Parse, l.Coref), l.Article
}
