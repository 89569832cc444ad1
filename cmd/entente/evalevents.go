package main

import (
	"context"
	"fmt"
	"os"

	"entente/events"
	"entente/events/petrtest"
	"entente/pipeline"
	"entente/source"
)

func runEvalEvents(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval events", "[flags]", `
Score who did what to whom per the shared EVALUATION.md: a predicted event
matches a gold event when the country parts of source and target agree, its
CAMEO root is one the gold allows and its evidence sentence contains the gold
evidence. Without flags the bundled seed article and its gold file are scored;
--gold takes another seed-format gold file (its "article" relative to it). The
last line is "events P=… R=… F1=…".

--icews FILE instead codes the CAMEO-manual example sentences of ICEWS's
cameo-codes.csv (the manual's "Note:" commentary cut off, dated 2010-01-01,
discard phrases not applied: they drop the years 1914–1993 as history) and
reports, over the sentences that name actors of two countries, how many yield
an event of the example's root. The last line is then
"icews root_accuracy=… (N/M)".`)
	goldPath := fs.String("gold", "", "gold file (seed format); default: the bundled seed gold")
	icews := fs.String("icews", "", "ICEWS cameo-codes.csv: score root accuracy on its example sentences")
	verbose := fs.Bool("verbose", false, "list every predicted event and every missed gold event")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{"eval events takes no arguments; name the gold file with --gold"}
	}
	cf := codingFlags{workers: 1}
	cfg, err := cf.pipelineConfig(ctx, e)
	if err != nil {
		return err
	}
	if *icews != "" {
		// the manual's examples are 1980s–2000s news: Phoenix's discards of
		// the years 1914–1993 (history) would drop them
		cfg.KeepDiscarded = true
		return evalICEWS(ctx, e, cfg, *icews, *verbose)
	}
	goldData, meta, doc, err := goldAndArticle(*goldPath, "")
	if err != nil {
		return err
	}
	gold, err := events.LoadGold(goldData)
	if err != nil {
		return fmt.Errorf("gold %s: %w", doc.Name, err)
	}
	cfg.Article.DefaultDate, cfg.Article.Source = meta.Date, meta.Source
	r := pipeline.New(cfg).Process(ctx, doc)
	if r.Err != nil {
		return r.Err
	}
	s := events.Score(gold, r.Events)
	if *verbose {
		for i, g := range gold {
			if s.GoldMatch[i] < 0 && !g.Optional {
				fmt.Fprintf(e.stdout, "miss  %s→%s %v %q\n", g.Source, g.Target, g.Roots, g.Evidence)
			}
		}
		for j, p := range r.Events {
			tag := "hit  "
			if s.PredMatch[j] < 0 {
				tag = "false"
			}
			fmt.Fprintf(e.stdout, "%s %s→%s %s %q\n", tag, p.Source.Code, p.Target.Code, p.CAMEO, p.EvidenceText)
		}
	}
	required := 0
	for _, g := range gold {
		if !g.Optional {
			required++
		}
	}
	fmt.Fprintf(e.stdout, "article: %s (%d gold events, %d required; %d predicted)\n", meta.Article, len(gold), required, len(r.Events))
	fmt.Fprintf(e.stdout, "events P=%.3f R=%.3f F1=%.3f (tp %d fp %d fn %d)\n", s.Precision(), s.Recall(), s.F1(), s.TP, s.FP, s.FN)
	return nil
}

// evalICEWS codes the CAMEO-manual example sentences and reports root
// accuracy over those that name actors of two countries.
func evalICEWS(ctx context.Context, e *env, cfg pipeline.Config, path string, verbose bool) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	codes, err := petrtest.ReadICEWSCodes(f)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	p := pipeline.New(cfg)
	var n, dyadic, coded, right int
	for _, c := range codes {
		lead := c.Lead()
		if lead == "" {
			continue
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		n++
		r := p.Process(ctx, source.Document{Name: "icews " + c.Code, Data: []byte(lead),
			Meta: source.Meta{ID: "icews-" + c.Code, Published: "2010-01-01", Format: "text"}})
		if r.Err != nil {
			return fmt.Errorf("%s: example %s: %w", path, c.Code, r.Err)
		}
		if !events.NamesTwoCountries(events.SentenceActors(r.Text, r.Parse, r.Mentions, r.Entities)) {
			continue
		}
		dyadic++
		if len(r.Events) > 0 {
			coded++
		}
		ok := false
		for _, ev := range r.Events {
			ok = ok || ev.CAMEORoot == c.Root
		}
		if ok {
			right++
		} else if verbose {
			got := "none"
			if len(r.Events) > 0 {
				ev := r.Events[0]
				got = ev.Source.Code + "→" + ev.Target.Code + " " + ev.CAMEO
			}
			fmt.Fprintf(e.stdout, "%-5s got %-24s %q\n", c.Code, got, lead)
		}
	}
	fmt.Fprintf(e.stdout, "ICEWS %s: %d example sentences, %d name actors of two countries, %d of those coded\n", path, n, dyadic, coded)
	fmt.Fprintf(e.stdout, "icews root_accuracy=%.3f (%d/%d)\n", ratioOf(right, dyadic), right, dyadic)
	return nil
}

// ratioOf is a/b, 0 when b is 0.
func ratioOf(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
