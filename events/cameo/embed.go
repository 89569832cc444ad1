package cameo

import (
	"bytes"
	"embed"
	"fmt"
	"os"
	"path/filepath"
)

//go:embed data/gdelt/CAMEO.eventcodes.txt data/gdelt/CAMEO.goldsteinscale.txt data/plover/CAMEO2PLOVER-2021.txt
var dataFS embed.FS

// Embedded file names (paths inside the package's data directory).
const (
	NamesFile     = "data/gdelt/CAMEO.eventcodes.txt"
	GoldsteinFile = "data/gdelt/CAMEO.goldsteinscale.txt"
	PloverFile    = "data/plover/CAMEO2PLOVER-2021.txt"
)

// Load parses the embedded tables. Each call builds a new Table (about 0.5 ms,
// see BenchmarkLoad); callers keep the one they need.
func Load() (*Table, error) {
	var src [3]Source
	for i, name := range []string{NamesFile, GoldsteinFile, PloverFile} {
		b, err := dataFS.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("cameo: embedded %s: %w", name, err)
		}
		src[i] = Source{Name: name, R: bytes.NewReader(b)}
	}
	return Parse(src[0], src[1], src[2])
}

// LoadDir parses the three tables from a directory holding files named as
// upstream: CAMEO.eventcodes.txt, CAMEO.goldsteinscale.txt and
// CAMEO2PLOVER-2021.txt (for a --dict flag that loads newer tables).
func LoadDir(dir string) (*Table, error) {
	var src [3]Source
	for i, name := range []string{"CAMEO.eventcodes.txt", "CAMEO.goldsteinscale.txt", "CAMEO2PLOVER-2021.txt"} {
		p := filepath.Join(dir, name)
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("cameo: %w", err)
		}
		src[i] = Source{Name: p, R: bytes.NewReader(b)}
	}
	return Parse(src[0], src[1], src[2])
}
