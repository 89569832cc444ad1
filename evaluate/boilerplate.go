package evaluate

import (
	"fmt"
	"strings"

	"entente/article"
)

// BoilerplateReport scores the article stage on one gold article: boilerplate
// that must be gone, quote texts that must survive, and the title.
type BoilerplateReport struct {
	Article      string
	Removed      int      // boilerplate items absent from the text
	Survived     []string // boilerplate items still present
	BodyKept     int      // gold quote texts present in the text
	BodyLost     []string // gold quote texts missing
	BodyTotal    int
	TitleWant    string
	TitleGot     string
	Boilerplates int
}

// Pass reports whether every check passed.
func (r BoilerplateReport) Pass() bool {
	return len(r.Survived) == 0 && len(r.BodyLost) == 0 && (r.TitleWant == "" || r.TitleWant == r.TitleGot)
}

// ScoreBoilerplate checks a cleaned article against its gold annotation.
func ScoreBoilerplate(g *Gold, a *article.Article) BoilerplateReport {
	r := BoilerplateReport{Article: g.Article, Boilerplates: len(g.Boilerplate), TitleWant: g.Title, TitleGot: a.Title}
	for _, b := range g.Boilerplate {
		if strings.Contains(a.Text, b) {
			r.Survived = append(r.Survived, b)
		} else {
			r.Removed++
		}
	}
	for _, q := range g.Quotes {
		r.BodyTotal++
		if strings.Contains(a.Text, q.Text) {
			r.BodyKept++
		} else {
			r.BodyLost = append(r.BodyLost, q.Text)
		}
	}
	return r
}

// String renders the report; its last line is machine-readable.
func (r BoilerplateReport) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "article: %s\n", r.Article)
	for _, s := range r.Survived {
		fmt.Fprintf(&b, "  boilerplate survived: %q\n", s)
	}
	for _, s := range r.BodyLost {
		fmt.Fprintf(&b, "  body text lost: %q\n", s)
	}
	title := "ok"
	if r.TitleWant != "" && r.TitleWant != r.TitleGot {
		title = "wrong"
		fmt.Fprintf(&b, "  title: got %q, want %q\n", r.TitleGot, r.TitleWant)
	}
	fmt.Fprintf(&b, "boilerplate removed=%d/%d body_kept=%d/%d title=%s", r.Removed, r.Boilerplates, r.BodyKept, r.BodyTotal, title)
	return b.String()
}
