package actors

import (
	"bytes"
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
			if err := addFile(set, k.kind, name, data); err != nil {
				return nil, err
			}
		}
	}
	return Compile(ctx, set, logger, slog.LevelWarn)
}

// addFile parses one file of kind k into set.
func addFile(set *dict.Set, k dict.Kind, name string, data []byte) error {
	r := bytes.NewReader(data)
	var warns []dict.Warning
	var err error
	switch k {
	case dict.KindActors:
		var v []dict.Actor
		v, warns, err = dict.ParseActors(r, name)
		set.Actors = append(set.Actors, v...)
	case dict.KindAgents:
		var v []dict.Agent
		v, warns, err = dict.ParseAgents(r, name)
		set.Agents = append(set.Agents, v...)
	case dict.KindDiscards:
		var v []dict.Discard
		v, warns, err = dict.ParseDiscards(r, name)
		set.Discards = append(set.Discards, v...)
	case dict.KindIssues:
		var v []dict.Issue
		v, warns, err = dict.ParseIssues(r, name)
		set.Issues = append(set.Issues, v...)
	case dict.KindCountryInfo:
		var v []dict.Country
		v, warns, err = dict.ParseCountryInfo(r, name)
		set.Countries = append(set.Countries, v...)
	default:
		return fmt.Errorf("load %s: unknown dictionary kind", name)
	}
	set.Warnings = append(set.Warnings, warns...)
	if err != nil {
		return fmt.Errorf("parse %s dictionary: %w", k, err)
	}
	set.Files[k] = append(set.Files[k], name)
	return nil
}
