package quotes

import (
	"strings"

	"entente/syntax/tree"
	"entente/text"
)

// attribute finds the cue and speaker of a direct quotation.
func (x *extractor) attribute(q *Quote, tq text.Quote) bool {
	sc := x.sentence(x.td.SentenceAt(tq.Close))
	so := x.sentence(x.td.SentenceAt(tq.Open))
	// 1. A dash and a name after it on the line: "“…” ― Sonya Herridge".
	if x.dashAttribution(q, tq) {
		return true
	}
	// 2. A cue after the closing mark: "…,” Svetlova said. A partial
	// quotation inside what a cue before it reports keeps that cue unless
	// the cue after it follows the closing mark directly: in "Sanders
	// admitted that it would be “very hard” …, and pledged …" Sanders
	// admitted.
	if x.byTrailingCue(q, tq, sc, so, so != nil && x.reportedBefore(so, tq)) {
		return true
	}
	if so == nil {
		return false
	}
	// 3. A cue governing the quotation: "Putin blamed “…”", "said Israel's
	// response went “…”".
	if x.byGoverningCue(q, tq, so) {
		return true
	}
	// 4. The nearest cue before the opening mark in the same sentence.
	for i := so.Len() - 1; i >= 0; i-- {
		if so.Words[i].End <= tq.Open && x.isCue(so, i) && !x.inQuote(so.Words[i].Start) {
			if x.fromCue(q, so, i) {
				q.Clause = x.nameClause(so, i, trimClause(so, i, x.linearClause(so, i, tq), tq), tq)
				return true
			}
			break
		}
	}
	// 4b. Any verb before a colon that introduces the quotation: "Kaine has
	// adopted the stance common among Catholics: “I’m pro-life …”".
	if x.byColon(q, tq, so) {
		return true
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

// attributeShort attributes a quotation too short or too title-like to read
// as speech on its own ("“Absolutely,” he said", "called her “weak”"): only
// a cue right after the closing mark, or a cue before it that governs it in
// the parse and does not merely mention a title, will do.
func (x *extractor) attributeShort(q *Quote, tq text.Quote) bool {
	sc := x.sentence(x.td.SentenceAt(tq.Close))
	so := x.sentence(x.td.SentenceAt(tq.Open))
	if x.byTrailingCue(q, tq, sc, so, true) {
		return true
	}
	if so == nil || !x.byGoverningCue(q, tq, so) || q.Cue.Start > tq.Open {
		return false
	}
	// A title governed by a cue is what was spoken of, not what was said
	// ("Rubio said on ABC’s “This Week”"), unless the cue gives the name
	// ("called her “Crooked Hillary”").
	c := so.WordAt(q.Cue.Start)
	return !titleLike(q.Text) || c >= 0 && isLemmaIn(namingVerbs, so, c)
}

// byTrailingCue attributes a quotation to the first cue after its closing
// mark in the sentence ("…,” Svetlova said."); with adjacent set, only to a
// cue that only punctuation and its subject separate from the mark.
func (x *extractor) byTrailingCue(q *Quote, tq text.Quote, sc, so *tree.Sentence, adjacent bool) bool {
	if sc == nil {
		return false
	}
	for i := 0; i < sc.Len(); i++ {
		w := sc.Words[i]
		if w.Start <= tq.Close {
			continue
		}
		if (x.isCue(sc, i) || trailingVerb(sc, i)) && !x.inQuote(w.Start) {
			if adjacent && !x.adjacentCue(sc, i, tq) || !x.trailing(q, sc, i, tq) {
				return false
			}
			if sc == so {
				q.Clause = trimClause(sc, i, x.linearClause(sc, i, tq), tq)
			}
			return true
		}
	}
	return false
}

// trailingVerb reports whether word i, tagged a noun, is a verb of saying
// after its subject at the end of an attribution ("…,” Viguerie concludes.",
// "…,” the editorial read."): a name or noun before it, punctuation or a
// preposition after it, and a verb's form.
func trailingVerb(s *tree.Sentence, i int) bool {
	if s.UPOS(i) != "NOUN" || i == 0 || i+1 >= s.Len() || !isLemmaIn(directCues, s, i) {
		return false
	}
	switch s.UPOS(i - 1) {
	case "NOUN", "PROPN":
	default:
		return false
	}
	switch s.UPOS(i + 1) {
	case "PUNCT", "ADP", "ADV":
	default:
		return false
	}
	f := strings.ToLower(s.Form(i))
	return strings.HasSuffix(f, "s") || strings.HasSuffix(f, "ed") || f == "read"
}

// adjacentCue reports whether only punctuation and the cue's subject phrase
// lie between the closing mark and cue c: "“Absolutely,” he said".
func (x *extractor) adjacentCue(s *tree.Sentence, c int, tq text.Quote) bool {
	subj := nearestSubject(s, c)
	lo := c
	if subj >= 0 && subj < c {
		lo, _ = s.Subtree(subj)
	}
	for i := lo - 1; i >= 0 && s.Words[i].Start > tq.Close; i-- {
		if s.UPOS(i) != "PUNCT" {
			return false
		}
	}
	return true
}

// byColon attributes a quotation that a colon introduces to the subject of
// the last verb before the colon.
func (x *extractor) byColon(q *Quote, tq text.Quote, s *tree.Sentence) bool {
	colon := -1
	for i := s.Len() - 1; i >= 0; i-- {
		if s.Words[i].End > tq.Open {
			continue
		}
		if s.Form(i) == ":" {
			colon = i
		}
		if s.UPOS(i) != "PUNCT" {
			break
		}
	}
	for v := colon - 1; v >= 0; v-- {
		if s.UPOS(v) == "VERB" && !x.inQuote(s.Words[v].Start) && nearestSubject(s, v) >= 0 {
			if !x.fromCue(q, s, v) {
				return false
			}
			q.Confidence = confPrevious
			return true
		}
	}
	return false
}

// cueBefore returns the cue that only punctuation separates from the
// opening mark ("adding: “…”"), or -1.
func (x *extractor) cueBefore(s *tree.Sentence, tq text.Quote) int {
	for i := s.Len() - 1; i >= 0; i-- {
		if s.Words[i].End > tq.Open {
			continue
		}
		if s.UPOS(i) != "PUNCT" {
			if x.isCue(s, i) && !x.inQuote(s.Words[i].Start) {
				return i
			}
			return -1
		}
	}
	return -1
}

// reportedBefore reports whether a cue before the quotation governs it.
func (x *extractor) reportedBefore(s *tree.Sentence, tq text.Quote) bool {
	c := x.governingCue(s, tq)
	return c >= 0 && s.Words[c].End <= tq.Open
}

// byGoverningCue attributes a quotation to the cue that governs it in the
// parse, and takes the cue's dependent that holds it as the clause.
func (x *extractor) byGoverningCue(q *Quote, tq text.Quote, so *tree.Sentence) bool {
	c := x.governingCue(so, tq)
	if c < 0 {
		return false
	}
	if a := x.cueBefore(so, tq); a > c {
		c = a // "Trump said, adding, “…”": the quotation is what he added
	}
	if !x.fromCue(q, so, c) {
		return false
	}
	q.Clause = x.clauseOf(so, c, tq)
	if l := x.linearClause(so, c, tq); l.End-l.Start > q.Clause.End-q.Clause.Start {
		q.Clause = l
	}
	q.Clause = x.nameClause(so, c, trimClause(so, c, q.Clause, tq), tq)
	return true
}
