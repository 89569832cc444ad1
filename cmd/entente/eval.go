package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"entente/article"
	"entente/evaluate"
	"entente/internal/seeddata"
	"entente/source"
)

func runEval(ctx context.Context, e *env, args []string) error {
	if len(args) > 0 {
		switch args[0] {
		case "boilerplate":
			args = args[1:]
		case "quotes":
			return runEvalQuotes(ctx, e, args[1:])
		case "syntax":
			return runEvalSyntax(ctx, e, args[1:])
		case "events":
			return runEvalEvents(ctx, e, args[1:])
		case "petrarch":
			return runEvalPetrarch(ctx, e, args[1:])
		case "plover":
			return runEvalPlover(ctx, e, args[1:])
		}
	}
	fs := newFlags(e, "eval", "[boilerplate|quotes|syntax|events|petrarch|plover] [flags] [ARTICLE]", `
Score entente against a gold annotation (rules in the shared EVALUATION.md).
Now: the article stage — boilerplate listed in the gold file must be gone, every
gold quote text must survive cleaning, and the title must match. Without
--gold, the bundled seed article and its gold file are used. ARTICLE defaults
to the gold file's "article", relative to the gold file. The last line is
machine-readable: boilerplate removed=R/N body_kept=K/M title=ok|wrong.
"entente eval quotes --help" scores who said what, "entente eval events --help"
who did what to whom, "entente eval petrarch --help" PETRARCH's unit-test
records, "entente eval plover --help" NGEC's synthetic stories by PLOVER
type, "entente eval syntax --help" the tagger and parser.`)
	goldPath := fs.String("gold", "", "gold file (seed format); default: the bundled seed gold")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 1 {
		return usageError{"at most one article"}
	}
	override := ""
	if fs.NArg() == 1 {
		override = fs.Arg(0)
	}
	_, gold, doc, err := goldAndArticle(*goldPath, override)
	if err != nil {
		return err
	}
	a, err := article.Extract(doc, article.Options{DefaultDate: gold.Date, Source: gold.Source})
	if err != nil {
		return fmt.Errorf("%s: %w", doc.Name, err)
	}
	report := evaluate.ScoreBoilerplate(gold, a)
	fmt.Fprintln(e.stdout, report)
	if !report.Pass() {
		return fmt.Errorf("the article stage fails the gold checks")
	}
	return nil
}

// goldAndArticle reads a seed-format gold file and the article it annotates:
// the bundled seed when path is empty. The article is the gold's "article",
// relative to the gold file, unless override names another file. raw is the
// gold file's bytes, for readers of its other sections (the events).
func goldAndArticle(path, override string) (raw []byte, gold *evaluate.Gold, doc source.Document, err error) {
	name := "seed gold.json"
	raw = seeddata.GoldJSON()
	doc = source.Document{Name: seeddata.ArticleName, Data: seeddata.Article()}
	if path != "" {
		name = path
		if raw, err = os.ReadFile(path); err != nil {
			return nil, nil, doc, fmt.Errorf("gold file: %w", err)
		}
	}
	if gold, err = evaluate.ParseGold(name, raw); err != nil {
		return nil, nil, doc, err
	}
	article := override
	if article == "" && path != "" {
		article = joinNear(path, gold.Article)
	}
	if article != "" {
		data, err := os.ReadFile(article)
		if err != nil {
			return nil, nil, doc, fmt.Errorf("gold %s: its article: %w", name, err)
		}
		doc = source.Document{Name: article, Data: data}
	}
	return raw, gold, doc, nil
}

// joinNear resolves name relative to the directory of path.
func joinNear(path, name string) string {
	if filepath.IsAbs(name) {
		return name
	}
	return filepath.Join(filepath.Dir(path), name)
}

// isJSONLines reports whether a path names a JSON Lines file.
func isJSONLines(path string) bool {
	ext := filepath.Ext(path)
	return ext == ".jsonl" || ext == ".ndjson"
}
