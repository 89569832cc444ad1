package quotes

import (
	"sort"
	"strconv"
	"strings"

	"entente/actors/coref"
	"entente/syntax/tree"
	"entente/text"
)

// extractor holds one article's layers while its quotes are found.
type extractor struct {
	articleID string
	src       string
	td        *text.Doc
	pd        *tree.Doc
	cd        *coref.Doc
	quoted    []text.Span // outer quotation contents
}

// Extract finds the quotes of one article from its text layer, the parses of
// its sentences and its coreference. The quotes are in text order.
func Extract(articleID string, td *text.Doc, pd *tree.Doc, cd *coref.Doc) []Quote {
	x := &extractor{articleID: articleID, src: td.Text, td: td, pd: pd, cd: cd}
	for _, q := range td.Quotes {
		if q.Depth == 0 {
			x.quoted = append(x.quoted, q.Span)
		}
	}
	out := x.direct()
	out = append(out, x.indirect()...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return dedupe(td, out)
}

// inQuote reports whether byte offset off lies inside a quotation.
func (x *extractor) inQuote(off int) bool {
	i := sort.Search(len(x.quoted), func(i int) bool { return x.quoted[i].End > off })
	return i < len(x.quoted) && x.quoted[i].Start <= off
}

// quotedShare returns the share of the words of span that lie inside quotation
// marks.
func (x *extractor) quotedShare(s *tree.Sentence, lo, hi int) float64 {
	in, all := 0, 0
	for i := lo; i <= hi; i++ {
		if s.UPOS(i) == "PUNCT" {
			continue
		}
		all++
		if x.inQuote(s.Words[i].Start) {
			in++
		}
	}
	if all == 0 {
		return 0
	}
	return float64(in) / float64(all)
}

// sentence returns the parse of text sentence i, or nil.
func (x *extractor) sentence(i int) *tree.Sentence {
	if i < 0 || i >= len(x.pd.Sentences) || x.pd.Sentences[i].Index != i {
		return nil
	}
	return &x.pd.Sentences[i]
}

// speakerOf returns the word naming who performs cue word c: its subject, the
// object of "according to", or the subject of the clause it depends on when it
// has none ("…, characterizing it as …"). Climbing into the complement of
// another verb of saying, it takes that verb's subject: in "Wang Yi said
// Israel's response went … characterizing it as …" Wang Yi characterizes, not
// the response. It returns -1 when there is none.
func (x *extractor) speakerOf(s *tree.Sentence, c int) int {
	if s.Lemma(c) == "accord" {
		return s.Head(c) // "according to X": "according" hangs off X
	}
	for n := 0; n < 5 && c >= 0; n++ {
		if subj := nearestSubject(s, c); subj >= 0 {
			if n > 0 && s.Rel(c) == "ccomp" {
				if h := s.Head(c); h >= 0 && x.isCue(s, h) {
					if hs := nearestSubject(s, h); hs >= 0 {
						subj = hs
					}
				}
			}
			if s.FullRel(subj) == "nsubj:pass" {
				return agentOf(s, c)
			}
			return subj
		}
		if n == 0 {
			if w := nameBefore(s, c); w >= 0 {
				return w
			}
		}
		if s.Rel(c) == "acl" && n == 0 {
			// "the diplomatic source insisted" read as a reduced relative
			// clause: the noun right before the verb is the speaker.
			if h := s.Head(c); h == c-1 && (s.UPOS(h) == "PROPN" || s.Child(h, "det") >= 0) {
				return h
			}
		}
		// A verb without a subject takes the subject of the clause it
		// belongs to ("…, saying that …", "characterizing it as …").
		c = s.Head(c)
	}
	return -1
}

// nameBefore returns the name right before a verb that the parse gave no
// subject ("…, White House press secretary Josh Earnest said the …", "with
// Sen. John McCain calling it …"): the head of that name, or -1.
func nameBefore(s *tree.Sentence, v int) int {
	w := v - 1
	if w < 0 || s.UPOS(w) != "PROPN" {
		return -1
	}
	for h := s.Head(w); h >= 0 && h < w && w-h <= 3 && (s.Rel(w) == "flat" || s.Rel(w) == "compound"); h = s.Head(w) {
		w = h
	}
	return w
}

// nearestSubject returns the subject of verb v (a parse may give a verb two:
// "The Abraham Accords, he argued, …"): the nearest one before the verb, else
// the nearest after it ("…,” said Carice Witte). It returns -1 for none.
func nearestSubject(s *tree.Sentence, v int) int {
	left, right := -1, -1
	for _, c := range s.Children(v) {
		if s.Rel(c) != "nsubj" {
			continue
		}
		if c < v && (left < 0 || c > left) {
			left = c
		}
		if c > v && (right < 0 || c < right) {
			right = c
		}
	}
	if left >= 0 {
		return left
	}
	return right
}

// antecedent returns the noun that a relative pronoun subject stands for
// ("a former official who … described it as …": the official), or -1 when w
// is not the subject of a relative clause.
func antecedent(s *tree.Sentence, w int) int {
	switch strings.ToLower(s.Form(w)) {
	case "who", "which", "that":
	default:
		return -1
	}
	v := s.Head(w)
	if s.Rel(w) != "nsubj" || v < 0 || s.FullRel(v) != "acl:relcl" {
		return -1
	}
	return s.Head(v)
}

// agentOf returns the "by" agent of a passive verb, or -1.
func agentOf(s *tree.Sentence, v int) int {
	for _, c := range s.Children(v) {
		if s.Rel(c) == "obl" {
			if cs := s.Child(c, "case"); cs >= 0 && strings.EqualFold(s.Form(cs), "by") {
				return c
			}
		}
	}
	return -1
}

// speaker resolves the speaker named by word w of sentence s. A relative
// pronoun is the local mention of the noun it stands for.
func (x *extractor) speaker(s *tree.Sentence, w int) (Speaker, *Mention) {
	if a := antecedent(s, w); a >= 0 && a != w {
		sp, _ := x.speaker(s, a)
		ws := s.Words[w]
		return sp, &Mention{Span: text.Span{Start: ws.Start, End: ws.End}, Text: ws.Form, Form: coref.FormPronoun}
	}
	lo, hi := s.SubtreeExcept(w, "acl", "acl:relcl", "appos", "punct", "parataxis", "conj", "cc", "advmod", "case")
	sp := s.Span(lo, hi)
	m := &Mention{Span: sp, Text: x.src[sp.Start:sp.End], Form: "unresolved"}
	if _, cm := x.cd.At(s.Words[w].Start, s.Words[w].End); cm != nil {
		m.Form = cm.Form
	}
	plo, phi := s.SubtreeExcept(w, "acl", "acl:relcl", "parataxis", "conj", "cc")
	e := x.personIn(s.Span(plo, phi))
	if e == nil {
		hw := s.Words[w]
		e, _ = x.cd.At(hw.Start, hw.End)
	}
	if e == nil {
		// "Carice Witte, executive director of …, an Israeli policy group,
		// lamented …": a long appositive can take the subject's place in the
		// parse; the name that opens the sentence is the speaker.
		e = x.openingPerson(s, w)
	}
	if e == nil {
		e, _ = x.cd.At(sp.Start, sp.End)
	}
	if e == nil {
		return Speaker{Name: strings.TrimPrefix(strings.TrimPrefix(m.Text, "The "), "the ")}, m
	}
	return x.speakerFromEntity(e), m
}

// openingPerson returns the person named by the words that open sentence s,
// when they are followed by a comma and come before word w.
func (x *extractor) openingPerson(s *tree.Sentence, w int) *coref.Entity {
	if s.Len() == 0 {
		return nil
	}
	e, m := x.cd.At(s.Words[0].Start, s.Words[0].End)
	if e == nil || e.Kind != coref.KindPerson || m.Start != s.Words[0].Start {
		return nil
	}
	end := s.WordAt(m.End - 1)
	if end < 0 || end+1 >= w || s.Form(end+1) != "," {
		return nil
	}
	return e
}

// personIn returns the last person named in a speaker phrase: in "The Atlantic
// Council’s Ksenia Svetlova" the person speaks, not the council.
func (x *extractor) personIn(sp text.Span) *coref.Entity {
	var found *coref.Entity
	for i := range x.cd.Mentions {
		m := &x.cd.Mentions[i]
		if m.Start >= sp.End {
			break
		}
		if m.Start >= sp.Start && m.End <= sp.End && m.Form != coref.FormPronoun {
			if e := x.cd.Entities[m.Entity]; e.Kind == coref.KindPerson {
				found = e
			}
		}
	}
	return found
}

func (x *extractor) speakerFromEntity(e *coref.Entity) Speaker {
	return Speaker{EntityID: x.articleID + "/e" + strconv.Itoa(e.ID), Name: e.Name, Kind: e.Kind,
		Role: e.Role, Organisation: e.Organisation, Code: e.Code}
}

// isPersonal reports whether a speaker word is a first- or second-person
// pronoun, a dummy subject or a relative pronoun without an antecedent,
// which name no one outside the quote.
func isPersonal(s *tree.Sentence, w int) bool {
	if antecedent(s, w) >= 0 {
		return false // "an official who said": the official
	}
	switch strings.ToLower(s.Form(w)) {
	case "i", "we", "you", "it", "there", "this", "that", "which", "who":
		return true
	}
	return false
}

func (x *extractor) cue(s *tree.Sentence, c int) *Cue {
	w := s.Words[c]
	return &Cue{Span: text.Span{Start: w.Start, End: w.End}, Text: w.Form, Lemma: s.Lemma(c)}
}
