package verbdict

import (
	"bytes"
	_ "embed"
	"fmt"
	"os"
)

// EmbeddedName is the name of the embedded dictionary in messages.
const EmbeddedName = "data/petrarch2/CAMEO.2.0.txt"

//go:embed data/petrarch2/CAMEO.2.0.txt
var cameo20 []byte

// Load parses and compiles the embedded PETRARCH-2 CAMEO verb dictionary
// (CAMEO.2.0.txt). Each call builds a new Dictionary; see BenchmarkLoad for
// the cost.
func Load() (*Dictionary, error) {
	return Parse(EmbeddedName, bytes.NewReader(cameo20))
}

// LoadFile parses a verb dictionary from disk (a newer CAMEO.2.0.txt, or a
// test dictionary such as PETR.Validate.verbs.txt).
func LoadFile(path string) (*Dictionary, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("verbdict: %w", err)
	}
	defer f.Close()
	return Parse(path, f)
}

// SupplementName is the name of entente's supplement in messages.
const SupplementName = "data/entente/supplement.txt"

//go:embed data/entente/supplement.txt
var supplement []byte

// LoadEntente parses the embedded CAMEO.2.0.txt followed by entente's small
// supplement (data/entente/supplement.txt: constructions the 2015 dictionary
// codes against the CAMEO manual, each with its reason). It is what the event
// coder uses; Load gives the dictionary exactly as published.
func LoadEntente() (*Dictionary, error) {
	return ParseAll(EmbeddedName+" + "+SupplementName,
		Source{Name: EmbeddedName, R: bytes.NewReader(cameo20)},
		Source{Name: SupplementName, R: bytes.NewReader(supplement)})
}
