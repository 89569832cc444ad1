// Package stagetest gives tests of the later stages the embedded actor
// dictionaries and syntax model, loaded once per test binary.
package stagetest

import (
	"context"
	"os"
	"sync"

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
