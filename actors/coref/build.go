package coref

import (
	"sort"
	"unicode"
	"unicode/utf8"

	"entente/actors"
	"entente/syntax/tree"
	"entente/text"
)

// Doc is the entities of one article and the mentions that refer to them.
type Doc struct {
	Entities []*Entity
	// Mentions are sorted by Start.
	Mentions []Mention
}

// lookback is how many sentences back a pronoun looks for its antecedent.
const lookback = 12

// builder holds the state of one Build.
type builder struct {
	src    string
	td     *text.Doc
	acts   []actors.Mention
	quotes []text.Span
	doc    *Doc
	byKey  map[string]int
	// prevPlural is the offset of the last plural common noun of the
	// previous sentence that no mention covers, or -1 ("they" may mean it).
	prevPlural int
}

// Build links the mentions of an article: td is its text layer, pd the parses
// of its sentences, acts the actor mentions of the actors stage (sorted by
// offset).
func Build(td *text.Doc, pd *tree.Doc, acts []actors.Mention) *Doc {
	b := &builder{src: td.Text, td: td, acts: acts, doc: &Doc{}, byKey: map[string]int{}, prevPlural: -1}
	for _, q := range td.Quotes {
		if q.Depth == 0 {
			b.quotes = append(b.quotes, q.Span)
		}
	}
	ai := 0
	for si := range pd.Sentences {
		s := &pd.Sentences[si]
		if s.Len() == 0 {
			continue
		}
		end := s.Words[s.Len()-1].End
		start := s.Words[0].Start
		for ai < len(acts) && acts[ai].End <= start {
			ai++
		}
		aj := ai
		for aj < len(acts) && acts[aj].Start < end {
			aj++
		}
		b.sentence(s, acts[ai:aj])
		ai = aj
	}
	sort.SliceStable(b.doc.Mentions, func(i, j int) bool { return b.doc.Mentions[i].Start < b.doc.Mentions[j].Start })
	composeCodes(b.doc.Entities)
	return b.doc
}

// composeCodes gives each entity whose code is a bare sector code (a
// professor's EDU) and whose country was learned from the text ("one of
// China's top experts, Professor Wu Bingbing") the composed code, CHNEDU.
func composeCodes(ents []*Entity) {
	for _, e := range ents {
		if len(e.Country) == 3 && actors.IsSectorCode(e.Code) && !actors.IsSectorCode(e.Country) {
			e.Code = e.Country + e.Code
		}
	}
}

// inQuote reports whether off lies inside a quotation.
func (b *builder) inQuote(off int) bool {
	i := sort.Search(len(b.quotes), func(i int) bool { return b.quotes[i].End > off })
	return i < len(b.quotes) && b.quotes[i].Start <= off
}

// sentence finds the mentions of one sentence, in text order, and resolves them.
func (b *builder) sentence(s *tree.Sentence, acts []actors.Mention) {
	used := make([]bool, s.Len()) // words already part of a mention
	var found []Mention
	for i := 0; i < s.Len(); {
		j := i
		for j < s.Len() && (isNameWord(s, j) || isCapitalised(s, j) && j+1 < s.Len() && isNameWord(s, j+1) ||
			j > i && isCapitalised(s, j) && orgWords[lower(s.Form(j))] || j > i && titleHyphen(s, j)) {
			j++
		}
		if j == i {
			i++
			continue
		}
		if m, ok := b.nameRun(s, i, j-1, acts, found); ok {
			found = append(found, m)
			for k := i; k < j; k++ {
				used[k] = true
			}
		}
		i = j
	}
	for _, a := range acts {
		if m, ok := b.actorMention(s, a, used); ok {
			found = append(found, m)
		}
	}
	for i := 0; i < s.Len(); i++ {
		if used[i] {
			continue
		}
		if m, ok := b.description(s, i, found); ok {
			found = append(found, m)
			continue
		}
		if g, ok := pronounGender[lower(s.Form(i))]; ok && !b.inQuote(s.Words[i].Start) {
			if m, ok := b.pronoun(s, i, g, found); ok {
				found = append(found, m)
			}
		}
	}
	sort.SliceStable(found, func(i, j int) bool { return found[i].Start < found[j].Start })
	b.doc.Mentions = append(b.doc.Mentions, found...)
	b.prevPlural = lastPlural(s, s.Len(), found)
}

// lastPlural returns the offset of the last plural common noun before word
// end of s that heads no mention's phrase and lies in none, or -1.
func lastPlural(s *tree.Sentence, end int, found []Mention) int {
	for i := end - 1; i >= 0; i-- {
		if s.Tokens[i].XPOS != "NNS" {
			continue
		}
		lo, hi := s.SubtreeExcept(i, "acl", "nmod", "appos", "conj", "cc", "punct", "advcl")
		covered := false
		for _, m := range found {
			if m.Start < s.Words[hi].End && m.End > s.Words[lo].Start {
				covered = true // "Hamas fighters": the group is the mention's
				break
			}
		}
		if !covered {
			return s.Words[i].Start
		}
	}
	return -1
}

// isNameWord reports whether word i can be part of a capitalised name.
func isNameWord(s *tree.Sentence, i int) bool {
	if s.UPOS(i) != "PROPN" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s.Form(i))
	return unicode.IsUpper(r)
}

// isCapitalised reports whether word i starts with a capital letter and is a
// noun or adjective ("Atlantic" in "Atlantic Council").
func isCapitalised(s *tree.Sentence, i int) bool {
	if u := s.UPOS(i); u != "ADJ" && u != "NOUN" && u != "PROPN" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s.Form(i))
	return unicode.IsUpper(r)
}

// entity returns the entity for key, creating it with e when new.
func (b *builder) entity(key string, e Entity) int {
	if id, ok := b.byKey[key]; ok {
		return id
	}
	e.ID = len(b.doc.Entities)
	b.doc.Entities = append(b.doc.Entities, &e)
	b.byKey[key] = e.ID
	return e.ID
}

func (b *builder) mention(s *tree.Sentence, lo, hi, head, entity int, form string) Mention {
	sp := s.Span(lo, hi)
	return Mention{Span: sp, Entity: entity, Form: form, Sentence: s.Index, Word: head, InQuote: b.inQuote(sp.Start),
		Subject: s.Rel(head) == "nsubj"}
}

// coveringActor returns the actor mention that covers words lo..hi, if any.
func coveringActor(s *tree.Sentence, lo, hi int, acts []actors.Mention) (actors.Mention, bool) {
	sp := s.Span(lo, hi)
	for _, a := range acts {
		if a.Start <= sp.Start && a.End >= sp.End {
			return a, true
		}
	}
	return actors.Mention{}, false
}

// headOf returns the word of lo..hi whose head lies outside the range.
func headOf(s *tree.Sentence, lo, hi int) int {
	for i := hi; i >= lo; i-- {
		if h := s.Head(i); h < lo || h > hi {
			return i
		}
	}
	return hi
}

// titleHyphen reports whether word j is a hyphen written without blanks
// between two capitalised words, as in a title ("NATO Secretary-General
// Jens Stoltenberg"), so that the run of the name and its role goes on.
func titleHyphen(s *tree.Sentence, j int) bool {
	return s.Form(j) == "-" && j > 0 && j+1 < s.Len() && isCapitalised(s, j-1) && isCapitalised(s, j+1) &&
		s.Words[j-1].End == s.Words[j].Start && s.Words[j].End == s.Words[j+1].Start
}
