package source

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
)

// record is the shape of one JSON Lines document. Field names of common corpora
// are accepted: PolNeAR's id/publisher/date/text, and html for raw pages.
type record struct {
	ID        string `json:"id"`
	URL       string `json:"url"`
	Source    string `json:"source"`
	Publisher string `json:"publisher"`
	Title     string `json:"title"`
	Date      string `json:"date"`
	Published string `json:"published"`
	Text      string `json:"text"`
	HTML      string `json:"html"`
}

func readJSONLinesFile(ctx context.Context, path string, opts Options, yield func(Document, error) bool) bool {
	f, err := os.Open(path)
	if err != nil {
		return yield(Document{Name: path}, &Error{Name: path, Err: err})
	}
	defer f.Close()
	return ReadJSONLines(ctx, path, f, opts, yield)
}

// ReadJSONLines yields one document per non-blank line of r, a JSON Lines stream
// named name. Each line is an object with "text" or "html" and optional id, url,
// source (or publisher), title and date (or published). A malformed or oversized
// line yields an error naming name:line and the reading goes on with the next
// line. It returns false when yield asked to stop.
func ReadJSONLines(ctx context.Context, name string, r io.Reader, opts Options, yield func(Document, error) bool) bool {
	max := opts.MaxBytes
	if max <= 0 {
		max = DefaultMaxBytes
	}
	br := bufio.NewReaderSize(r, 1<<20)
	for lineNo := 1; ; lineNo++ {
		if ctx.Err() != nil {
			return yield(Document{}, ctx.Err())
		}
		line, err := readLine(br, max)
		docName := fmt.Sprintf("%s:%d", name, lineNo)
		if err != nil && !errors.Is(err, io.EOF) {
			if !yield(Document{Name: docName}, &Error{Name: docName, Err: err}) {
				return false
			}
			if errors.Is(err, ErrTooLarge) {
				continue
			}
			return true
		}
		if trimmed := bytes.TrimSpace(line); len(trimmed) > 0 {
			doc, derr := decodeRecord(docName, trimmed)
			var keep bool
			if derr != nil {
				keep = yield(Document{Name: docName}, &Error{Name: docName, Err: derr})
			} else {
				keep = yield(doc, nil)
			}
			if !keep {
				return false
			}
		}
		if errors.Is(err, io.EOF) {
			return true
		}
	}
}

// readLine reads one line without its newline. A line longer than max is
// consumed and reported as ErrTooLarge.
func readLine(br *bufio.Reader, max int64) ([]byte, error) {
	var line []byte
	tooLarge := false
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLarge {
			if int64(len(line)+len(chunk)) > max+1 {
				tooLarge, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if tooLarge {
			return nil, fmt.Errorf("%w: line longer than %d bytes", ErrTooLarge, max)
		}
		return bytes.TrimRight(line, "\r\n"), err
	}
}

func decodeRecord(name string, line []byte) (Document, error) {
	var rec record
	if err := json.Unmarshal(line, &rec); err != nil {
		return Document{}, fmt.Errorf("not a JSON object: %w", err)
	}
	doc := Document{Name: name, Meta: Meta{
		ID: rec.ID, URL: rec.URL, Source: firstNonEmpty(rec.Source, rec.Publisher),
		Title: rec.Title, Published: firstNonEmpty(rec.Published, rec.Date),
	}}
	switch {
	case rec.HTML != "":
		doc.Data, doc.Meta.Format = []byte(rec.HTML), "html"
	case rec.Text != "":
		doc.Data, doc.Meta.Format = []byte(rec.Text), "text"
	default:
		return Document{}, errors.New(`record has neither "text" nor "html"`)
	}
	if doc.Meta.ID != "" {
		doc.Name = name + " (" + doc.Meta.ID + ")"
	}
	return doc, nil
}

func firstNonEmpty(values ...string) string {
	for _, v := range values {
		if v != "" {
			return v
		}
	}
	return ""
}
