package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"strings"
	"time"

	"entente/actors"
	"entente/article"
	"entente/events"
	"entente/pipeline"
	"entente/source"
)

// errHelp is returned when a command printed its help on request.
var errHelp = errors.New("help requested")

// newFlags returns a flag set for a command whose help shows usage and about.
func newFlags(e *env, name, usage, about string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: entente %s %s\n\n%s\n\nFlags:\n", name, usage, strings.TrimSpace(about))
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args, turning -h into errHelp and mistakes into usageError.
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return errHelp
		}
		return usageError{err.Error()}
	}
	return nil
}

// codingFlags are the flags shared by the commands that run the pipeline.
type codingFlags struct {
	dictDir     string
	syntaxModel string
	date        string
	source      string
	workers     int
	maxBytes    int64
}

func (c *codingFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&c.dictDir, "dict", "", "directory of newer actor dictionaries (default: the embedded ones)")
	fs.StringVar(&c.syntaxModel, "syntax-model", "", "syntax model file (default: the embedded one)")
	fs.StringVar(&c.date, "date", "", "date (YYYY-MM-DD) for articles that carry none")
	fs.StringVar(&c.source, "source", "", "outlet name for articles that carry none")
	fs.IntVar(&c.workers, "workers", 0, "articles coded at once (0: one per CPU)")
	fs.Int64Var(&c.maxBytes, "max-bytes", source.DefaultMaxBytes, "largest input document accepted, in bytes")
}

func (c *codingFlags) validate() error {
	if c.date != "" {
		if _, err := time.Parse("2006-01-02", c.date); err != nil {
			return usageError{fmt.Sprintf("--date %q is not YYYY-MM-DD", c.date)}
		}
	}
	if c.workers < 0 {
		return usageError{"--workers must be 0 or more"}
	}
	return nil
}

// pipelineConfig loads the dictionaries and returns the pipeline's setup.
func (c *codingFlags) pipelineConfig(ctx context.Context, e *env) (pipeline.Config, error) {
	dict, err := loadActors(ctx, e, c.dictDir)
	if err != nil {
		return pipeline.Config{}, err
	}
	model, err := loadSyntax(c.syntaxModel)
	if err != nil {
		return pipeline.Config{}, err
	}
	coder, err := events.NewCoder()
	if err != nil {
		return pipeline.Config{}, err
	}
	return pipeline.Config{
		Workers: c.workers,
		Article: article.Options{DefaultDate: c.date, Source: c.source},
		Actors:  dict,
		Syntax:  model,
		Events:  coder,
	}, nil
}

// loadActors loads the embedded actor dictionaries, or those in dir.
func loadActors(ctx context.Context, e *env, dir string) (*actors.Dictionary, error) {
	if dir == "" {
		return actors.Load(ctx, e.log)
	}
	d, err := actors.LoadDir(ctx, dir, e.log)
	if err != nil {
		return nil, fmt.Errorf("--dict %s: %w", dir, err)
	}
	return d, nil
}

func (c *codingFlags) sourceOptions(e *env) source.Options {
	return source.Options{MaxBytes: c.maxBytes, Stdin: e.stdin}
}
