package actors

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"entente/actors/dict"
)

func TestLoadFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) string {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	// Validation-style names, which LoadDir does not recognise.
	files := Files{
		Actors:   []string{write("T.Validate.actors.txt", "GONDOR [GON]\n+MINAS_TIRITH\nARNOR_ [ARN]\n")},
		Agents:   []string{write("T.Validate.agents.txt", "SOLDIER [~MIL]\n")},
		Discards: []string{write("T.Validate.discards.txt", "+TYPHOON\n")},
	}
	d, err := LoadFiles(context.Background(), files, nil)
	if err != nil {
		t.Fatal(err)
	}
	doc := "Gondor soldiers met Arnor and Russia in Minas Tirith after the typhoon."
	ms := d.Match(doc, splitTokens(doc), d2023)
	if m, ok := find(ms, "Gondor soldiers"); !ok || m.Code != "GONMIL" {
		t.Errorf("composed agent: %+v", ms)
	}
	if m, ok := find(ms, "Minas Tirith"); !ok || m.Code != "GON" {
		t.Errorf("synonym: %+v", ms)
	}
	if _, ok := find(ms, "Russia"); ok {
		t.Errorf("the embedded dictionaries leaked in: %+v", ms)
	}
	if ds := d.Discards(splitTokens(doc)); len(ds) != 1 || !ds[0].Story {
		t.Errorf("discards %+v", ds)
	}
	if st := d.Stats(); st.Actors != 2 || st.Agents != 1 || st.Countries != 0 || len(st.Files["actors"]) != 1 {
		t.Errorf("stats %+v", st)
	}

	if _, err := LoadFiles(context.Background(), Files{Actors: []string{filepath.Join(dir, "missing.txt")}}, nil); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
	bad := write("bad.txt", "+ORPHAN\n")
	if _, err := LoadFiles(context.Background(), Files{Actors: []string{bad}}, nil); !errors.Is(err, dict.ErrSyntax) || !strings.Contains(err.Error(), "bad.txt") {
		t.Errorf("syntax error: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := LoadFiles(ctx, files, nil); err == nil {
		t.Error("LoadFiles with a cancelled context succeeded")
	}
}
