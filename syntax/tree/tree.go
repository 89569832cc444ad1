// Package tree aligns dependency parses with an article's text: every sentence of
// the text layer is split into UD words (keeping byte offsets), tagged and parsed,
// and the result offers the tree walks later stages need: children, subtrees and
// their byte spans, the word at an offset.
package tree

import (
	"slices"
	"strings"

	"entente/syntax"
	"entente/text"
)

// Doc holds the parses of every sentence of an article, in text order.
type Doc struct {
	Text      string
	Sentences []Sentence
}

// Sentence is one parsed sentence. Word indexes are 0-based; Head returns -1 for
// the root.
type Sentence struct {
	// Index is the sentence's index in the text layer.
	Index int
	Words []syntax.Word
	// Tokens[i] is the analysis of Words[i]; Tokens[i].Head is 1-based (0 root).
	Tokens   []syntax.Token
	children [][]int
}

// Parse parses every sentence of d with m, then repairs misreadings of news
// the parser makes: verbs the tagger read as nouns (verbreading.go), day
// phrases inside a clause (timephrase.go), objects and gerund clauses hung
// on the final punctuation (strandedobject.go), that-clauses after a verb of telling read as relative clauses
// (thatclause.go), subjects split in two around "and" (joinedsubject.go)
// and clauses after "after" or "since" read as noun phrases
// or as verbs joined to the main verb (subordclause.go).
func Parse(m *syntax.Model, d *text.Doc) *Doc {
	out := &Doc{Text: d.Text, Sentences: make([]Sentence, 0, len(d.Sentences))}
	var spans []syntax.Span
	var forms []string
	for si := range d.Sentences {
		spans = spans[:0]
		for _, t := range d.SentenceTokens(si) {
			spans = append(spans, syntax.Span{Start: t.Start, End: t.End})
		}
		words := syntax.UDWords(d.Text, spans)
		forms = forms[:0]
		for _, w := range words {
			forms = append(forms, treebankForm(w.Form))
		}
		parsed := withSubordinateClauses(forms, withThatClauses(forms, withJoinedSubjects(withStrandedGerunds(withStrandedObjects(forms, withoutDayPhrases(m, forms, withVerbReadings(m, forms, m.Parse(forms))))))))
		s := Sentence{Index: si, Words: words, Tokens: parsed.Tokens}
		s.children = make([][]int, len(words))
		for i, t := range s.Tokens {
			if h := t.Head - 1; h >= 0 && h < len(words) {
				s.children[h] = append(s.children[h], i)
			}
		}
		out.Sentences = append(out.Sentences, s)
	}
	return out
}

// Len returns the number of words.
func (s *Sentence) Len() int { return len(s.Words) }

// Head returns the 0-based index of word i's head, or -1 for the root.
func (s *Sentence) Head(i int) int { return s.Tokens[i].Head - 1 }

// Rel returns the dependency relation of word i without its subtype ("nsubj"
// for "nsubj:pass").
func (s *Sentence) Rel(i int) string {
	r := s.Tokens[i].Deprel
	for k := 0; k < len(r); k++ {
		if r[k] == ':' {
			return r[:k]
		}
	}
	return r
}

// FullRel returns the relation with its subtype.
func (s *Sentence) FullRel(i int) string { return s.Tokens[i].Deprel }

// Lemma returns word i's lemma.
func (s *Sentence) Lemma(i int) string { return s.Tokens[i].Lemma }

// UPOS returns word i's universal part of speech.
func (s *Sentence) UPOS(i int) string { return s.Tokens[i].UPOS }

// Form returns word i as printed.
func (s *Sentence) Form(i int) string { return s.Words[i].Form }

// Children returns the dependents of word i in order.
func (s *Sentence) Children(i int) []int { return s.children[i] }

// Child returns the first dependent of i with relation rel (subtype ignored when
// rel has none), or -1.
func (s *Sentence) Child(i int, rel string) int {
	for _, c := range s.children[i] {
		if s.Tokens[c].Deprel == rel || s.Rel(c) == rel {
			return c
		}
	}
	return -1
}

// Subtree returns the smallest and largest word index in word i's subtree.
func (s *Sentence) Subtree(i int) (lo, hi int) {
	lo, hi = i, i
	var buf [64]int // most subtrees fit: no allocation
	stack := append(buf[:0], i)
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		lo, hi = min(lo, n), max(hi, n)
		stack = append(stack, s.children[n]...)
	}
	return lo, hi
}

// SubtreeExcept is Subtree with the subtrees of the dependents whose relation
// is in skip left out (for example "acl:relcl" and "appos" to get a bare noun
// phrase). Only dependents at the edges are dropped, so the range stays
// contiguous.
func (s *Sentence) SubtreeExcept(i int, skip ...string) (lo, hi int) {
	lo, hi = i, i
	for _, c := range s.children[i] {
		if relIn(s, c, skip) {
			continue
		}
		clo, chi := s.Subtree(c)
		lo, hi = min(lo, clo), max(hi, chi)
	}
	return lo, hi
}

func relIn(s *Sentence, i int, rels []string) bool {
	for _, r := range rels {
		if s.Tokens[i].Deprel == r || s.Rel(i) == r {
			return true
		}
	}
	return false
}

// Span returns the byte span of words lo..hi inclusive.
func (s *Sentence) Span(lo, hi int) text.Span {
	return text.Span{Start: s.Words[lo].Start, End: s.Words[hi].End}
}

// WordAt returns the index of the word holding byte offset off, or -1.
func (s *Sentence) WordAt(off int) int {
	i, ok := slices.BinarySearchFunc(s.Words, off, func(w syntax.Word, off int) int {
		return text.CompareOffset(w.Start, w.End, off)
	})
	if !ok {
		return -1
	}
	return i
}

// Ancestors calls fn for each ancestor of word i, nearest first, until fn
// returns false.
func (s *Sentence) Ancestors(i int, fn func(a int) bool) {
	for n, h := 0, s.Head(i); h >= 0 && n < len(s.Words); n, h = n+1, s.Head(h) {
		if !fn(h) {
			return
		}
	}
}

// treebankForm maps typographic characters to the forms the treebank mostly
// uses, so that news typography does not confuse a model trained on it: curly
// quotes and apostrophes become straight ones, the ellipsis character three
// periods.
func treebankForm(f string) string {
	switch f {
	case "“", "”", "„", "«", "»":
		return "\""
	case "‘", "’", "‚", "‹", "›":
		return "'"
	case "…":
		return "..."
	case "—", "―":
		return "--"
	}
	if strings.ContainsRune(f, '’') {
		return strings.ReplaceAll(f, "’", "'")
	}
	return f
}

// Arc is a new attachment of one word: its 0-based head (-1 for the root)
// and its relation. A non-empty UPOS, XPOS or Lemma retags the word too.
type Arc struct {
	Word, Head        int
	Deprel            string
	UPOS, XPOS, Lemma string
}

// Reattached returns a copy of s with the words of arcs attached anew and
// the dependents recomputed; s itself is unchanged. It returns s when an arc
// names a word out of range or the result would not be a tree (a cycle).
func (s *Sentence) Reattached(arcs []Arc) *Sentence {
	tokens, ok := reattach(s.Tokens, arcs)
	if !ok {
		return s
	}
	n := len(s.Words)
	out := &Sentence{Index: s.Index, Words: s.Words, Tokens: tokens, children: make([][]int, n)}
	for i, t := range out.Tokens {
		if h := t.Head - 1; h >= 0 && h < n {
			out.children[h] = append(out.children[h], i)
		}
	}
	return out
}
