package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/pprof"
	"time"

	"entente/internal/memstat"
	"entente/pipeline"
	"entente/source"
)

// errLimit stops a bench run after --limit articles.
var errLimit = errors.New("limit reached")

func runBench(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "bench", "[flags] CORPUS ...", `
Run the pipeline over a corpus (a JSON Lines dump, a directory or files) without
storing anything, and report articles/s, MB/s of input, time per stage and peak
resident memory. The last line is machine-readable:
  articles/s=… MB/s=… rss_mb=…
Stage times are summed over workers, so their MB/s are per core.`)
	var cf codingFlags
	cf.register(fs)
	limit := fs.Int("limit", 0, "stop after this many articles (0: all)")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile to this file")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if err := cf.validate(); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageError{"no corpus named"}
	}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return fmt.Errorf("cpu profile: %w", err)
		}
		defer pprof.StopCPUProfile()
	}
	cfg, err := cf.pipelineConfig(ctx, e)
	if err != nil {
		return err
	}
	p := pipeline.New(cfg)
	var st benchStats
	start := time.Now()
	err = p.Run(ctx, source.Open(ctx, fs.Args(), cf.sourceOptions(e)), func(r pipeline.Result) error {
		st.add(r)
		if r.Err != nil {
			e.log.Warn("input failed", "err", r.Err)
		}
		if *limit > 0 && st.articles >= *limit {
			return errLimit
		}
		return nil
	})
	st.wall = time.Since(start)
	if err != nil && !errors.Is(err, errLimit) {
		return err
	}
	if st.articles == 0 {
		return fmt.Errorf("no article in the corpus could be coded (%d failed)", st.failed)
	}
	workers := cf.workers
	if workers == 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	st.print(e.stdout, fs.Args(), workers)
	return nil
}

// benchStats accumulates a bench run.
type benchStats struct {
	articles, failed int
	inBytes, outText int64
	stages           pipeline.Timing
	wall             time.Duration
}

func (s *benchStats) add(r pipeline.Result) {
	if r.Err != nil {
		s.failed++
		return
	}
	s.articles++
	s.inBytes += int64(r.Bytes)
	s.outText += int64(len(r.Article.Text))
	s.stages = s.stages.Add(r.Timing)
}

func (s *benchStats) print(w io.Writer, corpus []string, workers int) {
	const mb = 1 << 20
	rss, exact := memstat.PeakRSS()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	secs := s.wall.Seconds()
	fmt.Fprintf(w, "corpus: %v\n", corpus)
	fmt.Fprintf(w, "articles: %d coded, %d failed; input %.1f MB, clean text %.1f MB\n",
		s.articles, s.failed, float64(s.inBytes)/mb, float64(s.outText)/mb)
	fmt.Fprintf(w, "wall: %.3fs with %d workers (GOMAXPROCS %d)\n", secs, workers, runtime.GOMAXPROCS(0))
	fmt.Fprintf(w, "%-10s %10s %12s\n", "stage", "time (s)", "MB/s/core")
	stage := func(name string, d time.Duration, bytes int64) {
		rate := 0.0
		if d > 0 {
			rate = float64(bytes) / mb / d.Seconds()
		}
		fmt.Fprintf(w, "%-10s %10.3f %12.1f\n", name, d.Seconds(), rate)
	}
	stage("article", s.stages.Article, s.inBytes)
	stage("text", s.stages.Text, s.outText)
	stage("syntax", s.stages.Syntax, s.outText)
	stage("actors", s.stages.Actors, s.outText)
	stage("quotes", s.stages.Quotes, s.outText)
	stage("events", s.stages.Events, s.outText)
	note := ""
	if !exact {
		note = " (approximate: Go runtime memory)"
	}
	fmt.Fprintf(w, "peak RSS: %.1f MB%s; Go heap in use %.1f MB; GC cycles %d\n",
		float64(rss)/mb, note, float64(ms.HeapInuse)/mb, ms.NumGC)
	fmt.Fprintf(w, "articles/s=%.1f MB/s=%.2f rss_mb=%.1f\n",
		float64(s.articles)/secs, float64(s.inBytes)/mb/secs, float64(rss)/mb)
}
