package syntax

import (
	"os"
	"path/filepath"
	"testing"
)

// treebankDir is UD English EWT in the shared data directory beside the
// repository (../shared from the repository root).
var treebankDir = filepath.Join("..", "..", "shared", "data", "ud", "UD_English-EWT")

func openTreebank(t *testing.T, name string) *os.File {
	t.Helper()
	f, err := os.Open(filepath.Join(treebankDir, name))
	if os.IsNotExist(err) {
		t.Skipf("%s: ../shared/data/ud not present", name)
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// TestAccuracyEWT checks the embedded model against the bars on the EWT test
// set with gold tokenisation.
func TestAccuracyEWT(t *testing.T) {
	if testing.Short() {
		t.Skip("accuracy test skipped in -short mode")
	}
	m := defaultModel(t)
	sc, err := Evaluate(m, openTreebank(t, "en_ewt-ud-test.conllu"))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("EWT test:\n%s", sc)
	if sc.Words != 25094 {
		t.Errorf("scored %d words, want 25094", sc.Words)
	}
	bars := []struct {
		name      string
		got, want float64
	}{
		{"UPOS", sc.UPOS, 95.0},
		{"XPOS", sc.XPOS, 94.0},
		{"lemma", sc.Lemma, 96.5},
		{"UAS", sc.UAS, 86.0},
		{"LAS", sc.LAS, 82.0},
	}
	for _, b := range bars {
		if b.got < b.want {
			t.Errorf("%s = %.2f, want >= %.2f", b.name, b.got, b.want)
		}
	}
}
