package verbdict

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"entente/events/petrtest"
)

// TestICEWSExamples is a smoke test of the dictionary on the CAMEO-manual
// example sentence of each code (icews/cameo-codes.csv): without a tagger or
// actors, every word whose surface form is a dictionary verb is matched and
// the codes produced are compared with the example's code. It measures how
// far the verb dictionary alone gets; the coder adds syntax and actors.
func TestICEWSExamples(t *testing.T) {
	f, err := os.Open(filepath.Join(sharedDir, "icews/cameo-codes.csv"))
	if err != nil {
		t.Skipf("reference data not available (%v); it lives in ../shared in the development checkout", err)
	}
	defer f.Close()
	codes, err := petrtest.ReadICEWSCodes(f)
	if err != nil {
		t.Fatal(err)
	}
	d := mustLoad(t)
	var examples, withVerb, rootHit, exactHit int
	for _, c := range codes {
		if c.Example == "" {
			continue
		}
		examples++
		var tk []Token
		for _, w := range strings.Fields(c.Example) {
			w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
			if w != "" {
				tk = append(tk, Token{Word: w})
			}
		}
		found, root, exact := false, false, false
		for i, tok := range tk {
			if len(d.Lemmas(tok.Word)) == 0 {
				continue
			}
			m, ok := d.Match(Query{Tokens: tk, Verb: i}, Options{})
			if !ok {
				continue
			}
			found = true
			for _, code := range []string{m.Code.Active, m.Code.Passive} {
				if len(code) >= 2 && code[:2] == c.Code[:2] {
					root = true
				}
				if code == c.Code {
					exact = true
				}
			}
		}
		if found {
			withVerb++
		}
		if root {
			rootHit++
		}
		if exact {
			exactHit++
		}
	}
	t.Logf("%d examples: %d contain a dictionary verb, %d yield the example's root among their codes, %d its exact code",
		examples, withVerb, rootHit, exactHit)
	// Measured with the embedded CAMEO.2.0.txt (see README).
	if examples != 277 || withVerb < 277 || rootHit < 164 || exactHit < 58 {
		t.Errorf("examples %d, with a verb %d, root %d, exact %d: below the measured baseline", examples, withVerb, rootHit, exactHit)
	}
}
