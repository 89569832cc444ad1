// Package contract writes entente's results as the JSON Lines contract of the
// design notes: one JSON object per line, each with a "kind": "article",
// "mention", "entity", "quote", "event" and "story" ("dyad" and "bloc" come
// with the alignment stage). Tools outside the project read this stream, so
// field names are stable; fields may be added.
//
// Fields added to DESIGN.md's records, and why: a mention with several codes
// (a dictionary entry "[ELR/GAL]", an agent shared by joined countries) lists
// them all in "codes", its "code" being the first; an event carries the
// Phoenix issue codes of its sentence in "issues", as PETRARCH reports them,
// and the byte spans of the article's other sentences that report it again
// in "repeats" (one event per article, as GDELT counts an event's mentions
// in one document once);
// the "entity" record gives the people coreference found, which quote
// speakers and coreference mentions point to by "entity_id".
package contract

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"

	"entente/article"
)

// ArticleRecord is the "article" record.
type ArticleRecord struct {
	Kind string `json:"kind"`
	*article.Article
	// Paragraphs, Sentences and Tokens count the text layer, when it ran.
	Paragraphs int `json:"paragraphs,omitempty"`
	Sentences  int `json:"sentences,omitempty"`
	Tokens     int `json:"tokens,omitempty"`
}

// Writer writes records, one per line. It buffers: call Flush when done.
type Writer struct {
	w   *bufio.Writer
	enc *json.Encoder
}

// NewWriter returns a Writer on w.
func NewWriter(w io.Writer) *Writer {
	bw := bufio.NewWriterSize(w, 64<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &Writer{w: bw, enc: enc}
}

// Write encodes one record (any of the record types) as a line.
func (w *Writer) Write(record any) error {
	if err := w.enc.Encode(record); err != nil {
		return fmt.Errorf("writing record: %w", err)
	}
	return nil
}

// Flush writes buffered records out.
func (w *Writer) Flush() error {
	if err := w.w.Flush(); err != nil {
		return fmt.Errorf("writing records: %w", err)
	}
	return nil
}
