package evaluate

import (
	"strings"
	"testing"

	"entente/article"
)

func TestScoreBoilerplate(t *testing.T) {
	g := &Gold{Article: "a.txt", Title: "Title", Boilerplate: []string{"fbpx", "Subscribe now"},
		Quotes: []GoldQuote{{Text: "we agree"}, {Text: "never said"}}}
	tests := []struct {
		name     string
		a        article.Article
		pass     bool
		lastLine string
	}{
		{"clean", article.Article{Title: "Title", Text: "Title\n\n“we agree” and “never said”"}, true,
			"boilerplate removed=2/2 body_kept=2/2 title=ok"},
		{"junk left and quote lost", article.Article{Title: "Other", Text: "fbpx we agree"}, false,
			"boilerplate removed=1/2 body_kept=1/2 title=wrong"},
	}
	for _, tt := range tests {
		r := ScoreBoilerplate(g, &tt.a)
		if r.Pass() != tt.pass {
			t.Errorf("%s: Pass = %v, want %v", tt.name, r.Pass(), tt.pass)
		}
		s := r.String()
		if got := s[strings.LastIndex(s, "\n")+1:]; got != tt.lastLine {
			t.Errorf("%s: last line %q, want %q", tt.name, got, tt.lastLine)
		}
	}
}

func TestParseGold(t *testing.T) {
	if _, err := ParseGold("bad.json", []byte("{not json")); err == nil || !strings.Contains(err.Error(), "bad.json") {
		t.Errorf("malformed gold: err = %v, want one naming the file", err)
	}
	if _, err := ParseGold("empty.json", []byte("{}")); err == nil {
		t.Error("a gold file with nothing in it was accepted")
	}
	g, err := ParseGold("g.json", []byte(`{"article":"a.txt","quotes":[{"text":"x","speaker":"Y","occurrences":2}]}`))
	if err != nil || g.Quotes[0].Occurrences != 2 {
		t.Errorf("ParseGold = %+v, %v", g, err)
	}
}
