package quotes

import (
	"strings"

	"entente/syntax/tree"
	"entente/text"
)

// linearClause is the reported content around a partial quotation read off
// the word order, for when the parse gives no clause holding it: after a cue
// before the quotation, from "that" (or the word after the cue) to the end
// of the sentence; before a cue after it, from the sentence start to the
// comma before the speaker. It returns tq.Span when the quotation already is
// the whole content.
func (x *extractor) linearClause(s *tree.Sentence, c int, tq text.Quote) text.Span {
	n := s.Len()
	last := n - 1
	for last > 0 && s.UPOS(last) == "PUNCT" && s.Words[last].Start >= tq.End+1 {
		last-- // the sentence's final mark, when outside the quotation
	}
	lo, hi := -1, -1
	if s.Words[c].End <= tq.Open {
		lo = c + 1
		for i := c + 1; i < n && s.Words[i].End <= tq.Open; i++ {
			if strings.EqualFold(s.Form(i), "that") {
				lo = i
				break
			}
		}
		for lo < n && s.Words[lo].End <= tq.Open && (s.UPOS(lo) == "PUNCT" || s.Form(lo) == ":") {
			lo++
		}
		hi = last
	} else if s.Words[c].Start >= tq.End {
		lo, hi = 0, c-1
		for hi > 0 && s.Words[hi].Start >= tq.End && s.Form(hi) != "," {
			hi-- // back over the speaker to the comma before it
		}
		for hi > 0 && s.UPOS(hi) == "PUNCT" && s.Words[hi].Start >= tq.End+1 {
			hi--
		}
	}
	if lo < 0 || hi < lo || lo >= n {
		return tq.Span
	}
	outside := false
	for i := lo; i <= hi && !outside; i++ {
		w := s.Words[i]
		outside = s.UPOS(i) != "PUNCT" && (w.End <= tq.Open || w.Start >= tq.End)
	}
	if !outside {
		return tq.Span // the quotation is the whole content
	}
	sp := s.Span(lo, hi)
	sp.Start, sp.End = min(sp.Start, tq.Open), max(sp.End, tq.End)
	if sp.End-sp.Start > 3*(tq.End-tq.Start)+400 {
		return tq.Span // a run-on sentence: keep the quotation alone
	}
	return sp
}

// isClauseOpener reports whether word i opens a new clause after a comma:
// "but", "while", "although", or a participle of saying ("adding").
func isClauseOpener(s *tree.Sentence, i int) bool {
	switch strings.ToLower(s.Form(i)) {
	case "but", "while", "although", "though", "whereas", "and":
		return true
	}
	return s.UPOS(i) == "VERB" && strings.HasSuffix(strings.ToLower(s.Form(i)), "ing")
}

// trimClause cuts a clause at the first new clause after the quotation:
// ", but …", "; …", " — …", ", adding …".
func trimClause(s *tree.Sentence, sp text.Span, tq text.Quote) text.Span {
	for i := 0; i+1 < s.Len(); i++ {
		w := s.Words[i]
		if w.Start < tq.End || w.End > sp.End || i == 0 {
			continue
		}
		f := s.Form(i)
		if f == ";" || f == "—" || f == "–" || (f == "," && isClauseOpener(s, i+1)) {
			sp.End = max(s.Words[i-1].End, tq.End)
			break
		}
	}
	return sp
}
