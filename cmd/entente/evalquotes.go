package main

import (
	"context"
	"fmt"
	"os"
	"strings"

	"entente/evaluate"
	"entente/pipeline"
	"entente/quotes"
	"entente/source"
	"entente/text"
)

func runEvalQuotes(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval quotes", "[flags]", `
Score who said what per the shared EVALUATION.md: predicted quotes are matched to
gold quotes one to one by token Dice (≥ 0.5); a match with the right resolved
speaker is a who-said-what true positive. Without flags the bundled seed article
and its gold file are scored. --gold takes a seed-format gold file (its
"article" relative to it) or a PolNeAR JSON Lines file (.jsonl), for which two
reports are printed, each quote scored on the reported clause it sits in: the
direct-quote subset (attributions whose content carries double quote marks,
against our quotes whose clause does) and all attributions. The last line is
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
	_, gold, doc, err := goldAndArticle(*goldPath, "")
	if err != nil {
		return err
	}
	cfg.Article.DefaultDate, cfg.Article.Source = gold.Date, gold.Source
	r := pipeline.New(cfg).Process(ctx, doc)
	if r.Err != nil {
		return r.Err
	}
	s := evaluate.ScoreQuotes(gold.Quotes, predicted(r.Quotes, r.Article.Text, quoteText), evaluate.SeedSpeakerOK)
	fmt.Fprintf(e.stdout, "article: %s (%d gold quotes, %d predicted)\n", gold.Article, len(gold.Quotes), len(r.Quotes))
	fmt.Fprintln(e.stdout, s.Report())
	return nil
}

// unit is what a score compares a predicted quote on.
type unit int

const (
	// quoteText scores every quote on its own words, per EVALUATION.md.
	quoteText unit = iota
	// polnearAll scores every quote on the whole reported content it sits
	// in (Clause), PolNeAR's content span: "that Machado was “disgusting”".
	// An indirect quote holding a direct quote is that attribution already.
	polnearAll
	// polnearDirect is PolNeAR's direct subset: contents that carry double
	// quote marks, scored on Clause.
	polnearDirect
)

// predicted turns quotes into the scorer's form, one per quote.
func predicted(qs []quotes.Quote, text string, u unit) []evaluate.PredQuote {
	var out []evaluate.PredQuote
	for _, q := range scored(qs, u) {
		out = append(out, predOf(q, text, u))
	}
	return out
}

// scored returns the quotes a score counts. PolNeAR's direct subset is
// defined by its content carrying double quote marks (its
// content_has_quote_marks flag counts double marks only), whatever kind of
// attribution it is: "said the contest had been “rigged” against him"
// belongs to it although the quotation is a single word. So the subset takes
// our direct quotes between double marks and our indirect quotes whose
// reported clause holds a double-marked stretch. In both PolNeAR units an
// indirect quote holding a direct quote is left out: the direct quote,
// scored on that same clause, already stands for the attribution.
func scored(qs []quotes.Quote, u unit) []quotes.Quote {
	var out []quotes.Quote
	for _, q := range qs {
		switch {
		case u == quoteText:
		case !q.Direct && holdsDirect(qs, q.Span, u == polnearDirect):
			continue
		case u == polnearDirect && (q.Direct && q.Single || !q.Direct && !hasDoubleQuoted(q.Text)):
			continue
		}
		out = append(out, q)
	}
	return out
}

// hasDoubleQuoted reports whether s holds a stretch between double quote
// marks.
func hasDoubleQuoted(s string) bool {
	return strings.Count(s, "“")+strings.Count(s, "”")+strings.Count(s, "\"") >= 2
}

// holdsDirect reports whether a direct quote (between double marks, with
// double set) lies inside span.
func holdsDirect(qs []quotes.Quote, span text.Span, double bool) bool {
	for _, q := range qs {
		if q.Direct && !(double && q.Single) && q.Start >= span.Start && q.End <= span.End {
			return true
		}
	}
	return false
}

// predOf is one quote in the scorer's form.
func predOf(q quotes.Quote, text string, u unit) evaluate.PredQuote {
	p := evaluate.PredQuote{Text: q.Text, Direct: q.Direct, Speaker: q.Speaker.Name}
	if sp := content(q, u); sp != q.Span {
		p.Text = text[sp.Start:sp.End]
	}
	if q.SpeakerMention != nil {
		p.SpeakerMention, p.SpeakerForm = q.SpeakerMention.Text, q.SpeakerMention.Form
	}
	return p
}

// content is the stretch of text a quote is scored on.
func content(q quotes.Quote, u unit) text.Span {
	if u != quoteText && q.Clause.End > q.Clause.Start {
		return q.Clause
	}
	return q.Span
}

// attributions turns quotes into PolNeAR's unit, the attribution: one
// source, one cue, one content that may be discontinuous. Quotes that share
// their cue ("“A,” he said. “B.”") are one attribution whose content is
// their texts joined, as PolNeAR annotates them; so does a quotation that
// continues the one before it in the same paragraph without a cue of its
// own. Contents that overlap (two quotations of one clause, "called it
// “petty” and “dangerous”", each scored on that clause) are one stretch of
// text, not the clause twice.
func attributions(qs []quotes.Quote, src string, u unit) []evaluate.PredQuote {
	var out []evaluate.PredQuote
	var parts [][]text.Span // the stretches of text of each attribution
	var prev *quotes.Quote
	for _, q := range scored(qs, u) {
		sp := content(q, u)
		sameCue := prev != nil && q.Cue != nil && prev.Cue != nil && q.Cue.Span == prev.Cue.Span
		// a quotation that inherits the speaker of the one before it in the
		// same paragraph continues its attribution: "“A,” he said. “B.”"
		continued := prev != nil && q.Floating && q.Cue == nil && prev.Span.End <= q.Span.Start &&
			!strings.Contains(src[prev.Span.End:q.Span.Start], "\n")
		if (sameCue || continued) && q.Speaker.Name == prev.Speaker.Name {
			last := &parts[len(parts)-1]
			if l := &(*last)[len(*last)-1]; sp.Start < l.End && sp.End > l.Start {
				l.Start, l.End = min(l.Start, sp.Start), max(l.End, sp.End)
			} else {
				*last = append(*last, sp)
			}
			out[len(out)-1].Text = joined(src, *last)
			continue
		}
		out = append(out, predOf(q, src, u))
		parts = append(parts, []text.Span{sp})
		prev = &q
	}
	return out
}

// joined returns the texts of spans joined by spaces.
func joined(src string, spans []text.Span) string {
	parts := make([]string, len(spans))
	for i, s := range spans {
		parts[i] = src[s.Start:s.End]
	}
	return strings.Join(parts, " ")
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
		direct = direct.Add(evaluate.ScoreQuotes(evaluate.DirectOnly(a.Quotes), attributions(r.Quotes, r.Article.Text, polnearDirect), evaluate.PolNeARSpeakerOK))
		all = all.Add(evaluate.ScoreQuotes(a.Quotes, attributions(r.Quotes, r.Article.Text, polnearAll), evaluate.PolNeARSpeakerOK))
	}
	fmt.Fprintf(e.stdout, "PolNeAR %s: %d articles\n\nall attributions:\n%s\n\ndirect-quote subset:\n%s\n", path, len(arts), all.Report(), direct.Report())
	return nil
}
