package text

// Span is a half-open byte range [Start, End) of the article text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the length of the span in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether the span holds the byte offset off.
func (s Span) Contains(off int) bool { return off >= s.Start && off < s.End }

// CompareOffset orders the span [start, end) against byte offset off for
// binary searches (slices.BinarySearchFunc) over spans in text order: -1
// when the span ends at or before off, +1 when it starts after it, 0 when
// it holds it.
func CompareOffset(start, end, off int) int {
	switch {
	case end <= off:
		return -1
	case start > off:
		return 1
	}
	return 0
}

// Paragraph is a block of text separated from its neighbours by a blank line.
type Paragraph struct {
	Span
	// RepeatOf is the index of an earlier paragraph with the same text (a pull
	// quote printed twice), or -1.
	RepeatOf int `json:"repeat_of"`
}

// Sentence is a run of tokens ending a sentence or a paragraph.
type Sentence struct {
	Span
	Paragraph int `json:"paragraph"`
	// FirstToken and EndToken are the half-open token index range of the sentence.
	FirstToken int `json:"first_token"`
	EndToken   int `json:"end_token"`
	// Dateline marks a wire dateline split off the paragraph's first
	// sentence ("WASHINGTON (AP) —", dateline.go): no text of the story.
	Dateline bool `json:"dateline,omitempty"`
}
