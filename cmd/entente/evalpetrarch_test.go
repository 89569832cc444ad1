package main

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// sharedRecords is PETR.UnitTest.records.xml in the shared reference-data
// folder, relative to this package.
const sharedRecords = "../../../shared/data/eventdata/petrarch2/PETR.UnitTest.records.xml"

// evalPetrarch runs the command in-process (the "eval" dispatch is not
// needed) and returns its error and output.
func evalPetrarch(t *testing.T, args ...string) (string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, log: slog.New(slog.DiscardHandler)}
	err := runEvalPetrarch(context.Background(), e, args)
	return out.String() + errb.String(), err
}

func TestEvalPetrarch(t *testing.T) {
	if _, err := os.Stat(sharedRecords); err != nil {
		t.Skipf("PETRARCH records not available (%v); they live in ../shared in the development checkout", err)
	}
	out, err := evalPetrarch(t, "--records", sharedRecords, "--verbose")
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	last := lines[len(lines)-1]
	if !regexp.MustCompile(`^petrarch pass=\d+/\d+ rate=[01]\.\d{3}$`).MatchString(last) {
		t.Errorf("last line %q, want petrarch pass=N/M rate=0.xxx", last)
	}
	for _, want := range []string{"PETR.Validate.verbs.txt", "FAIL ", "SKIP ERROR-02", "category"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	t.Log(last)
}

func TestEvalPetrarchErrors(t *testing.T) {
	if _, err := evalPetrarch(t, "extra"); !errors.As(err, new(usageError)) {
		t.Errorf("an argument: %v, want a usage error", err)
	}
	// The default records path is relative to the working directory (the
	// repository root); from this package's directory it does not exist.
	if _, err := evalPetrarch(t); err == nil || !strings.Contains(err.Error(), "--records") || !strings.Contains(err.Error(), "shared") {
		t.Errorf("default records file absent: %v", err)
	}
	if _, err := evalPetrarch(t, "--help"); !errors.Is(err, errHelp) {
		t.Errorf("--help: %v", err)
	}
	missing := filepath.Join(t.TempDir(), "none.xml")
	if _, err := evalPetrarch(t, "--records", missing); err == nil || !strings.Contains(err.Error(), "none.xml") {
		t.Errorf("missing records file: %v", err)
	}
	// A records file whose dictionaries are not in --dir.
	dir := t.TempDir()
	rec := filepath.Join(dir, "records.xml")
	xml := `<Validation><Environment><Verbfile>v.txt</Verbfile><Actorfile>a.txt</Actorfile></Environment>
<Sentences><Sentence date="19950101" id="X-1" category="DEMO" sentence="true">
<EventCoding noevents="True"></EventCoding><Text>Nothing happened.</Text></Sentence></Sentences></Validation>`
	if err := os.WriteFile(rec, []byte(xml), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := evalPetrarch(t, "--records", rec); err == nil || !strings.Contains(err.Error(), "--dir") {
		t.Errorf("missing dictionaries: %v", err)
	}
}

func TestEvalPetrarchSmallFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("v.txt", "--- CONDEMN [122] ---\nCONDEMN\n")
	write("a.txt", "ARNOR [ARN]\nGONDOR [GON]\n")
	write("g.txt", "GOVERNMENT [~GOV]\n")
	write("records.xml", `<Validation><Environment><Verbfile>v.txt</Verbfile><Actorfile>a.txt</Actorfile>
<Agentfile>g.txt</Agentfile><Include>valid DEMO</Include></Environment>
<Sentences>
<Sentence date="19950101" id="X-1" category="DEMO" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="122"></EventCoding>
<Text>Arnor condemned Gondor on Sunday.</Text></Sentence>
<Sentence date="19950101" id="X-2" category="DEMO" sentence="true">
<EventCoding noevents="True"></EventCoding><Text>The weather was fine on Sunday.</Text></Sentence>
<Sentence date="19950101" id="X-3" category="OTHER" sentence="true">
<EventCoding noevents="True"></EventCoding><Text>Arnor condemned Gondor.</Text></Sentence>
</Sentences></Validation>`)
	out, err := evalPetrarch(t, "--records", filepath.Join(dir, "records.xml"), "--min", "1")
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if !strings.HasSuffix(strings.TrimSpace(out), "petrarch pass=2/2 rate=1.000") {
		t.Errorf("output:\n%s", out)
	}
	out, err = evalPetrarch(t, "--records", filepath.Join(dir, "records.xml"), "--all-categories", "--min", "0.9")
	if err == nil || !strings.Contains(err.Error(), "below --min") {
		t.Errorf("--all-categories scores X-3 too and fails --min 0.9: %v\n%s", err, out)
	}
}
