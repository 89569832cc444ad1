package syntax

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// TreebankWord is one syntactic word of a CoNLL-U sentence (a line whose ID
// is a single integer). Multiword token ranges and empty nodes are not
// words and are skipped by the reader.
type TreebankWord struct {
	ID     int    // 1-based position in the sentence
	Form   string // column 2
	Lemma  string // column 3
	UPOS   string // column 4
	XPOS   string // column 5
	Feats  string // column 6
	Head   int    // column 7: 1-based head, 0 for the root, -1 when "_"
	Deprel string // column 8, including subtypes such as "nsubj:pass"
	Deps   string // column 9
	Misc   string // column 10
	Line   int    // 1-based line number of the word in the input
}

// TreebankSentence is one sentence of a CoNLL-U file.
type TreebankSentence struct {
	// Comments holds the comment lines ("# sent_id = ..."), without "#".
	Comments []string
	// Words holds the syntactic words in order; Words[i].ID == i+1.
	Words []TreebankWord
	// Line is the 1-based line number of the sentence's first line.
	Line int
}

// ID returns the value of the "sent_id" comment, or "".
func (s *TreebankSentence) ID() string {
	for _, c := range s.Comments {
		c = strings.TrimSpace(c)
		if v, ok := strings.CutPrefix(c, "sent_id"); ok {
			v = strings.TrimSpace(v)
			if v, ok = strings.CutPrefix(v, "="); ok {
				return strings.TrimSpace(v)
			}
		}
	}
	return ""
}

// Forms returns the word forms of s.
func (s *TreebankSentence) Forms() []string {
	out := make([]string, len(s.Words))
	for i, w := range s.Words {
		out[i] = w.Form
	}
	return out
}

// CoNLLUReader reads sentences from a CoNLL-U stream one at a time.
type CoNLLUReader struct {
	sc   *bufio.Scanner
	line int
	err  error
}

// maxLineBytes bounds the length of one CoNLL-U line.
const maxLineBytes = 1 << 20

// NewCoNLLUReader returns a reader of the CoNLL-U data in r.
func NewCoNLLUReader(r io.Reader) *CoNLLUReader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), maxLineBytes)
	return &CoNLLUReader{sc: sc}
}

// ErrMalformed is wrapped by every error about malformed CoNLL-U input.
var ErrMalformed = errors.New("malformed CoNLL-U")

// Next returns the next sentence, or io.EOF after the last one. Errors
// about malformed input wrap ErrMalformed and name the line number.
func (r *CoNLLUReader) Next() (*TreebankSentence, error) {
	if r.err != nil {
		return nil, r.err
	}
	var s *TreebankSentence
	for r.sc.Scan() {
		r.line++
		line := strings.TrimRight(r.sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			if s != nil {
				if err := validate(s); err != nil {
					r.err = err
					return nil, err
				}
				return s, nil
			}
			continue
		}
		if s == nil {
			s = &TreebankSentence{Line: r.line}
		}
		if strings.HasPrefix(line, "#") {
			s.Comments = append(s.Comments, strings.TrimPrefix(line, "#"))
			continue
		}
		w, skip, err := parseWordLine(line)
		if err != nil {
			r.err = fmt.Errorf("line %d: %w", r.line, err)
			return nil, r.err
		}
		if skip {
			continue
		}
		if w.ID != len(s.Words)+1 {
			r.err = fmt.Errorf("line %d: %w: word ID %d, want %d", r.line, ErrMalformed, w.ID, len(s.Words)+1)
			return nil, r.err
		}
		w.Line = r.line
		s.Words = append(s.Words, w)
	}
	if err := r.sc.Err(); err != nil {
		r.err = fmt.Errorf("line %d: reading CoNLL-U: %w", r.line+1, err)
		return nil, r.err
	}
	if s != nil {
		if err := validate(s); err != nil {
			r.err = err
			return nil, err
		}
		r.err = io.EOF
		return s, nil
	}
	r.err = io.EOF
	return nil, io.EOF
}

