package main

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strings"

	"entente/actors"
	"entente/article"
	"entente/internal/seeddata"
	"entente/pipeline"
	"entente/source"
)

func runDemo(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "demo", "[flags]", `
Code the bundled seed article (Jewish Insider, 31 October 2023: how Russia and
China reacted to the 7 October attack on Israel), store it in the SQLite
database and print a readable summary of what entente found.`)
	dbPath := fs.String("db", "", "database file (default: entente.db in the user's data directory)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{"demo takes no arguments"}
	}
	dict, err := loadActors(ctx, e, "")
	if err != nil {
		return err
	}
	p := pipeline.New(pipeline.Config{Workers: 1, Actors: dict,
		Article: article.Options{DefaultDate: "2023-10-31", Source: "Jewish Insider"}})
	r := p.Process(ctx, source.Document{Name: seeddata.ArticleName, Data: seeddata.Article()})
	if r.Err != nil {
		return r.Err
	}
	st, path, err := openStore(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer st.Close()
	n, err := st.PutArticles(ctx, []*article.Article{r.Article})
	if err != nil {
		return err
	}
	stats, err := st.Stats(ctx)
	if err != nil {
		return err
	}
	printSummary(e.stdout, r)
	status := "already stored"
	if n > 0 {
		status = "stored"
	}
	fmt.Fprintf(e.stdout, "\nDatabase: %s (%s; %d articles in all)\n", path, status, stats.Articles)
	return nil
}

// printSummary writes a readable account of one coded article.
func printSummary(w io.Writer, r pipeline.Result) {
	a, d := r.Article, r.Text
	fmt.Fprintf(w, "%s\n%s\n", a.Title, strings.Repeat("=", min(len(a.Title), 78)))
	fmt.Fprintf(w, "Source: %s   Published: %s   Id: %s\n", a.Source, a.Published, a.ID)
	fmt.Fprintf(w, "Text: %d bytes, %d paragraphs, %d sentences, %d tokens\n",
		len(a.Text), len(d.Paragraphs), len(d.Sentences), len(d.Tokens))
	fmt.Fprintf(w, "Cleaned away: %d bytes of boilerplate from %d bytes of input\n", max(0, r.Bytes-len(a.Text)), r.Bytes)
	outer := 0
	for _, q := range d.Quotes {
		if q.Depth == 0 {
			outer++
		}
	}
	fmt.Fprintf(w, "Quotations: %d (%d nested), %d unpaired marks\n", outer, len(d.Quotes)-outer, len(d.Unpaired))
	fmt.Fprintln(w, "\nFirst quotations:")
	shown := 0
	for _, q := range d.Quotes {
		if q.Depth > 0 || q.Len() < 40 {
			continue
		}
		s := d.SentenceAt(q.Open)
		fmt.Fprintf(w, "  [%d:%d] “%s”\n", q.Start, q.End, ellipsis(a.Text[q.Start:q.End], 90))
		if s >= 0 {
			sent := d.Sentences[s]
			fmt.Fprintf(w, "          in: %s\n", ellipsis(a.Text[sent.Start:sent.End], 90))
		}
		if shown++; shown == 5 {
			break
		}
	}
	printActors(w, r.Mentions)
	fmt.Fprintln(w, "\n(Quotes with speakers and events come with the next stages.)")
}

// ellipsis shortens s to at most n runes.
func ellipsis(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// printActors lists the actors mentioned most, with their codes.
func printActors(w io.Writer, mentions []actors.Mention) {
	type actor struct {
		name, code string
		n          int
	}
	byKey := map[string]*actor{}
	var order []*actor
	for _, m := range mentions {
		if m.Type == actors.TypeAgent {
			continue // bare role nouns ("officials") are not actors by themselves
		}
		key := m.Code + "|" + m.Name
		a, ok := byKey[key]
		if !ok {
			a = &actor{name: m.Name, code: m.Code}
			byKey[key] = a
			order = append(order, a)
		}
		a.n++
	}
	sort.SliceStable(order, func(i, j int) bool { return order[i].n > order[j].n })
	fmt.Fprintf(w, "\nActors: %d mentions of %d actors; the most mentioned:\n", len(mentions), len(order))
	for i, a := range order {
		if i == 12 {
			break
		}
		fmt.Fprintf(w, "  %-12s %-40s %d×\n", a.code, a.name, a.n)
	}
}
