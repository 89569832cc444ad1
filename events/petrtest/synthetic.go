package petrtest

import (
	"archive/zip"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// SyntheticStory is one row of NGEC's synthetic news stories
// (gpt_synthetic_events_*.csv): a language model's story written from a
// hand-made headline, labelled with the PLOVER event type and mode the
// headline was written for. The labels are the prompt's, not an annotator's.
type SyntheticStory struct {
	Title string // the headline with its place-holders filled in
	Text  string // the generated story
	Label string // PLOVER event type, e.g. "PROTEST"
	Mode  string // PLOVER mode, e.g. "STRIKE"; may be ""
}

// Document is the story as an article: the headline, a blank line and the
// text.
func (s SyntheticStory) Document() string {
	if s.Title == "" {
		return s.Text
	}
	return s.Title + "\n\n" + s.Text
}

// ReadSynthetic streams the stories of r to fn, in file order, stopping at
// the first error fn returns. The CSV needs the columns text, prompt (its
// first line is the filled headline), label and mode.
func ReadSynthetic(r io.Reader, fn func(SyntheticStory) error) error {
	cr := csv.NewReader(r)
	cr.ReuseRecord = true
	head, err := cr.Read()
	if err != nil {
		return fmt.Errorf("petrtest: synthetic stories: header: %w", err)
	}
	col := map[string]int{}
	for i, h := range head {
		col[h] = i
	}
	for _, h := range []string{"text", "prompt", "label", "mode"} {
		if _, ok := col[h]; !ok {
			return fmt.Errorf("petrtest: synthetic stories: no column %q", h)
		}
	}
	for {
		row, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("petrtest: synthetic stories: %w", err)
		}
		title, _, _ := strings.Cut(row[col["prompt"]], "\n")
		s := SyntheticStory{Title: strings.TrimSpace(title), Text: strings.TrimSpace(row[col["text"]]),
			Label: strings.TrimSpace(row[col["label"]]), Mode: strings.TrimSpace(row[col["mode"]])}
		if s.Label == "" {
			line, _ := cr.FieldPos(0)
			return fmt.Errorf("petrtest: synthetic stories: line %d: no label", line)
		}
		if err := fn(s); err != nil {
			return err
		}
	}
}

// ReadSyntheticFile streams the stories of a CSV file, or of the first CSV
// file inside a zip archive (as NGEC ships them), to fn.
func ReadSyntheticFile(path string, fn func(SyntheticStory) error) error {
	if !strings.HasSuffix(strings.ToLower(path), ".zip") {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := ReadSynthetic(f, fn); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		return nil
	}
	zr, err := zip.OpenReader(path)
	if err != nil {
		return fmt.Errorf("petrtest: %s: %w", path, err)
	}
	defer zr.Close()
	for _, f := range zr.File {
		if !strings.HasSuffix(strings.ToLower(f.Name), ".csv") {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return fmt.Errorf("petrtest: %s: %s: %w", path, f.Name, err)
		}
		defer rc.Close()
		if err := ReadSynthetic(rc, fn); err != nil {
			return fmt.Errorf("%s: %s: %w", path, f.Name, err)
		}
		return nil
	}
	return fmt.Errorf("petrtest: %s: no .csv file in the archive", path)
}
