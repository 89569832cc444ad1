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
