package source

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

type got struct {
	names []string
	errs  []string
}

func collect(t *testing.T, names []string, opts Options) got {
	t.Helper()
	var g got
	for doc, err := range Open(context.Background(), names, opts) {
		if err != nil {
			g.errs = append(g.errs, err.Error())
			continue
		}
		g.names = append(g.names, filepath.Base(doc.Name))
	}
	return g
}

func write(t *testing.T, path, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestOpenDirectory(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "b.txt"), "B")
	write(t, filepath.Join(dir, "a.html"), "<p>A</p>")
	write(t, filepath.Join(dir, "sub", "c"), "C")
	write(t, filepath.Join(dir, ".hidden.txt"), "H")
	write(t, filepath.Join(dir, "image.png"), "\x89PNG")
	write(t, filepath.Join(dir, "big.txt"), strings.Repeat("x", 200))
	if err := os.Symlink("loop.txt", filepath.Join(dir, "loop.txt")); err != nil {
		t.Fatal(err)
	}
	g := collect(t, []string{dir}, Options{MaxBytes: 100})
	if strings.Join(g.names, ",") != "a.html,b.txt,c" {
		t.Errorf("documents = %v, want a.html,b.txt,c", g.names)
	}
	if len(g.errs) != 2 {
		t.Fatalf("errors = %q, want 2 (too large, symlink loop)", g.errs)
	}
	for _, want := range []string{"big.txt: input too large", "loop.txt: stat"} {
		found := false
		for _, e := range g.errs {
			found = found || strings.Contains(e, want)
		}
		if !found {
			t.Errorf("no error mentioning %q in %q", want, g.errs)
		}
	}
}

func TestOpenMissingAndStdin(t *testing.T) {
	g := collect(t, []string{"/does/not/exist", "-"}, Options{Stdin: strings.NewReader("from stdin")})
	if len(g.errs) != 1 || !strings.Contains(g.errs[0], "/does/not/exist") {
		t.Errorf("errors = %q, want one naming the missing path", g.errs)
	}
	if len(g.names) != 1 || g.names[0] != "-" {
		t.Errorf("documents = %v, want [-]", g.names)
	}
}

func TestUnreadableFile(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root: file permissions do not stop reading")
	}
	dir := t.TempDir()
	write(t, filepath.Join(dir, "ok.txt"), "fine")
	write(t, filepath.Join(dir, "secret.txt"), "hidden")
	if err := os.Chmod(filepath.Join(dir, "secret.txt"), 0); err != nil {
		t.Fatal(err)
	}
	g := collect(t, []string{dir}, Options{})
	if len(g.names) != 1 || len(g.errs) != 1 || !strings.Contains(g.errs[0], "secret.txt") {
		t.Errorf("got %v / %q, want ok.txt and an error naming secret.txt", g.names, g.errs)
	}
}

func TestReadJSONLines(t *testing.T) {
	in := `{"id":"a1","publisher":"breitbart","date":"2016-03-11","text":"Body one."}
not json

{"id":"a2","html":"<p>Two</p>","url":"https://example.com/x"}
{"id":"a3"}
{"id":"a4","text":"` + strings.Repeat("y", 300) + `"}
{"text":"last line without newline"}`
	var docs []Document
	var errs []error
	ReadJSONLines(context.Background(), "corpus.jsonl", strings.NewReader(in), Options{MaxBytes: 200}, func(d Document, err error) bool {
		if err != nil {
			errs = append(errs, err)
		} else {
			docs = append(docs, d)
		}
		return true
	})
	if len(docs) != 3 {
		t.Fatalf("got %d documents, want 3: %+v", len(docs), docs)
	}
	if docs[0].Meta.Source != "breitbart" || docs[0].Meta.Published != "2016-03-11" || docs[0].Meta.Format != "text" {
		t.Errorf("meta of first record = %+v", docs[0].Meta)
	}
	if docs[1].Meta.Format != "html" || docs[1].Meta.URL != "https://example.com/x" {
		t.Errorf("meta of html record = %+v", docs[1].Meta)
	}
	wantErrs := []string{"corpus.jsonl:2", "corpus.jsonl:5", "corpus.jsonl:6"}
	if len(errs) != len(wantErrs) {
		t.Fatalf("errors = %v, want %d", errs, len(wantErrs))
	}
	for i, e := range errs {
		if !strings.HasPrefix(e.Error(), wantErrs[i]+":") {
			t.Errorf("error %d = %q, want it to name %s", i, e, wantErrs[i])
		}
	}
	if !errors.Is(errs[2], ErrTooLarge) {
		t.Errorf("oversized line error = %v, want ErrTooLarge", errs[2])
	}
}

func TestOpenStopsOnCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	n := 0
	for _, err := range Open(ctx, []string{"-", "-"}, Options{Stdin: strings.NewReader("x")}) {
		n++
		if !errors.Is(err, context.Canceled) {
			t.Errorf("err = %v, want context.Canceled", err)
		}
	}
	if n != 1 {
		t.Errorf("yielded %d times after cancel, want 1", n)
	}
}

func FuzzReadJSONLines(f *testing.F) {
	f.Add(`{"text":"a"}` + "\n" + `{"html":"<p>b</p>"}`)
	f.Add("{\n}\n\"x\"\n[1,2]")
	f.Fuzz(func(t *testing.T, in string) {
		ReadJSONLines(context.Background(), "fuzz", strings.NewReader(in), Options{MaxBytes: 64}, func(d Document, err error) bool {
			if err == nil && len(d.Data) == 0 {
				t.Fatalf("document without data from %q", in)
			}
			if err != nil && !strings.HasPrefix(err.Error(), "fuzz:") {
				t.Fatalf("error does not name its line: %v", err)
			}
			return true
		})
	})
}

func TestHundredMegabyteFileIsRefusedUnread(t *testing.T) {
	path := filepath.Join(t.TempDir(), "huge.txt")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(100 << 20); err != nil { // sparse: no 100 MB written
		t.Fatal(err)
	}
	f.Close()
	g := collect(t, []string{path}, Options{})
	if len(g.names) != 0 || len(g.errs) != 1 || !strings.Contains(g.errs[0], "huge.txt: input too large: 104857600 bytes") {
		t.Errorf("got %v / %q, want one too-large error naming huge.txt", g.names, g.errs)
	}
}
