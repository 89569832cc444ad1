package dict

import (
	"bytes"
	"context"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
)

//go:embed petrarch2/*.txt CountryInfo/*.txt entente/*.txt
var embedded embed.FS

// Embedded returns the vendored dictionary files: petrarch2/ (Phoenix actors,
// agents, discards, issues), CountryInfo/ and entente/ (entente's own supplement).
func Embedded() fs.FS { return embedded }

// Kind is the format of a dictionary file.
type Kind int

// The dictionary formats.
const (
	KindUnknown Kind = iota
	KindActors
	KindAgents
	KindDiscards
	KindIssues
	KindCountryInfo
)

// String names the kind.
func (k Kind) String() string {
	switch k {
	case KindActors:
		return "actors"
	case KindAgents:
		return "agents"
	case KindDiscards:
		return "discards"
	case KindIssues:
		return "issues"
	case KindCountryInfo:
		return "countryinfo"
	}
	return "unknown"
}

// KindOf tells a file's format from its name: *.actors.txt, *.agents.txt,
// *.discards.txt, *Issue*.txt or *.issues.txt, CountryInfo*.txt. Other names
// (validation dictionaries, verbs, prepositions) are KindUnknown.
func KindOf(name string) Kind {
	base := path.Base(name)
	lower := strings.ToLower(base)
	switch {
	case !strings.HasSuffix(lower, ".txt"), strings.Contains(lower, "validate"):
		return KindUnknown
	case strings.HasSuffix(lower, ".actors.txt"):
		return KindActors
	case strings.HasSuffix(lower, ".agents.txt"):
		return KindAgents
	case strings.HasSuffix(lower, ".discards.txt"):
		return KindDiscards
	case strings.Contains(lower, "issue"):
		return KindIssues
	case strings.HasPrefix(lower, "countryinfo"):
		return KindCountryInfo
	}
	return KindUnknown
}

// Set is everything read from a set of dictionary files. Within each list, entries
// keep the order of their files (sorted by path) and of their lines: when two
// entries have the same phrase, the first one wins.
type Set struct {
	Actors    []Actor
	Agents    []Agent
	Discards  []Discard
	Issues    []Issue
	Countries []Country
	// Warnings are the oddities the parsers worked around.
	Warnings []Warning
	// Files lists the files read, by kind.
	Files map[Kind][]string
}

// Has reports whether the set read at least one file of kind k.
func (s *Set) Has(k Kind) bool { return len(s.Files[k]) > 0 }

// ParseFS reads every dictionary file of fsys (recursively; see KindOf) into a Set.
// The first syntax error stops it; the error names file and line.
func ParseFS(ctx context.Context, fsys fs.FS) (*Set, error) {
	var names []string
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && KindOf(p) != KindUnknown {
			names = append(names, p)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("list dictionaries: %w", err)
	}
	sort.Strings(names)
	s := &Set{Files: map[Kind][]string{}}
	for _, name := range names {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("read dictionary: %w", err)
		}
		if err := s.Add(KindOf(name), name, data); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// Add parses one dictionary file of kind k, named name, into s: its entries,
// warnings and name. A file of an unknown kind is an error.
func (s *Set) Add(k Kind, name string, data []byte) error {
	r := bytes.NewReader(data)
	var warns []Warning
	var err error
	switch k {
	case KindActors:
		var v []Actor
		v, warns, err = ParseActors(r, name)
		s.Actors = append(s.Actors, v...)
	case KindAgents:
		var v []Agent
		v, warns, err = ParseAgents(r, name)
		s.Agents = append(s.Agents, v...)
	case KindDiscards:
		var v []Discard
		v, warns, err = ParseDiscards(r, name)
		s.Discards = append(s.Discards, v...)
	case KindIssues:
		var v []Issue
		v, warns, err = ParseIssues(r, name)
		s.Issues = append(s.Issues, v...)
	case KindCountryInfo:
		var v []Country
		v, warns, err = ParseCountryInfo(r, name)
		s.Countries = append(s.Countries, v...)
	default:
		return fmt.Errorf("load %s: unknown dictionary kind", name)
	}
	s.Warnings = append(s.Warnings, warns...)
	if err != nil {
		return fmt.Errorf("parse %s dictionary: %w", k, err)
	}
	s.Files[k] = append(s.Files[k], name)
	return nil
}
