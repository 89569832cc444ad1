package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"entente/syntax/tree"
	"entente/text"
)

// Confidences of the attribution paths.
const (
	confCueName     = 0.92 // a cue whose subject is a name
	confCueOther    = 0.85 // a cue whose subject is a pronoun or description
	confCueNoEntity = 0.7  // a cue whose subject resolved to nothing
	confPrevious    = 0.7  // a cue in the sentence before
	confHeadline    = 0.75 // "Description: ‘quote’"
	confFloating    = 0.6  // inherited from the quote before
)

// direct attributes every outer quotation that reads as speech.
func (x *extractor) direct() []Quote {
	var out []Quote
	var last *Quote // the last attributed direct quote
	for _, tq := range x.td.Quotes {
		if tq.Depth != 0 || !speechLike(x.src[tq.Start:tq.End]) {
			continue
		}
		q := Quote{ArticleID: x.articleID, Span: tq.Span, Clause: tq.Span, Text: x.src[tq.Start:tq.End], Direct: true, Single: !tq.Double,
			Occurrences: []text.Span{tq.Span}, Sentence: x.td.SentenceAt(tq.Start)}
		if !x.attribute(&q, tq) {
			if last == nil || !x.near(last, tq) {
				q.unattributed = true
				out = append(out, q)
				continue
			}
			q.Speaker, q.Floating, q.Confidence = last.Speaker, true, confFloating
		}
		out = append(out, q)
		last = &out[len(out)-1]
	}
	return out
}

// near reports whether a quotation is close enough to the previous quote to
// inherit its speaker: the same paragraph or the next two.
func (x *extractor) near(prev *Quote, tq text.Quote) bool {
	pp := x.td.Sentences[prev.Sentence].Paragraph
	si := x.td.SentenceAt(tq.Start)
	if si < 0 {
		return false
	}
	return x.td.Sentences[si].Paragraph-pp <= 2
}

// speechLike reports whether quoted content reads as words said, not a scare
// quote or a title: at least two words, and not every word capitalised.
func speechLike(content string) bool {
	words := strings.FieldsFunc(content, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' })
	if len(words) < 2 {
		return false
	}
	if len(words) <= 6 {
		for _, w := range words {
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) && !isMinorTitleWord(w) {
				return true
			}
		}
		return false // “Saturday Night Live”, “Swords of Iron”
	}
	return true
}

func isMinorTitleWord(w string) bool {
	switch w {
	case "of", "the", "and", "a", "an", "in", "on", "for", "to":
		return true
	}
	return false
}

// attribute finds the cue and speaker of a direct quotation.
func (x *extractor) attribute(q *Quote, tq text.Quote) bool {
	sc := x.sentence(x.td.SentenceAt(tq.Close))
	so := x.sentence(x.td.SentenceAt(tq.Open))
	// 1. A dash and a name after it on the line: "“…” ― Sonya Herridge".
	if x.dashAttribution(q, tq) {
		return true
	}
	// 2. A cue after the closing mark: "…,” Svetlova said.
	if sc != nil {
		for i := 0; i < sc.Len(); i++ {
			if sc.Words[i].Start > tq.Close && x.isCue(sc, i) && !x.inQuote(sc.Words[i].Start) {
				if x.trailing(q, sc, i, tq) {
					if sc == so {
						q.Clause = trimClause(sc, x.linearClause(sc, i, tq), tq)
					}
					return true
				}
				break
			}
		}
	}
	if so == nil {
		return false
	}
	// 3. A cue governing the quotation: "Putin blamed “…”", "said Israel's
	// response went “…”".
	if c := x.governingCue(so, tq); c >= 0 && x.fromCue(q, so, c) {
		q.Clause = x.clauseOf(so, c, tq)
		if l := x.linearClause(so, c, tq); l.End-l.Start > q.Clause.End-q.Clause.Start {
			q.Clause = l
		}
		q.Clause = trimClause(so, q.Clause, tq)
		return true
	}
	// 4. The nearest cue before the opening mark in the same sentence.
	for i := so.Len() - 1; i >= 0; i-- {
		if so.Words[i].End <= tq.Open && x.isCue(so, i) && !x.inQuote(so.Words[i].Start) {
			if x.fromCue(q, so, i) {
				q.Clause = trimClause(so, x.linearClause(so, i, tq), tq)
				return true
			}
			break
		}
	}
	// 5. A headline: "Former deputy secretary of state: ‘When you’re down …’".
	if x.headline(q, so, tq) {
		return true
	}
	// 6. A cue in the sentence before, in the same paragraph: "The Embassy spoke
	// out against China’s position. “We expect …”".
	si := x.td.SentenceAt(tq.Open)
	if si > 0 && x.td.Sentences[si-1].Paragraph == x.td.Sentences[si].Paragraph {
		if prev := x.sentence(si - 1); prev != nil {
			for i := 0; i < prev.Len(); i++ {
				if (x.isCue(prev, i) || prev.UPOS(i) == "VERB" && isLemmaIn(stanceVerbs, prev, i)) &&
					!x.inQuote(prev.Words[i].Start) && x.fromCue(q, prev, i) {
					q.Confidence = confPrevious
					return true
				}
			}
		}
	}
	return false
}

// isCue reports whether word i is a verb of saying.
func (x *extractor) isCue(s *tree.Sentence, i int) bool {
	if s.Lemma(i) == "accord" {
		return true
	}
	return s.UPOS(i) == "VERB" && isLemmaIn(directCues, s, i)
}

