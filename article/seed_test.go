package article_test

import (
	"strings"
	"testing"

	"entente/article"
	"entente/evaluate"
	"entente/internal/seeddata"
	"entente/source"
)

func TestSeedArticle(t *testing.T) {
	gold, err := evaluate.ParseGold("gold.json", seeddata.GoldJSON())
	if err != nil {
		t.Fatal(err)
	}
	a, err := article.Extract(source.Document{Name: seeddata.ArticleName, Data: seeddata.Article()}, article.Options{DefaultDate: gold.Date})
	if err != nil {
		t.Fatal(err)
	}
	if r := evaluate.ScoreBoilerplate(gold, a); !r.Pass() {
		t.Errorf("seed article fails the gold checks:\n%s", r)
	}
	if a.Published != gold.Date {
		t.Errorf("published = %q, want %q", a.Published, gold.Date)
	}
	if len(a.ID) != article.IDLength || !strings.HasPrefix(a.Hash, a.ID) {
		t.Errorf("id %q is not the prefix of hash %q", a.ID, a.Hash)
	}
	// The body survives whole: every non-boilerplate line of the input is in the text.
	for line := range strings.SplitSeq(string(seeddata.Article()), "\n") {
		line = strings.TrimSpace(strings.ReplaceAll(line, "\u00a0", " "))
		if line == "" || isGoldBoilerplate(gold, line) {
			continue
		}
		if !strings.Contains(a.Text, line) {
			t.Errorf("body line lost: %q", line)
		}
	}
}

func isGoldBoilerplate(g *evaluate.Gold, line string) bool {
	for _, b := range g.Boilerplate {
		if strings.Contains(line, b) || strings.Contains(b, line) {
			return true
		}
	}
	return false
}
