package actors

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"
)

// testDict loads the embedded dictionaries once for all tests of the package.
var testDict = sync.OnceValues(func() (*Dictionary, error) {
	return Load(context.Background(), nil)
})

func mustDict(t testing.TB) *Dictionary {
	t.Helper()
	d, err := testDict()
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return d
}

// sharedPath returns a file of ../../shared (the project's shared data, not
// available to users), or skips the test when it is absent.
func sharedPath(t testing.TB, rel string) string {
	t.Helper()
	p := filepath.Join("..", "..", "shared", rel)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("shared data %s not available (%v): skipping", p, err)
	}
	return p
}

// seedText returns the seed article from testdata/seed or from shared/seed.
func seedText(t testing.TB) string {
	t.Helper()
	name := "jewish-insider-israel-russia-china.txt"
	p := filepath.Join("..", "testdata", "seed", name)
	if _, err := os.Stat(p); err != nil {
		p = sharedPath(t, filepath.Join("seed", name))
	}
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// resolution is a text whose mention with the given text the resolver must
// code as code; code "" means no mention with that text.
type resolution struct{ name, in, text, code string }

// checkResolutions resolves each case's text on 31 October 2023 with the
// embedded dictionaries and checks the mention it names.
func checkResolutions(t *testing.T, cases []resolution) {
	t.Helper()
	d := mustDict(t)
	for _, c := range cases {
		ms := resolved(t, d, c.in, d2023)
		m, ok := find(ms, c.text)
		if c.code == "" {
			if ok {
				t.Errorf("%s: %q: unexpected %+v", c.name, c.in, m)
			}
			continue
		}
		if !ok || m.Code != c.code || m.Text != c.text {
			t.Errorf("%s: %q: got %+v, want %q %s", c.name, c.in, ms, c.text, c.code)
		}
	}
}
