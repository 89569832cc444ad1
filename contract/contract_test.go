package contract

import (
	"bytes"
	"encoding/json"
	"errors"
	"testing"

	"entente/article"
	"entente/events"
	"entente/pipeline"
	"entente/stories"
	"entente/text"
)

func TestArticleRecord(t *testing.T) {
	a := &article.Article{ID: "abc", Title: "T", Published: "2023-10-31", Source: "S", Text: "T\n\nBody <b>&</b>.", Hash: "abcdef"}
	r := pipeline.Result{Article: a, Text: text.Analyze(a.Text)}
	var buf bytes.Buffer
	w := NewWriter(&buf)
	for _, rec := range Records(r) {
		if err := w.Write(rec); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatalf("not one JSON object: %q", buf.String())
	}
	for k, want := range map[string]any{"kind": "article", "id": "abc", "title": "T", "published": "2023-10-31",
		"source": "S", "text": a.Text, "paragraphs": 2.0, "sentences": 2.0} {
		if got[k] != want {
			t.Errorf("%s = %v, want %v", k, got[k], want)
		}
	}
	if bytes.Contains(buf.Bytes(), []byte(`\u003c`)) {
		t.Error("HTML characters were escaped")
	}
	if recs := Records(pipeline.Result{Err: errors.New("bad")}); len(recs) != 0 {
		t.Errorf("failed result gave records %v", recs)
	}
}

func TestStoryRecord(t *testing.T) {
	l := stories.NewLinker(stories.Options{})
	evs := []events.Event{{ID: "a/e0", ArticleID: "a", Date: "2023-10-31", Source: events.Actor{Name: "Russia", Code: "RUS"},
		Target: events.Actor{Name: "Israel", Code: "ISR"}, CAMEO: "111", CAMEORoot: "11", Goldstein: -2, QuadClass: 3}}
	l.Add(evs)
	ss := l.Flush()
	if len(ss) != 1 {
		t.Fatalf("%d stories, want 1", len(ss))
	}
	var buf bytes.Buffer
	w := NewWriter(&buf)
	if err := w.Write(EventRecord{Kind: "event", Event: evs[0]}); err != nil {
		t.Fatal(err)
	}
	if err := w.Write(NewStoryRecord(ss[0])); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	lines := bytes.Split(bytes.TrimSpace(buf.Bytes()), []byte("\n"))
	if len(lines) != 2 {
		t.Fatalf("%d lines, want 2: %s", len(lines), buf.String())
	}
	var ev, story map[string]any
	if err := json.Unmarshal(lines[0], &ev); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(lines[1], &story); err != nil {
		t.Fatal(err)
	}
	if ev["story_id"] != "s:a/e0" {
		t.Errorf("event story_id = %v, want s:a/e0", ev["story_id"])
	}
	for k, want := range map[string]any{"kind": "story", "id": "s:a/e0", "cameo_root": "11", "cameo": "111",
		"first_date": "2023-10-31", "last_date": "2023-10-31", "num_articles": 1.0, "num_events": 1.0,
		"goldstein": -2.0, "quad_class": 3.0} {
		if story[k] != want {
			t.Errorf("story %s = %v, want %v", k, story[k], want)
		}
	}
	src, _ := story["source"].(map[string]any)
	if src["code"] != "RUS" || src["name"] != "Russia" {
		t.Errorf("story source = %v", story["source"])
	}
	for _, k := range []string{"cameo_codes", "article_ids", "event_ids"} {
		if list, ok := story[k].([]any); !ok || len(list) != 1 {
			t.Errorf("story %s = %v, want a list of 1", k, story[k])
		}
	}
}

// TestEventRepeats checks that an event's repeats (the other sentences of
// its article that report it) are written as byte spans, and left out when
// there are none.
func TestEventRepeats(t *testing.T) {
	for _, tc := range []struct {
		repeats []text.Span
		want    string
	}{
		{[]text.Span{{Start: 120, End: 180}}, `"repeats":[{"start":120,"end":180}]`},
		{nil, ""},
	} {
		var buf bytes.Buffer
		w := NewWriter(&buf)
		if err := w.Write(EventRecord{Kind: "event", Event: events.Event{ID: "a/e0", Repeats: tc.repeats}}); err != nil {
			t.Fatal(err)
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		got := buf.String()
		if tc.want != "" && !bytes.Contains(buf.Bytes(), []byte(tc.want)) {
			t.Errorf("record %s lacks %s", got, tc.want)
		}
		if tc.want == "" && bytes.Contains(buf.Bytes(), []byte(`"repeats"`)) {
			t.Errorf("record %s has repeats, want none", got)
		}
	}
}
