package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCodeLinksStories: two articles reporting the same condemnation a day
// apart give events with one story id and a story record counting both.
func TestCodeLinksStories(t *testing.T) {
	in := `{"id":"a1","published":"2023-10-10","text":"Russia condemned Israel on Monday over the strikes in Gaza."}
{"id":"a2","published":"2023-10-11","text":"Moscow, Oct 11. Russia condemned Israel again, officials said, after the strikes in Gaza."}
{"id":"a3","published":"2023-12-20","text":"Russia condemned Israel in a statement on Wednesday."}
`
	path := filepath.Join(t.TempDir(), "news.jsonl")
	if err := os.WriteFile(path, []byte(in), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCmd(t, "", "code", path)
	if code != exitOK {
		t.Fatalf("code: exit %d: %s", code, errs)
	}
	storyOf := map[string]string{} // article → story id of its RUS→ISR event
	var records []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var rec map[string]any
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatalf("bad line %q: %v", line, err)
		}
		records = append(records, rec)
		if rec["kind"] == "event" {
			src := rec["source"].(map[string]any)["code"].(string)
			if strings.HasPrefix(src, "RUS") && rec["story_id"] != nil {
				storyOf[rec["article_id"].(string)] = rec["story_id"].(string)
			}
		}
	}
	if len(storyOf) != 3 {
		t.Fatalf("want a RUS→ISR event with a story in each article, got %v", storyOf)
	}
	var ids []string
	for _, rec := range records {
		if rec["kind"] == "article" {
			ids = append(ids, rec["id"].(string))
		}
	}
	if storyOf[ids[0]] != storyOf[ids[1]] || storyOf[ids[2]] == storyOf[ids[0]] {
		t.Errorf("stories: %v (articles %v): the first two should share one, the third (two months later) not", storyOf, ids)
	}
	found := false
	for _, rec := range records {
		if rec["kind"] == "story" && rec["id"] == storyOf[ids[0]] {
			found = true
			if n, _ := rec["num_articles"].(float64); n != 2 {
				t.Errorf("story %v: num_articles %v, want 2", rec["id"], rec["num_articles"])
			}
		}
	}
	if !found {
		t.Errorf("no story record %q in the output", storyOf[ids[0]])
	}
}
