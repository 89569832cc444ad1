package main

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strings"

	"entente/actors"
	"entente/article"
	"entente/events"
	"entente/internal/seeddata"
	"entente/pipeline"
	"entente/quotes"
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
	cf := codingFlags{date: "2023-10-31", source: "Jewish Insider", workers: 1}
	cfg, err := cf.pipelineConfig(ctx, e)
	if err != nil {
		return err
	}
	p := pipeline.New(cfg)
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
	printActors(w, r.Mentions)
	printQuotes(w, r.Quotes)
	printEvents(w, r.Events)
	fmt.Fprintln(w, "\n(Alignment and the morning brief come with the next stages.)")
}

// printEvents lists who did what to whom, one line per event: source, CAMEO
// code and its name (PLOVER type), target, Goldstein score, and the words of
// the evidence sentence around the verb.
func printEvents(w io.Writer, evs []events.Event) {
	fmt.Fprintf(w, "\nWho did what to whom: %d events\n", len(evs))
	for _, e := range evs {
		plover := e.Plover.Type
		if plover == "" {
			plover = "-"
		}
		fmt.Fprintf(w, "  %s (%s) → %s (%s): CAMEO %s %s, Goldstein %+.1f\n      %s\n",
			e.Source.Name, e.Source.Code, e.Target.Name, e.Target.Code, e.CAMEO, plover, e.Goldstein,
			ellipsis(e.EvidenceText, 100))
	}
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

// printQuotes lists who said what.
func printQuotes(w io.Writer, qs []quotes.Quote) {
	direct := 0
	for _, q := range qs {
		if q.Direct {
			direct++
		}
	}
	fmt.Fprintf(w, "\nWho said what: %d quotes (%d direct, %d indirect)\n", len(qs), direct, len(qs)-direct)
	for _, q := range qs {
		who := q.Speaker.Name
		if q.Speaker.Role != "" {
			who += " (" + q.Speaker.Role
			if q.Speaker.Organisation != "" {
				who += ", " + q.Speaker.Organisation
			}
			who += ")"
		} else if q.Speaker.Organisation != "" {
			who += " (" + q.Speaker.Organisation + ")"
		}
		mark := "“”"
		if !q.Direct {
			mark = "  "
		}
		twice := ""
		if len(q.Occurrences) > 1 {
			twice = fmt.Sprintf(" [printed %d times]", len(q.Occurrences))
		}
		fmt.Fprintf(w, "  %s: %s%s%s%s\n", who, mark[:len(mark)/2], ellipsis(q.Text, 80), mark[len(mark)/2:], twice)
	}
}
