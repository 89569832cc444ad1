package actors

import (
	"context"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"sync"

	"entente/actors/dict"
	"entente/actors/internal/norm"
)

// Dictionary is the compiled form of a set of dictionaries, ready to match. It is
// read-only after Load and safe for concurrent use; load it once and share it.
type Dictionary struct {
	words   *wordTable // normalized word → id; 0 is "unknown word"
	trie    *trie
	entries []entry
	agents  []agentEntry
	codes   codeInfo
	names   map[string]string // country code → country name
	// surnames are the last words of person entries' names (surnames.go).
	surnames surnameIndex

	discards *phraseSet
	issues   *phraseSet

	special specialWords
	stats   Stats
	pool    sync.Pool // *scratch
}

// entry is an actor payload of the trie.
type entry struct {
	name    string
	id      string
	rules   []dict.Rule
	typ     string // fixed type, or "" to derive it from the code
	person  bool
	country string // fixed country of nationality and capital entries
	// lasting entries keep their last code after their dates (dates.go).
	lasting bool
	// views[i] is rules[i] seen as a mention: code, type, country, agent.
	views []codeView
}

// codeView is a rule's code split for mentions.
type codeView struct {
	code, typ, country, agent string
	// codes are all the codes of a rule with several (dict.Rule.Also), else nil.
	codes []string
}

// agentEntry is an agent payload of the trie.
type agentEntry struct {
	code   string
	prefix bool
	name   string
}

// Stats describes a compiled dictionary.
type Stats struct {
	// Actors, Agents, Discards, Issues and Countries count the entries read.
	Actors, Agents, Discards, Issues, Countries int
	// Phrases is the number of phrase forms (with plurals) in the matcher.
	Phrases int
	// Words is the number of distinct words; Nodes of trie nodes.
	Words, Nodes int
	// Duplicates counts phrase forms dropped because an earlier entry had them.
	Duplicates int
	// Warnings counts the parser warnings.
	Warnings int
	// Files lists the files read, by kind.
	Files map[string][]string
}

// Stats returns counts about the dictionary.
func (d *Dictionary) Stats() Stats { return d.stats }

// Load compiles the embedded dictionaries (Phoenix actors, agents, discards,
// issues, CountryInfo and entente's supplement). Parser warnings are logged at
// debug level with a summary at info; logger may be nil.
func Load(ctx context.Context, logger *slog.Logger) (*Dictionary, error) {
	set, err := dict.ParseFS(ctx, dict.Embedded())
	if err != nil {
		return nil, fmt.Errorf("load embedded dictionaries: %w", err)
	}
	return Compile(ctx, set, logger, slog.LevelDebug)
}

// LoadDir compiles the dictionaries in dir (searched recursively, recognised by
// file name: *.actors.txt, *.agents.txt, *.discards.txt, *Issue*.txt,
// CountryInfo*.txt). A kind of dictionary that dir lacks is taken from the embedded
// set, so a directory holding just a newer actors file works. Warnings about the
// files of dir are logged at warn level.
func LoadDir(ctx context.Context, dir string, logger *slog.Logger) (*Dictionary, error) {
	if st, err := os.Stat(dir); err != nil {
		return nil, fmt.Errorf("dictionary directory: %w", err)
	} else if !st.IsDir() {
		return nil, fmt.Errorf("dictionary directory %s: not a directory", dir)
	}
	return LoadFS(ctx, os.DirFS(dir), logger)
}

// LoadFS is LoadDir for any file system.
func LoadFS(ctx context.Context, fsys fs.FS, logger *slog.Logger) (*Dictionary, error) {
	set, err := dict.ParseFS(ctx, fsys)
	if err != nil {
		return nil, fmt.Errorf("load dictionaries: %w", err)
	}
	var base *dict.Set
	for _, k := range []dict.Kind{dict.KindActors, dict.KindAgents, dict.KindDiscards, dict.KindIssues, dict.KindCountryInfo} {
		if set.Has(k) {
			continue
		}
		if base == nil {
			if base, err = dict.ParseFS(ctx, dict.Embedded()); err != nil {
				return nil, fmt.Errorf("load embedded dictionaries: %w", err)
			}
		}
		mergeKind(set, base, k)
	}
	return Compile(ctx, set, logger, slog.LevelWarn)
}

// mergeKind copies the entries of kind k from base into set.
func mergeKind(set, base *dict.Set, k dict.Kind) {
	switch k {
	case dict.KindActors:
		set.Actors = base.Actors
	case dict.KindAgents:
		set.Agents = base.Agents
	case dict.KindDiscards:
		set.Discards = base.Discards
	case dict.KindIssues:
		set.Issues = base.Issues
	case dict.KindCountryInfo:
		set.Countries = base.Countries
	}
	set.Files[k] = base.Files[k]
}

// Compile builds a Dictionary from parsed dictionaries. Each parser warning is
// logged at level warnLevel, and a summary at info.
func Compile(ctx context.Context, set *dict.Set, logger *slog.Logger, warnLevel slog.Level) (*Dictionary, error) {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	for _, w := range set.Warnings {
		logger.Log(ctx, warnLevel, "dictionary oddity", "file", w.File, "line", w.Line, "reason", w.Reason)
	}
	d, err := build(ctx, set, logger)
	if err != nil {
		return nil, err
	}
	logger.Debug("dictionaries compiled", "actors", d.stats.Actors, "agents", d.stats.Agents,
		"phrases", d.stats.Phrases, "countries", d.stats.Countries, "warnings", d.stats.Warnings)
	return d, nil
}

// intern returns the id of word, adding it when new.
func (d *Dictionary) intern(w string) uint32 { return d.words.intern(w) }

// appendIDs appends the ids of a phrase's words, interning new ones.
func (d *Dictionary) appendIDs(dst []uint32, ws []string) []uint32 {
	for _, w := range ws {
		dst = append(dst, d.intern(w))
	}
	return dst
}

// internAll interns a phrase's words.
func (d *Dictionary) internAll(ws []string) []uint32 {
	out := make([]uint32, len(ws))
	for i, w := range ws {
		out[i] = d.intern(w)
	}
	return out
}

// keyOf normalizes s into space-separated words (for names).
func keyOf(s string) string {
	var sp norm.Splitter
	var b []byte
	for i := 0; ; {
		w, next, ok := sp.Next(s, i)
		if !ok {
			break
		}
		if len(b) > 0 {
			b = append(b, ' ')
		}
		b = append(b, w.Key...)
		i = next
	}
	return string(b)
}
