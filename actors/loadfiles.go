package actors

import (
	"context"
	"fmt"
	"log/slog"
	"os"

	"entente/actors/dict"
)

// Files names dictionary files by kind for LoadFiles. The names can be
// anything: PETRARCH's validation dictionaries (PETR.Validate.actors.txt),
// which LoadDir does not recognise, load this way.
type Files struct {
	Actors, Agents, Discards, Issues, CountryInfo []string
}

// LoadFiles compiles exactly the files named, in the order given within each
// kind (the first entry of a phrase wins). Unlike LoadDir, a kind without
// files stays empty: nothing comes from the embedded set, so a closed test
// vocabulary (PETRARCH's fictional countries) is not mixed with real actors.
// Parser warnings are logged at warn level; logger may be nil.
func LoadFiles(ctx context.Context, files Files, logger *slog.Logger) (*Dictionary, error) {
	set := &dict.Set{Files: map[dict.Kind][]string{}}
	kinds := []struct {
		kind  dict.Kind
		names []string
	}{
		{dict.KindActors, files.Actors},
		{dict.KindAgents, files.Agents},
		{dict.KindDiscards, files.Discards},
		{dict.KindIssues, files.Issues},
		{dict.KindCountryInfo, files.CountryInfo},
	}
	for _, k := range kinds {
		for _, name := range k.names {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			data, err := os.ReadFile(name)
			if err != nil {
				return nil, fmt.Errorf("read %s dictionary: %w", k.kind, err)
			}
			if err := set.Add(k.kind, name, data); err != nil {
				return nil, err
			}
		}
	}
	return Compile(ctx, set, logger, slog.LevelWarn)
}
