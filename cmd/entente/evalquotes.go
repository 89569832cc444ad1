package main

import (
	"context"
	"fmt"
	"os"
	"strings"

	"entente/evaluate"
	"entente/internal/seeddata"
	"entente/pipeline"
	"entente/quotes"
	"entente/source"
)

func runEvalQuotes(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval quotes", "[flags]", `
Score who said what per the shared EVALUATION.md: predicted quotes are matched to
gold quotes one to one by token Dice (≥ 0.5); a match with the right resolved
speaker is a who-said-what true positive. Without flags the bundled seed article
and its gold file are scored. --gold takes a seed-format gold file (its
"article" relative to it) or a PolNeAR JSON Lines file (.jsonl), for which two
reports are printed: the direct-quote subset (attributions whose content carries
quote marks, against our direct quotes) and all attributions. The last line is
"who-said-what P=… R=… F1=…".`)
	goldPath := fs.String("gold", "", "gold file: seed format (.json) or PolNeAR (.jsonl); default: the bundled seed")
	limit := fs.Int("limit", 0, "PolNeAR: score only the first N articles (0: all)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{"eval quotes takes no arguments; name the gold file with --gold"}
	}
	cf := codingFlags{workers: 1}
	cfg, err := cf.pipelineConfig(ctx, e)
	if err != nil {
		return err
	}
	if isJSONLines(*goldPath) {
		return evalPolNeAR(ctx, e, cfg, *goldPath, *limit)
	}
	var gold *evaluate.Gold
	var doc source.Document
	if *goldPath == "" {
		gold, err = evaluate.ParseGold("seed gold.json", seeddata.GoldJSON())
		doc = source.Document{Name: seeddata.ArticleName, Data: seeddata.Article()}
	} else {
		gold, err = evaluate.LoadGold(*goldPath)
		if err == nil {
			name := joinNear(*goldPath, gold.Article)
			var data []byte
			data, err = os.ReadFile(name)
			doc = source.Document{Name: name, Data: data}
		}
	}
	if err != nil {
		return err
	}
	cfg.Article.DefaultDate, cfg.Article.Source = gold.Date, gold.Source
	r := pipeline.New(cfg).Process(ctx, doc)
	if r.Err != nil {
		return r.Err
	}
	s := evaluate.ScoreQuotes(gold.Quotes, predicted(r.Quotes, r.Article.Text, false), evaluate.SeedSpeakerOK)
	fmt.Fprintf(e.stdout, "article: %s (%d gold quotes, %d predicted)\n", gold.Article, len(gold.Quotes), len(r.Quotes))
	fmt.Fprintln(e.stdout, s.Report())
	return nil
}

// predicted turns quotes into the scorer's form. With clauses set (PolNeAR's
// direct subset) only direct quotes between double marks are kept — the
// corpus's content_has_quote_marks flag counts double marks only — each scored
// on the whole reported clause it sits in, which is what that corpus annotates.
func predicted(qs []quotes.Quote, text string, clauses bool) []evaluate.PredQuote {
	var out []evaluate.PredQuote
	for _, q := range scored(qs, clauses) {
		out = append(out, predOf(q, text, clauses))
	}
	return out
}

// scored returns the quotes a score counts (see predicted).
func scored(qs []quotes.Quote, clauses bool) []quotes.Quote {
	var out []quotes.Quote
	for _, q := range qs {
		if clauses && (!q.Direct || q.Single) {
			continue // PolNeAR flags only contents with double quote marks
		}
		out = append(out, q)
	}
	return out
}

// predOf is one quote in the scorer's form.
func predOf(q quotes.Quote, text string, clauses bool) evaluate.PredQuote {
	p := evaluate.PredQuote{Text: q.Text, Direct: q.Direct, Speaker: q.Speaker.Name}
	if clauses && q.Clause.End > q.Clause.Start {
		p.Text = text[q.Clause.Start:q.Clause.End]
	}
	if q.SpeakerMention != nil {
		p.SpeakerMention, p.SpeakerForm = q.SpeakerMention.Text, q.SpeakerMention.Form
	}
	return p
}

// attributions turns quotes into PolNeAR's unit, the attribution: one
// source, one cue, one content that may be discontinuous. Quotes that share
// their cue ("“A,” he said. “B.”") are one attribution whose content is
// their texts joined, as PolNeAR annotates them; so does a quotation that
// continues the one before it in the same paragraph without a cue of its own.
func attributions(qs []quotes.Quote, text string, clauses bool) []evaluate.PredQuote {
	var out []evaluate.PredQuote
	var prev *quotes.Quote
	for _, q := range scored(qs, clauses) {
		p := predOf(q, text, clauses)
		sameCue := prev != nil && q.Cue != nil && prev.Cue != nil && q.Cue.Span == prev.Cue.Span
		// a quotation that inherits the speaker of the one before it in the
		// same paragraph continues its attribution: "“A,” he said. “B.”"
		continued := prev != nil && q.Floating && q.Cue == nil && prev.Span.End <= q.Span.Start &&
			!strings.Contains(text[prev.Span.End:q.Span.Start], "\n")
		if (sameCue || continued) && q.Speaker.Name == prev.Speaker.Name {
			out[len(out)-1].Text += " " + p.Text
			continue
		}
		out = append(out, p)
		prev = &q
	}
	return out
}

// evalPolNeAR scores the PolNeAR corpus: the direct-quote subset and all
// attributions.
func evalPolNeAR(ctx context.Context, e *env, cfg pipeline.Config, path string, limit int) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	arts, err := evaluate.ReadPolNeAR(path, f)
	if err != nil {
		return err
	}
	if limit > 0 && limit < len(arts) {
		arts = arts[:limit]
	}
	p := pipeline.New(cfg)
	var direct, all evaluate.QuoteScore
	for _, a := range arts {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		r := p.Process(ctx, source.Document{Name: a.ID, Data: []byte(a.Text), Meta: source.Meta{ID: a.ID, Published: a.Date, Format: "text"}})
		if r.Err != nil {
			e.log.Warn("article failed", "err", r.Err)
			continue
		}
		direct = direct.Add(evaluate.ScoreQuotes(evaluate.DirectOnly(a.Quotes), attributions(r.Quotes, r.Article.Text, true), evaluate.PolNeARSpeakerOK))
		all = all.Add(evaluate.ScoreQuotes(a.Quotes, attributions(r.Quotes, r.Article.Text, false), evaluate.PolNeARSpeakerOK))
	}
	fmt.Fprintf(e.stdout, "PolNeAR %s: %d articles\n\nall attributions:\n%s\n\ndirect-quote subset:\n%s\n", path, len(arts), all.Report(), direct.Report())
	return nil
}
