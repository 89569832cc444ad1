package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/schollz/progressbar/v3"

	"entente/article"
	"entente/pipeline"
	"entente/source"
	"entente/store"
)

func runIngest(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "ingest", "[flags] FILE|DIR|- ...", `
Code articles and store them in the SQLite database. Ingest is idempotent: an
article already stored (same normalised text) is recognised after cleaning and
not coded or stored again, so an interrupted ingest resumes by running the same
command again. Articles are written in batches, each in one transaction: an
interruption loses at most the batch in flight, never what was stored.`)
	var cf codingFlags
	cf.register(fs)
	dbPath := fs.String("db", "", "database file (default: entente.db in the user's data directory)")
	batch := fs.Int("batch", 64, "articles per transaction")
	noProgress := fs.Bool("no-progress", false, "do not show a progress bar on a terminal")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if err := cf.validate(); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageError{"no input: name files, directories or - for standard input"}
	}
	if *batch < 1 {
		return usageError{"--batch must be at least 1"}
	}
	st, path, err := openStore(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer st.Close()

	var bar *progressbar.ProgressBar
	if e.isTerminal && !*noProgress {
		bar = newProgressBar(e.stderr)
	}
	res, err := ingest(ctx, e, st, fs.Args(), cf, *batch, bar)
	if bar != nil {
		bar.Finish()
		fmt.Fprintln(e.stderr)
	}
	fmt.Fprintf(e.stdout, "stored %d new articles, %d already stored, %d failed (database %s)\n",
		res.inserted, res.c.skipped+res.c.ok-res.inserted, res.c.failed, path)
	if err != nil {
		return err
	}
	return res.c.outcome()
}

// ingestResult tallies an ingest run.
type ingestResult struct {
	c        counter
	inserted int
}

// ingest runs the pipeline over the inputs and stores new articles in batches.
// On cancellation it stores the batch in hand before returning.
func ingest(ctx context.Context, e *env, st store.Store, inputs []string, cf codingFlags, batchSize int, bar *progressbar.ProgressBar) (ingestResult, error) {
	var res ingestResult
	cfg, err := cf.pipelineConfig(ctx, e)
	if err != nil {
		return res, err
	}
	cfg.Skip = func(ctx context.Context, a *article.Article) (bool, error) {
		return st.HasArticle(ctx, a.ID)
	}
	p := pipeline.New(cfg)
	var batch []*article.Article
	seen := map[string]bool{} // ids in the batch, so a repeat within it counts once
	flush := func(ctx context.Context) error {
		n, err := st.PutArticles(ctx, batch)
		res.inserted += n
		batch, seen = batch[:0], map[string]bool{}
		return err
	}
	err = p.Run(ctx, source.Open(ctx, inputs, cf.sourceOptions(e)), func(r pipeline.Result) error {
		if bar != nil {
			bar.Add(1)
		}
		if !res.c.add(e, r) || r.Skipped || seen[r.Article.ID] {
			return nil
		}
		seen[r.Article.ID] = true
		batch = append(batch, r.Article)
		if len(batch) >= batchSize {
			return flush(ctx)
		}
		return nil
	})
	// Store what was coded even when the run was interrupted.
	flushCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
	defer cancel()
	if ferr := flush(flushCtx); ferr != nil {
		err = errors.Join(err, ferr)
	}
	return res, err
}

func openStore(ctx context.Context, path string) (store.Store, string, error) {
	if path == "" {
		p, err := store.DefaultPath()
		if err != nil {
			return nil, "", err
		}
		path = p
	}
	st, err := store.OpenSQLite(ctx, path)
	if err != nil {
		return nil, "", err
	}
	return st, path, nil
}

func newProgressBar(w io.Writer) *progressbar.ProgressBar {
	return progressbar.NewOptions(-1,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("ingesting"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("articles"),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionSpinnerType(14),
	)
}
