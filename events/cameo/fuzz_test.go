package cameo

import (
	"bytes"
	"strings"
	"testing"
)

// FuzzParse feeds arbitrary text to every table parser: errors are fine,
// panics are not, and a table that parses satisfies the documented invariants.
func FuzzParse(f *testing.F) {
	f.Add("CAMEOEVENTCODE\tEVENTDESCRIPTION\n01\tX\n010\tY\n", "CAMEOEVENTCODE\tGOLDSTEINSCALE\n01\t0\n010\t-1.5\n", "01: X\n010: Y, m, a; b # c\n~~~\n")
	f.Add("", "", "")
	f.Add("CAMEOEVENTCODE\tEVENTDESCRIPTION\n00\t\n", "CAMEOEVENTCODE\tGOLDSTEINSCALE\n00\tNaN\n", ":\n")
	f.Fuzz(func(t *testing.T, names, gs, pl string) {
		tab, err := Parse(Source{"n", strings.NewReader(names)}, Source{"g", bytes.NewReader([]byte(gs))}, Source{"p", strings.NewReader(pl)})
		if err != nil {
			return
		}
		for _, c := range tab.Codes() {
			if c.Root != c.Code[:2] || !(c.Goldstein >= -10 && c.Goldstein <= 10) {
				t.Fatalf("bad row %+v", c)
			}
		}
	})
}
