// Package stagetest gives tests of the later stages the embedded actor
// dictionaries and syntax model, loaded once per test binary.
package stagetest

import (
	"context"
	"os"
	"strings"
	"sync"
	"unicode/utf8"

	"entente/actors"
	"entente/syntax"
)

// Models returns the embedded actor dictionary and syntax model, loading them
// on the first call. ENTENTE_SYNTAX_MODEL names a model file to use instead of
// the embedded one (for trying a freshly trained model). It panics when they
// cannot be loaded: no test of a later stage can run without them.
var Models = sync.OnceValues(func() (*actors.Dictionary, *syntax.Model) {
	d, err := actors.Load(context.Background(), nil)
	if err != nil {
		panic(err)
	}
	load := syntax.LoadDefault
	if path := os.Getenv("ENTENTE_SYNTAX_MODEL"); path != "" {
		load = func() (*syntax.Model, error) { return syntax.LoadFile(path) }
	}
	m, err := load()
	if err != nil {
		panic(err)
	}
	return d, m
})

// FuzzText reports whether a fuzzer's input is text the article stage could
// hand on — valid UTF-8 without NUL bytes — and short enough (4,000 bytes)
// to keep a fuzz run fast.
func FuzzText(raw string) bool {
	return utf8.ValidString(raw) && len(raw) <= 4000 && !strings.ContainsRune(raw, 0)
}