// isLemmaIn reports whether word i's lemma is in set, also trying the lemmas
// its form suggests, should the lemmatiser have missed ("blamed" → "blame").
func isLemmaIn(set map[string]bool, s *tree.Sentence, i int) bool {
	if set[s.Lemma(i)] {
		return true
	}
	f := strings.ToLower(s.Form(i))
	for _, suf := range []string{"ed", "d", "s", "es", "ing"} {
		if stem, ok := strings.CutSuffix(f, suf); ok && len(stem) > 2 && (set[stem] || set[stem+"e"]) {
			return true
		}
	}
	return false
}

// governingCue returns the nearest ancestor of the quotation's words that is a
// cue outside the quotation, or -1.
func (x *extractor) governingCue(s *tree.Sentence, tq text.Quote) int {
	best := -1
	for i := 0; i < s.Len(); i++ {
		w := s.Words[i]
		if w.Start < tq.Start || w.End > tq.End {
			continue
		}
		h := s.Head(i)
		if h >= 0 && s.Words[h].Start >= tq.Start && s.Words[h].End <= tq.End {
			continue // not the head of the quoted part
		}
		s.Ancestors(i, func(a int) bool {
			if x.inQuote(s.Words[a].Start) {
				return true
			}
			if x.isCue(s, a) {
				if best < 0 || a > best {
					best = a
				}
				return false
			}
			return true
		})
	}
	return best
}

// clauseOf returns the dependent of cue c whose subtree holds the quotation:
// the reported content a partial quote sits in.
func (x *extractor) clauseOf(s *tree.Sentence, c int, tq text.Quote) text.Span {
	for _, d := range s.Children(c) {
		switch s.Rel(d) {
		case "nsubj", "punct", "aux", "advmod", "mark", "cc", "conj":
			continue
		}
		lo, hi := s.Subtree(d)
		sp := s.Span(lo, hi)
		if sp.Start <= tq.Start && sp.End >= tq.End {
			// Start at the complementiser when the parse hung the clause
			// lower ("in the early hours that Machado was “…”").
			for i := lo; i <= hi && s.Words[i].End <= tq.Open; i++ {
				if s.Rel(i) == "mark" && strings.EqualFold(s.Form(i), "that") {
					sp.Start = s.Words[i].Start
				}
			}
			return text.Span{Start: min(sp.Start, tq.Open), End: max(sp.End, tq.End)}
		}
	}
	return tq.Span
}

// trailing attributes a quotation to a cue after it: "…,” Svetlova said."
// Such an attribution names its speaker next to the verb: the verb's own
// subject, or else the first noun between the closing mark and the verb ("…,” a
// diplomatic source involved in … told Jewish Insider"). A cue without either
// (a participle further on) does not attribute.
func (x *extractor) trailing(q *Quote, s *tree.Sentence, c int, tq text.Quote) bool {
	if nearestSubject(s, c) >= 0 || s.Lemma(c) == "accord" || s.Rel(c) == "acl" && s.Head(c) == c-1 {
		return x.fromCue(q, s, c)
	}
	for w := 0; w < c; w++ {
		if s.Words[w].Start <= tq.Close {
			continue
		}
		switch s.UPOS(w) {
		case "NOUN", "PROPN", "PRON":
			if isPersonal(s, w) {
				return false
			}
			q.Cue = x.cue(s, c)
			q.Speaker, q.SpeakerMention = x.speaker(s, w)
			q.Confidence = confCueOther
			return true
		}
	}
	return false
}

// fromCue fills the quote's cue and speaker from cue word c of s.
func (x *extractor) fromCue(q *Quote, s *tree.Sentence, c int) bool {
	w := x.speakerOf(s, c)
	if w < 0 || isPersonal(s, w) || x.inQuote(s.Words[w].Start) {
		return false
	}
	q.Cue = x.cue(s, c)
	q.Speaker, q.SpeakerMention = x.speaker(s, w)
	switch {
	case q.Speaker.EntityID == "":
		q.Confidence = confCueNoEntity
	case q.Speaker.Kind == "person" && isName(s.Form(w)):
		q.Confidence = confCueName
	default:
		q.Confidence = confCueOther
	}
	return true
}

func isName(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// headline attributes "Description: ‘quote’", where the words before the colon
// contain no verb. The description is matched to a person whose role it
// names, anywhere in the article.
func (x *extractor) headline(q *Quote, s *tree.Sentence, tq text.Quote) bool {
	colon := -1
	for i := 0; i < s.Len() && s.Words[i].End <= tq.Open; i++ {
		if s.UPOS(i) == "VERB" || s.UPOS(i) == "AUX" {
			return false
		}
		if s.Form(i) == ":" {
			colon = i
		}
	}
	if colon < 1 {
		return false
	}
	np := x.src[s.Words[0].Start:s.Words[colon-1].End]
	m := &Mention{Span: text.Span{Start: s.Words[0].Start, End: s.Words[colon-1].End}, Text: np, Form: "description"}
	lnp := strings.ToLower(np)
	for _, e := range x.cd.Entities {
		role := strings.ToLower(e.Role)
		if i := strings.Index(role, " in "); i > 0 {
			role = role[:i]
		}
		if e.Kind == "person" && len(role) > 6 && strings.Contains(lnp, role) {
			q.Speaker, q.SpeakerMention, q.Confidence = x.speakerFromEntity(e), m, confHeadline
			return true
		}
	}
	q.Speaker, q.SpeakerMention, q.Confidence = Speaker{Name: np}, m, confHeadline-0.2
	return true
}