// validate checks that heads point inside the sentence.
func validate(s *TreebankSentence) error {
	if len(s.Words) == 0 {
		return fmt.Errorf("line %d: %w: sentence has comments but no words", s.Line, ErrMalformed)
	}
	for _, w := range s.Words {
		if w.Head > len(s.Words) {
			return fmt.Errorf("line %d: %w: word %d has head %d outside the sentence of %d words",
				w.Line, ErrMalformed, w.ID, w.Head, len(s.Words))
		}
	}
	return nil
}

// parseWordLine parses one token line. skip reports a multiword token range
// ("1-2") or an empty node ("8.1"), which carry no basic-tree word.
func parseWordLine(line string) (w TreebankWord, skip bool, err error) {
	var cols [10]string
	rest := line
	for i := 0; i < 9; i++ {
		j := strings.IndexByte(rest, '\t')
		if j < 0 {
			return w, false, fmt.Errorf("%w: %d tab-separated fields, want 10", ErrMalformed, i+1)
		}
		cols[i] = rest[:j]
		rest = rest[j+1:]
	}
	if strings.IndexByte(rest, '\t') >= 0 {
		return w, false, fmt.Errorf("%w: more than 10 tab-separated fields", ErrMalformed)
	}
	cols[9] = rest
	id := cols[0]
	if strings.ContainsAny(id, "-.") {
		if !rangeOrEmptyID(id) {
			return w, false, fmt.Errorf("%w: bad ID %q", ErrMalformed, id)
		}
		return w, true, nil
	}
	n, err := strconv.Atoi(id)
	if err != nil || n < 1 {
		return w, false, fmt.Errorf("%w: bad ID %q", ErrMalformed, id)
	}
	if cols[1] == "" {
		return w, false, fmt.Errorf("%w: empty FORM for word %d", ErrMalformed, n)
	}
	head := -1
	if cols[6] != "_" {
		head, err = strconv.Atoi(cols[6])
		if err != nil || head < 0 {
			return w, false, fmt.Errorf("%w: bad HEAD %q for word %d", ErrMalformed, cols[6], n)
		}
	}
	return TreebankWord{
		ID: n, Form: cols[1], Lemma: cols[2], UPOS: cols[3], XPOS: cols[4], Feats: cols[5],
		Head: head, Deprel: cols[7], Deps: cols[8], Misc: cols[9],
	}, false, nil
}

// rangeOrEmptyID reports whether id has the form "N-M" or "N.M".
func rangeOrEmptyID(id string) bool {
	sep := strings.IndexAny(id, "-.")
	a, b := id[:sep], id[sep+1:]
	x, err1 := strconv.Atoi(a)
	y, err2 := strconv.Atoi(b)
	return err1 == nil && err2 == nil && x >= 0 && y >= 0 && a[0] != '+' && b[0] != '+' && a[0] != '-' && b[0] != '-'
}

// ReadCoNLLU reads all sentences from r.
func ReadCoNLLU(r io.Reader) ([]*TreebankSentence, error) {
	cr := NewCoNLLUReader(r)
	var out []*TreebankSentence
	for {
		s, err := cr.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, s)
	}
}

// WriteCoNLLU writes sentences in CoNLL-U format (basic columns only).
func WriteCoNLLU(w io.Writer, sents []*TreebankSentence) error {
	bw := bufio.NewWriter(w)
	for _, s := range sents {
		for _, c := range s.Comments {
			fmt.Fprintf(bw, "#%s\n", c)
		}
		for _, t := range s.Words {
			head := "_"
			if t.Head >= 0 {
				head = strconv.Itoa(t.Head)
			}
			fmt.Fprintf(bw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", t.ID, t.Form, dash(t.Lemma), dash(t.UPOS),
				dash(t.XPOS), dash(t.Feats), head, dash(t.Deprel), dash(t.Deps), dash(t.Misc))
		}
		bw.WriteString("\n")
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("writing CoNLL-U: %w", err)
	}
	return nil
}

func dash(s string) string {
	if s == "" {
		return "_"
	}
	return s
}
