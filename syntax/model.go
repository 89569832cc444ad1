package syntax

import (
	"sync"
)

// Model is a trained tagger, lemmatiser and dependency parser. A Model is
// read-only once loaded and safe for concurrent use by multiple goroutines;
// per-call scratch space comes from an internal pool.
type Model struct {
	tagger *tagger
	lem    *lemmatizer
	parser *parser
	pool   sync.Pool // of *scratch
}

// Token is one analysed word of a sentence.
type Token struct {
	Form   string // the word as given
	Lemma  string // dictionary form, e.g. "veto" for "vetoed"
	UPOS   string // universal part of speech, e.g. "VERB"
	XPOS   string // Penn Treebank tag, e.g. "VBD"
	Head   int    // 1-based index of the head word; 0 for the root word
	Deprel string // UD basic relation to the head, e.g. "nsubj", "obl:tmod", "root"
}

// Sentence is the analysis of one sentence: Tokens[i] describes word i+1.
type Sentence struct {
	Tokens []Token
}

// scratch is the per-call working memory of Parse.
type scratch struct {
	at   []tokAtoms
	tags []int32
	keys []uint64
	buf  []byte
	ps   parseScratch
}

// newModel bundles the three components; it puts the parser's weights in
// the parser's scoring order (see parser.scoreOrder).
func newModel(t *tagger, lz *lemmatizer, p *parser) *Model {
	p.weights.setOrder(p.scoreOrder())
	return &Model{tagger: t, lem: lz, parser: p}
}

func (m *Model) getScratch() *scratch {
	if s, ok := m.pool.Get().(*scratch); ok {
		return s
	}
	return new(scratch)
}

// Parse tags, lemmatises and parses one sentence of words (UD tokenisation,
// see SplitWord and UDWords). It returns an empty Sentence for no words.
func (m *Model) Parse(words []string) *Sentence {
	s := &Sentence{}
	m.ParseTo(s, words)
	return s
}

// ParseTo is Parse writing into dst, reusing dst.Tokens' storage.
func (m *Model) ParseTo(dst *Sentence, words []string) {
	_ = m.parseTo(dst, words, nil) // (fails only on fixed tags)
}

// parseTo is ParseTo with some words' tags fixed (see ParseFixed).
func (m *Model) parseTo(dst *Sentence, words []string, fixed []FixedTag) error {
	n := len(words)
	if cap(dst.Tokens) < n {
		dst.Tokens = make([]Token, n)
	}
	dst.Tokens = dst.Tokens[:n]
	if n == 0 {
		return nil
	}
	sc := m.getScratch()
	defer m.pool.Put(sc)
	sc.at = growAtoms(sc.at, n)
	sc.tags = growInt32(sc.tags, n)
	sc.buf = m.tagger.prepare(words, sc.at, sc.buf)
	if err := m.tagger.fixTags(sc.at, fixed); err != nil {
		return err
	}
	sc.keys = m.tagger.tag(sc.at, sc.tags, sc.keys, &sc.ps.acc, &sc.ps.scores)
	sc.ps.keys = sc.keys
	sc.ps.setAtoms(sc.at, sc.tags, m.parser.tagAtoms)
	m.parser.parse(&sc.ps)
	sc.keys = sc.ps.keys
	for i, w := range words {
		c := m.tagger.classes[sc.tags[i]]
		var lemma string
		lemma, sc.buf = m.lem.lemma(w, c.XPOS, sc.buf)
		dst.Tokens[i] = Token{
			Form:   w,
			Lemma:  lemma,
			UPOS:   c.UPOS,
			XPOS:   c.XPOS,
			Head:   int(sc.ps.st.head[i+1]),
			Deprel: m.parser.labels[sc.ps.st.label[i+1]],
		}
	}
	return nil
}

// Labels returns the dependency relations the model can produce.
func (m *Model) Labels() []string { return append([]string(nil), m.parser.labels...) }
