package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"entente/internal/seeddata"
)

// runCmd runs one command line in-process.
func runCmd(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(stdin), &out, &errb, false)
	return code, out.String(), errb.String()
}

func seedFile(t *testing.T, dir string) string {
	t.Helper()
	path := filepath.Join(dir, seeddata.ArticleName)
	if err := os.WriteFile(path, seeddata.Article(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestCodeSeed(t *testing.T) {
	path := seedFile(t, t.TempDir())
	code, out, errs := runCmd(t, "", "code", "--date", "2023-10-31", path)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	var rec map[string]any
	if err := json.Unmarshal([]byte(lines[0]), &rec); err != nil {
		t.Fatal(err)
	}
	kinds := map[string]int{}
	for _, l := range lines {
		var m struct {
			Kind      string `json:"kind"`
			ArticleID string `json:"article_id"`
			Code      string `json:"code"`
			Text      string `json:"text"`
			Source    any    `json:"source"` // a string on mentions, an actor on events
		}
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("line %q: %v", l, err)
		}
		kinds[m.Kind]++
		if m.Kind == "mention" && (m.ArticleID != rec["id"] || m.Text == "" || m.Code == "" && !strings.HasPrefix(fmt.Sprint(m.Source), "coref:")) {
			t.Errorf("mention record incomplete: %s", l)
		}
	}
	if kinds["article"] != 1 || kinds["mention"] < 100 || kinds["quote"] < 40 || kinds["entity"] < 10 || kinds["event"] < 5 {
		t.Errorf("record kinds = %v, want 1 article, its mentions and its quotes", kinds)
	}
	if rec["kind"] != "article" || rec["published"] != "2023-10-31" || rec["id"] == "" {
		t.Errorf("record = %v", rec)
	}
	if text, _ := rec["text"].(string); strings.Contains(text, "fbpx") || !strings.Contains(text, "Svetlova") {
		t.Error("record text is not the clean body")
	}
}

func TestCodeExitCodes(t *testing.T) {
	dir := t.TempDir()
	seedFile(t, dir)
	if err := os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "binary"), []byte("\x00\x01\x02ELF"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCmd(t, "", "code", dir)
	if code != exitPartial {
		t.Errorf("directory with bad files: exit %d, want %d", code, exitPartial)
	}
	if strings.Count(out, `"kind":"article"`) != 1 {
		t.Errorf("the good file was not coded: %q", out)
	}
	for _, want := range []string{"empty.txt: empty input", "binary: binary data"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	if code, _, errs := runCmd(t, "", "code", filepath.Join(dir, "missing.txt")); code != exitFailed || !strings.Contains(errs, "missing.txt") {
		t.Errorf("missing file: exit %d, stderr %q", code, errs)
	}
	if code, _, _ := runCmd(t, "", "code"); code != exitUsage {
		t.Errorf("no input: exit %d, want %d", code, exitUsage)
	}
	if code, _, _ := runCmd(t, "", "code", "--date", "31/10/2023", dir); code != exitUsage {
		t.Errorf("bad date: exit %d, want %d", code, exitUsage)
	}
	if code, out, _ := runCmd(t, "Headline\n\nRussia vetoed it.", "code", "-"); code != exitOK || !strings.Contains(out, "Russia vetoed it.") {
		t.Errorf("stdin: exit %d, out %q", code, out)
	}
}

func TestIngestIsIdempotent(t *testing.T) {
	dir := t.TempDir()
	path := seedFile(t, dir)
	db := filepath.Join(dir, "db", "entente.db")
	code, out, errs := runCmd(t, "", "ingest", "--db", db, path)
	if code != exitOK || !strings.Contains(out, "stored 1 new articles") {
		t.Fatalf("first ingest: exit %d, out %q, err %q", code, out, errs)
	}
	code, out, _ = runCmd(t, "", "ingest", "--db", db, path, path)
	if code != exitOK || !strings.Contains(out, "stored 0 new articles, 2 already stored") {
		t.Fatalf("second ingest: exit %d, out %q", code, out)
	}
}

func TestDemoEvalBench(t *testing.T) {
	dir := t.TempDir()
	code, out, errs := runCmd(t, "", "demo", "--db", filepath.Join(dir, "demo.db"))
	if code != exitOK {
		t.Fatalf("demo: exit %d: %s", code, errs)
	}
	for _, want := range []string{"Israel learns the hard way", "Source: Jewish Insider", "Published: 2023-10-31", "stored",
		"Who said what:", "Ksenia Svetlova (senior research nonresident fellow, Atlantic Council)",
		"Who did what to whom:", "(RUS) → Ukraine (UKR): CAMEO 19"} {
		if !strings.Contains(out, want) {
			t.Errorf("demo output lacks %q:\n%s", want, out)
		}
	}
	code, out, _ = runCmd(t, "", "eval")
	if code != exitOK || !strings.HasSuffix(strings.TrimSpace(out), "boilerplate removed=4/4 body_kept=57/57 title=ok") {
		t.Errorf("eval: exit %d, out %q", code, out)
	}
	code, out, _ = runCmd(t, "", "eval", "quotes")
	if code != exitOK || !regexp.MustCompile(`who-said-what P=[0-9.]+ R=[0-9.]+ F1=[0-9.]+\n?$`).MatchString(out) {
		t.Errorf("eval quotes: exit %d, out %q", code, out)
	}
	if !strings.Contains(out, "Ksenia Svetlova") && !strings.Contains(out, "quotes") {
		t.Errorf("eval quotes printed no report: %q", out)
	}
	corpus := filepath.Join(dir, "corpus.jsonl")
	rec, _ := json.Marshal(map[string]string{"id": "x", "text": string(seeddata.Article())})
	if err := os.WriteFile(corpus, append(append(rec, '\n'), rec...), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs = runCmd(t, "", "bench", corpus)
	if code != exitOK {
		t.Fatalf("bench: exit %d: %s", code, errs)
	}
	last := out[strings.LastIndex(strings.TrimSpace(out), "\n")+1:]
	if !regexp.MustCompile(`^articles/s=[0-9.]+ MB/s=[0-9.]+ rss_mb=[0-9.]+\n$`).MatchString(last) {
		t.Errorf("bench last line %q is not machine-readable", last)
	}
}

func TestHelp(t *testing.T) {
	for name := range commands() {
		code, _, errs := runCmd(t, "", name, "--help")
		if code != exitOK || !strings.Contains(errs, "Usage: entente "+name) {
			t.Errorf("%s --help: exit %d, stderr %q", name, code, errs)
		}
	}
	if code, _, _ := runCmd(t, "", "frobnicate"); code != exitUsage {
		t.Errorf("unknown command: exit %d", code)
	}
}

func TestIngestResumes(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "entente.db")
	var first, all []byte
	for i := range 40 {
		rec, _ := json.Marshal(map[string]string{"id": fmt.Sprint(i), "text": fmt.Sprintf("Headline %d\n\nRussia and China vetoed draft %d.", i, i)})
		rec = append(rec, '\n')
		if i < 15 {
			first = append(first, rec...)
		}
		all = append(all, rec...)
	}
	part, whole := filepath.Join(dir, "part.jsonl"), filepath.Join(dir, "whole.jsonl")
	os.WriteFile(part, first, 0o644)
	os.WriteFile(whole, all, 0o644)
	// An ingest that stopped after 15 articles, then the full run again.
	if code, out, errs := runCmd(t, "", "ingest", "--db", db, "--batch", "4", part); code != exitOK || !strings.Contains(out, "stored 15 new") {
		t.Fatalf("partial ingest: exit %d, out %q, err %q", code, out, errs)
	}
	code, out, _ := runCmd(t, "", "ingest", "--db", db, "--batch", "4", whole)
	if code != exitOK || !strings.Contains(out, "stored 25 new articles, 15 already stored, 0 failed") {
		t.Fatalf("resumed ingest: exit %d, out %q", code, out)
	}
}

func TestIngestCancelledKeepsStored(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "entente.db")
	path := seedFile(t, dir)
	if code, _, _ := runCmd(t, "", "ingest", "--db", db, path); code != exitOK {
		t.Fatal("first ingest failed")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out, errb bytes.Buffer
	if code := run(ctx, []string{"ingest", "--db", db, path}, strings.NewReader(""), &out, &errb, false); code == exitOK {
		t.Errorf("a cancelled ingest reported success: %s", out.String())
	}
	code, outs, _ := runCmd(t, "", "ingest", "--db", db, path)
	if code != exitOK || !strings.Contains(outs, "0 new articles, 1 already stored") {
		t.Errorf("after a cancelled run the store lost its article: %q", outs)
	}
}
