package quotes

import (
	"strings"
	"unicode/utf8"

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
		if introducedByMark(s, c, tq) {
			// "told host Matt Boyle, “…”": the words before the comma
			// name whom the speaker told, not what.
			lo = s.WordAt(tq.Start)
			if lo < 0 {
				return tq.Span
			}
		}
		for lo < n && s.Words[lo].End <= tq.Open && (s.UPOS(lo) == "PUNCT" || s.Form(lo) == ":") {
			lo++
		}
		hi = last
	} else if s.Words[c].Start >= tq.End {
		lo, hi = afterColon(s, tq), x.beforeSpeaker(s, c, tq)
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

// introducedByMark reports whether a comma or a colon right before the
// opening mark introduces the quotation after cue c, with no clause between
// them ("told host Matt Boyle, “…”", not "said he is a negotiator, “like
// you folks”").
func introducedByMark(s *tree.Sentence, c int, tq text.Quote) bool {
	mark := false
	for i := c + 1; i < s.Len() && s.Words[i].End <= tq.Open; i++ {
		switch s.UPOS(i) {
		case "VERB", "AUX", "SCONJ":
			return false
		}
		f := s.Form(i)
		mark = f == "," || f == ":" || mark && s.UPOS(i) == "PUNCT"
	}
	return mark
}

// afterColon returns the first word after the last colon or semicolon
// before the quotation, or 0: what a trailing cue reports starts there ("Trump
// asserted that …: “France is no longer France,” he claimed").
func afterColon(s *tree.Sentence, tq text.Quote) int {
	lo := 0
	for i := 0; i < s.Len() && s.Words[i].End <= tq.Open; i++ {
		if f := s.Form(i); f == ":" || f == ";" {
			lo = i + 1
		}
	}
	return lo
}

// beforeSpeaker returns the last word before the speaker of a trailing cue c:
// before the cue's subject phrase when it follows the quotation ("…, the
// minister said"), before the cue when the speaker follows it ("…,” said
// X"), before a noun phrase opening right after the closing mark ("…,” Trump,
// the GOP frontrunner, said"), else before the comma that precedes the
// speaker.
func (x *extractor) beforeSpeaker(s *tree.Sentence, c int, tq text.Quote) int {
	if subj := nearestSubject(s, c); subj >= 0 && subj < c && s.Words[subj].Start > tq.Close {
		lo, _ := s.Subtree(subj)
		return max(lo-1, 0)
	}
	first := -1
	for i := 0; i < c; i++ {
		if s.Words[i].Start > tq.Close && s.UPOS(i) != "PUNCT" {
			first = i
			break
		}
	}
	if first < 0 {
		return c - 1
	}
	switch s.UPOS(first) {
	case "PROPN", "NOUN", "PRON", "DET":
		return first - 1
	}
	hi := c - 1
	for hi > 0 && s.Words[hi].Start >= tq.End && s.Form(hi) != "," {
		hi-- // back over the speaker to the comma before it
	}
	return hi
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
// ", but …", "; …", " — …", ", adding …" (the comma may close the
// quotation: "“a breach of trust,” adding …"), or a second predicate of the
// cue's subject ("called it a “crystal ball” and said …").
func trimClause(s *tree.Sentence, c int, sp text.Span, tq text.Quote) text.Span {
	for i := 0; i+1 < s.Len(); i++ {
		w := s.Words[i]
		if w.Start < tq.End || w.End > sp.End || i == 0 {
			continue
		}
		f := s.Form(i)
		if commaClosed(s, i, tq) && isClauseOpener(s, i+1) {
			sp.End = w.End // the clause ends with the quotation
			break
		}
		if f == ";" || f == "—" || f == "–" || f == "," && isClauseOpener(s, i+1) || coordinatesCue(s, c, i) {
			sp.End = max(s.Words[i-1].End, tq.End)
			break
		}
	}
	return sp
}

// commaClosed reports whether word i is the closing mark of a quotation that
// ends in a comma: “…,” adding.
func commaClosed(s *tree.Sentence, i int, tq text.Quote) bool {
	return s.Words[i].Start == tq.Close && i > 0 && s.Form(i-1) == ","
}

// coordinatesCue reports whether word i is a conjunction that opens a second
// predicate of cue c's subject: "and" or "but" followed by a verb of the
// cue's form ("called … and said", "calling … and adding").
func coordinatesCue(s *tree.Sentence, c, i int) bool {
	switch strings.ToLower(s.Form(i)) {
	case "and", "but":
	default:
		return false
	}
	v := i + 1
	if v < s.Len() && s.UPOS(v) == "ADV" {
		v++ // "and later said"
	}
	return c >= 0 && v < s.Len() && s.UPOS(v) == "VERB" && s.Tokens[v].XPOS == s.Tokens[c].XPOS && s.Tokens[c].XPOS != ""
}

// namingVerbs name or describe something with the quoted words: "called
// Palin a “clown”", "described the move as a “breach of trust”". What they
// report ends with the quotation.
var namingVerbs = setOf("call", "dub", "label", "brand", "term", "describe", "characterize", "characterise",
	"dismiss", "hail", "portray", "deride", "sum")

// nameClause ends the clause of a naming cue before the quotation at the
// closing mark: "Palin a “clown”", not "… on his radio show".
func (x *extractor) nameClause(s *tree.Sentence, c int, sp text.Span, tq text.Quote) text.Span {
	if c < 0 || !isLemmaIn(namingVerbs, s, c) || s.Words[c].End > tq.Open {
		return sp
	}
	end := tq.Close
	if _, n := utf8.DecodeRuneInString(x.src[end:]); n > 0 {
		end += n
	}
	if end < sp.End {
		sp.End = end
	}
	return sp
}
