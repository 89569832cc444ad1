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

// TestActorPhraseGaps checks PETRARCH's rule for phrase strings: a blank
// lets up to three words (a hyphenated word counting as one) stand between
// the words it separates, an underscore does not.
func TestActorPhraseGaps(t *testing.T) {
	p := filepath.Join(t.TempDir(), "T.Validate.actors.txt")
	data := "ITHILEN [ITH]\nITHILEN TELEVISION [ITHTV]\nARNOR_RADIO_ [ARNMED]\nARNOR [ARN]\n"
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := LoadFiles(context.Background(), Files{Actors: []string{p}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ in, text, code string }{
		{"peace in Ithilen television today", "Ithilen television", "ITHTV"},
		{"peace in Ithilen state-run television today", "Ithilen state-run television", "ITHTV"},
		{"peace in Ithilen state-run public television", "Ithilen state-run public television", "ITHTV"},
		{"peace in Ithilen, television said", "Ithilen", "ITH"},
		{"peace in Ithilen and its many other local networks of television", "Ithilen", "ITH"},
		{"Arnor radio said", "Arnor radio", "ARNMED"},
		{"Arnor state radio said", "Arnor", "ARN"},
	} {
		ms := d.Match(c.in, splitTokens(c.in), d2023)
		if len(ms) == 0 || ms[0].Text != c.text || ms[0].Code != c.code {
			t.Errorf("%q: got %+v, want %q = %s", c.in, ms, c.text, c.code)
		}
	}
}
