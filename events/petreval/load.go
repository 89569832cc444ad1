package petreval

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"

	"entente/actors"
	"entente/events"
	"entente/events/petrtest"
	"entente/events/verbdict"
)

// Files names the records' dictionaries.
type Files struct {
	Verbs, Actors, Agents, Discards string // Discards may be ""
}

// FilesFor returns the dictionaries a records file names in its
// <Environment> (Verbfile, Actorfile, Agentfile, Discardfile), in dir.
func FilesFor(env petrtest.Environment, dir string) Files {
	in := func(name string) string {
		if name == "" {
			return ""
		}
		return filepath.Join(dir, name)
	}
	return Files{Verbs: in(env.Verbfile), Actors: in(env.Actorfile), Agents: in(env.Agentfile), Discards: in(env.Discardfile)}
}

// Load reads the dictionaries: the actor dictionary (actors, agents and
// discards, nothing else) and a coder on the verb dictionary whose code table
// knows the dictionary's codes (CodeTable). The validation dictionaries hold
// dozens of oddities the parsers work around; their warnings go to logger at
// debug level (logger may be nil).
func Load(ctx context.Context, f Files, logger *slog.Logger) (*actors.Dictionary, *events.Coder, error) {
	if f.Verbs == "" || f.Actors == "" {
		return nil, nil, errors.New("petreval: the verb and actor dictionaries are required")
	}
	af := actors.Files{Actors: []string{f.Actors}}
	if f.Agents != "" {
		af.Agents = []string{f.Agents}
	}
	if f.Discards != "" {
		af.Discards = []string{f.Discards}
	}
	if logger != nil {
		logger = slog.New(debugHandler{logger.Handler()})
	}
	dict, err := actors.LoadFiles(ctx, af, logger)
	if err != nil {
		return nil, nil, fmt.Errorf("petreval: actor dictionaries: %w", err)
	}
	verbs, err := verbdict.LoadFile(f.Verbs)
	if err != nil {
		return nil, nil, fmt.Errorf("petreval: verb dictionary: %w", err)
	}
	table, err := CodeTable(verbs)
	if err != nil {
		return nil, nil, err
	}
	return dict, events.NewCoderWith(verbs, table), nil
}

// debugHandler logs every record at debug level.
type debugHandler struct{ h slog.Handler }

// Enabled reports whether the wrapped handler logs debug records.
func (d debugHandler) Enabled(ctx context.Context, _ slog.Level) bool {
	return d.h.Enabled(ctx, slog.LevelDebug)
}

// Handle passes r on at debug level.
func (d debugHandler) Handle(ctx context.Context, r slog.Record) error {
	r.Level = slog.LevelDebug
	return d.h.Handle(ctx, r)
}

// WithAttrs wraps the handler with attributes.
func (d debugHandler) WithAttrs(as []slog.Attr) slog.Handler { return debugHandler{d.h.WithAttrs(as)} }

// WithGroup wraps the handler with a group.
func (d debugHandler) WithGroup(name string) slog.Handler { return debugHandler{d.h.WithGroup(name)} }
