package contract

import (
	"bytes"
	"encoding/json"
	"errors"
	"testing"

	"entente/article"
	"entente/pipeline"
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
