package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func TestEvalEvents(t *testing.T) {
	code, out, errs := runCmd(t, "", "eval", "events", "--verbose")
	if code != exitOK || !regexp.MustCompile(`events P=[0-9.]+ R=[0-9.]+ F1=[0-9.]+ \(tp \d+ fp \d+ fn \d+\)\n$`).MatchString(out) {
		t.Fatalf("eval events: exit %d, out %q, err %q", code, out, errs)
	}
	if !strings.Contains(out, "hit ") || !strings.Contains(out, "Russia invaded Ukraine") {
		t.Errorf("--verbose lists no events:\n%s", out)
	}
	dir := t.TempDir()
	bad := filepath.Join(dir, "gold.json")
	if err := os.WriteFile(bad, []byte(`{"article": "missing.txt", "events": []}`), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errs = runCmd(t, "", "eval", "events", "--gold", bad)
	if code == exitOK || !strings.Contains(errs, "missing.txt") {
		t.Errorf("gold with a missing article: exit %d, stderr %q", code, errs)
	}
	if code, _, _ = runCmd(t, "", "eval", "events", "stray"); code != exitUsage {
		t.Errorf("stray argument: exit %d", code)
	}
}

func TestEvalEventsICEWS(t *testing.T) {
	path := "../../../shared/data/eventdata/icews/cameo-codes.csv"
	if _, err := os.Stat(path); err != nil {
		t.Skip("shared ICEWS examples not available:", err)
	}
	code, out, errs := runCmd(t, "", "eval", "events", "--icews", path)
	if code != exitOK || !regexp.MustCompile(`icews root_accuracy=[0-9.]+ \(\d+/\d+\)\n$`).MatchString(out) {
		t.Fatalf("eval events --icews: exit %d, out %q, err %q", code, out, errs)
	}
}
