package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"entente/events"
)

func TestEvalPlover(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "stories.csv")
	csv := "text,prompt,label,mode\n" +
		"\"Russia condemned Israel on Monday for the strikes.\",\"Russia Condemns Israel\",ACCUSE,\n" +
		"\"Teachers in the capital stayed home.\",\"Teachers Stay Home\",PROTEST,STRIKE\n" +
		"\"China vetoed the resolution.\",\"China Vetoes\",REJECT,\n"
	if err := os.WriteFile(path, []byte(csv), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCmd(t, "", "eval", "plover", "--limit", "2", "--verbose", path)
	if code != exitOK || !regexp.MustCompile(`plover doc_recall=[0-9.]+ \(\d+/2\) top_accuracy=[0-9.]+ \(\d+/2\)\n$`).MatchString(out) {
		t.Fatalf("eval plover: exit %d, out %q, err %q", code, out, errs)
	}
	if !strings.Contains(out, "story 1 ACCUSE: RUS→ISR 111/ACCUSE") {
		t.Errorf("--verbose does not list the coded accusation:\n%s", out)
	}
	if code, _, errs = runCmd(t, "", "eval", "plover", filepath.Join(dir, "missing.csv")); code == exitOK || !strings.Contains(errs, "missing.csv") {
		t.Errorf("missing file: exit %d, stderr %q", code, errs)
	}
	if code, _, _ = runCmd(t, "", "eval", "plover"); code != exitUsage {
		t.Errorf("no file: exit %d", code)
	}
}

func TestPloverTally(t *testing.T) {
	ev := func(ty string) events.Event { return events.Event{Plover: events.Plover{Type: ty}} }
	var tl ploverTally
	tl.add("ACCUSE", []events.Event{ev("CONSULT"), ev("ACCUSE"), ev("ACCUSE")}) // hit, top
	tl.add("ACCUSE", []events.Event{ev("CONSULT"), ev("ACCUSE")})               // hit; tie: first type is top
	tl.add("ACCUSE", nil)                                                       // not coded
	tl.add("PROTEST", []events.Event{ev("ASSAULT")})                            // coded, no hit
	want := map[string]ploverCount{"ACCUSE": {docs: 3, coded: 2, hit: 2, top: 1}, "PROTEST": {docs: 1, coded: 1}}
	for l, w := range want {
		if got := *tl.labels[l]; got != w {
			t.Errorf("%s: %+v, want %+v", l, got, w)
		}
	}
	var b bytes.Buffer
	tl.write(&b)
	if !strings.HasSuffix(b.String(), "plover doc_recall=0.500 (2/4) top_accuracy=0.250 (1/4)\n") {
		t.Errorf("summary:\n%s", b.String())
	}
}

func TestEvalPloverShared(t *testing.T) {
	path := "../../../shared/data/eventdata/NGEC/gpt_synthetic_events_2023-10-19_19.csv.zip"
	if _, err := os.Stat(path); err != nil {
		t.Skip("shared NGEC synthetic stories not available:", err)
	}
	code, out, errs := runCmd(t, "", "eval", "plover", "--limit", "40", path)
	if code != exitOK || !strings.Contains(out, "plover doc_recall=") || !strings.Contains(out, "(") {
		t.Fatalf("eval plover on the NGEC zip: exit %d, out %q, err %q", code, out, errs)
	}
}
