package main

import (
	"context"
	"fmt"

	"entente/contract"
	"entente/pipeline"
	"entente/source"
	"entente/stories"
)

func runCode(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "code", "[flags] FILE|DIR|- ...", `
Code articles and write the JSON Lines contract to stdout: one "article" record
per article followed by its mention, entity, quote and event records, and
"story" records that link the events several articles report (written when
a story closes, the rest at the end). Inputs are text
or HTML files, directories (walked), .jsonl dumps with one article per line, or
"-" for standard input. Inputs that fail are reported on stderr and skipped.`)
	var cf codingFlags
	cf.register(fs)
	format := fs.String("format", "jsonl", "output format (jsonl)")
	horizon := fs.Int("story-horizon", stories.DefaultHorizon,
		"days behind the newest date after which a story closes (raise it for archives not in date order)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if err := cf.validate(); err != nil {
		return err
	}
	if *format != "jsonl" {
		return usageError{fmt.Sprintf("--format %q: only jsonl is supported", *format)}
	}
	if fs.NArg() == 0 {
		return usageError{"no input: name files, directories or - for standard input"}
	}
	out := contract.NewWriter(e.stdout)
	cfg, err := cf.pipelineConfig(ctx, e)
	if err != nil {
		return err
	}
	p := pipeline.New(cfg)
	var c counter
	// Stories: Add sets story_id on the article's events before they are
	// written; a story record follows when the story closes, the rest at the end.
	linker := stories.NewLinker(stories.Options{Horizon: *horizon})
	writeStories := func(ss []stories.Story) error {
		for _, s := range ss {
			if err := out.Write(contract.NewStoryRecord(s)); err != nil {
				return err
			}
		}
		return nil
	}
	err = p.Run(ctx, source.Open(ctx, fs.Args(), cf.sourceOptions(e)), func(r pipeline.Result) error {
		if !c.add(e, r) {
			return nil
		}
		closed := linker.Add(r.Events)
		for _, rec := range contract.Records(r) {
			if err := out.Write(rec); err != nil {
				return err
			}
		}
		return writeStories(closed)
	})
	if err == nil {
		err = writeStories(linker.Flush())
	}
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		return err
	}
	return c.outcome()
}

// counter tallies results and logs failures.
type counter struct {
	ok, failed, skipped int
}

// add counts r, logs it if it failed, and reports whether it succeeded.
func (c *counter) add(e *env, r pipeline.Result) bool {
	if r.Err != nil {
		c.failed++
		e.log.Error("input failed", "err", r.Err)
		return false
	}
	if r.Skipped {
		c.skipped++
	} else {
		c.ok++
	}
	return true
}

// outcome turns the tally into the command's error: nil when all went well.
func (c *counter) outcome() error {
	total := c.ok + c.failed + c.skipped
	switch {
	case c.failed == 0:
		return nil
	case c.failed == total:
		return fmt.Errorf("all %d inputs failed", total)
	default:
		return partialError{failed: c.failed, total: total}
	}
}
