package text

import "slices"

// Doc is the text layer of one article.
type Doc struct {
	// Text is the article text every offset refers to.
	Text       string      `json:"-"`
	Paragraphs []Paragraph `json:"paragraphs"`
	Sentences  []Sentence  `json:"sentences"`
	Tokens     []Token     `json:"tokens"`
	Quotes     []Quote     `json:"quotes"`
	// Unpaired lists quotation marks that could not be paired.
	Unpaired []Mark `json:"unpaired,omitempty"`
}

// Analyze segments text into paragraphs, sentences and tokens and pairs its
// quotation marks. It never fails: odd input yields odd but valid structure.
func Analyze(text string) *Doc {
	d := &Doc{Text: text, Paragraphs: Paragraphs(text)}
	d.Tokens = make([]Token, 0, len(text)/5+1)
	for pi, p := range d.Paragraphs {
		first := len(d.Tokens)
		d.Tokens = appendTokens(d.Tokens, text, p.Start, p.End)
		d.Sentences = splitSentences(d.Sentences, d.Tokens, pi, first, len(d.Tokens))
	}
	d.Quotes, d.Unpaired = PairQuotes(text, d.Tokens, d.Paragraphs)
	return d
}

// SentenceTokens returns the tokens of sentence i.
func (d *Doc) SentenceTokens(i int) []Token {
	s := d.Sentences[i]
	return d.Tokens[s.FirstToken:s.EndToken]
}

// SentenceAt returns the index of the sentence holding byte offset off, or -1.
func (d *Doc) SentenceAt(off int) int {
	i, ok := slices.BinarySearchFunc(d.Sentences, off, func(s Sentence, off int) int {
		return CompareOffset(s.Start, s.End, off)
	})
	if !ok {
		return -1
	}
	return i
}
