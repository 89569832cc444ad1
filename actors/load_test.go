package actors

import (
	"context"
	"encoding/json"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLoadDir(t *testing.T) {
	dir := t.TempDir()
	actors := "NEWLAND_ [NWL]\nJANE_ROE_\n\t[NWLGOV >20200101]\n\t[NWLELI]\nBROKEN_RECORD_ [NWL 2004017-20061201]\n"
	if err := os.WriteFile(filepath.Join(dir, "new.actors.txt"), []byte(actors), 0o644); err != nil {
		t.Fatal(err)
	}
	var logs strings.Builder
	logger := slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	d, err := LoadDir(context.Background(), dir, logger)
	if err != nil {
		t.Fatal(err)
	}
	doc := "Newland Foreign Minister Jane Roe met soldiers."
	ms := d.Match(doc, splitTokens(doc), d2023)
	if m, ok := find(ms, "Jane Roe"); !ok || m.Code != "NWLGOV" {
		t.Errorf("new actor: %+v", ms)
	}
	if m, ok := find(ms, "soldiers"); !ok || m.Code != "MIL" {
		t.Errorf("embedded agents not kept: %+v", ms)
	}
	if !strings.Contains(logs.String(), "level=WARN") || !strings.Contains(logs.String(), "new.actors.txt") {
		t.Errorf("warning about the bad date not logged:\n%s", logs.String())
	}
	if _, err := LoadDir(context.Background(), filepath.Join(dir, "missing"), nil); err == nil {
		t.Error("LoadDir of a missing directory succeeded")
	}
	if err := os.WriteFile(filepath.Join(dir, "bad.actors.txt"), []byte("+ORPHAN\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadDir(context.Background(), dir, nil); err == nil || !strings.Contains(err.Error(), "bad.actors.txt:1") {
		t.Errorf("syntax error not reported with file:line: %v", err)
	}
}

func TestMentionJSON(t *testing.T) {
	b, err := json.Marshal(Mention{ArticleID: "a1", Start: 1, End: 3, Text: "UN", EntityID: "dict/un", Code: "IGOUNO", Type: TypeIGO})
	if err != nil {
		t.Fatal(err)
	}
	want := `{"article_id":"a1","start":1,"end":3,"text":"UN","entity_id":"dict/un","code":"IGOUNO","type":"igo"}`
	if string(b) != want {
		t.Errorf("JSON %s, want %s", b, want)
	}
}
