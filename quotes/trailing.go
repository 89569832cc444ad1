package quotes

import (
	"strings"

	"entente/syntax/tree"
	"entente/text"
)

// trailing attributes a quotation to a cue after it: "…,” Svetlova said."
// Such an attribution names its speaker next to the verb: the verb's own
// subject; else the first noun between the closing mark and the verb ("…,” a
// diplomatic source involved in … told Jewish Insider", "…,” Trump, the GOP
// frontrunner, said" where the parse took a quoted word for the subject);
// else, for a verb right after the closing mark, the noun phrase after it
// ("…,” said one source who …", however the parse attached it). A cue
// without any of them (a participle further on) does not attribute.
func (x *extractor) trailing(q *Quote, s *tree.Sentence, c int, tq text.Quote) bool {
	subj := nearestSubject(s, c)
	if subj >= 0 && s.Words[subj].Start > tq.Close && strings.EqualFold(s.Form(subj), "it") {
		// "…,” it said": the statement or document speaks; attribution
		// corpora name "it" as the source.
		return x.setTrailing(q, s, c, subj)
	}
	if subj >= 0 && !x.inQuote(s.Words[subj].Start) || s.Lemma(c) == "accord" || s.Rel(c) == "acl" && s.Head(c) == c-1 {
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
			return x.setTrailing(q, s, c, w)
		}
	}
	if w := x.invertedSpeaker(s, c, tq); w >= 0 {
		return x.setTrailing(q, s, c, w)
	}
	if sp, ok := x.invertedName(s, c, tq); ok {
		q.Cue = x.cue(s, c)
		q.Speaker, q.SpeakerMention = x.speakerAt(sp)
		q.Confidence = confCueNoEntity
		return true
	}
	return false
}

// invertedName returns the capitalised words right after cue c, a name the
// tagger did not read as one ("…,” said Will Doyle, a professor"), when
// only punctuation separates c from the closing mark.
func (x *extractor) invertedName(s *tree.Sentence, c int, tq text.Quote) (text.Span, bool) {
	if !x.adjacentCue(s, c, tq) {
		return text.Span{}, false
	}
	hi := c
	for i := c + 1; i < s.Len() && i <= c+4 && isName(s.Form(i)) && s.UPOS(i) != "PUNCT"; i++ {
		hi = i
	}
	if hi-c < 2 {
		return text.Span{}, false // a name of one word is too easily a misread
	}
	return s.Span(c+1, hi), true
}

// speakerAt resolves the speaker named by the words of sp.
func (x *extractor) speakerAt(sp text.Span) (Speaker, *Mention) {
	m := &Mention{Span: sp, Text: x.src[sp.Start:sp.End], Form: "unresolved"}
	e := x.personIn(sp)
	if e == nil {
		e, _ = x.cd.At(sp.Start, sp.End)
	}
	if e == nil {
		return Speaker{Name: m.Text}, m
	}
	if _, cm := x.cd.At(sp.Start, sp.End); cm != nil {
		m.Form = cm.Form
	}
	return x.speakerFromEntity(e), m
}

// setTrailing fills the quote's cue and speaker from cue c and speaker word w.
func (x *extractor) setTrailing(q *Quote, s *tree.Sentence, c, w int) bool {
	q.Cue = x.cue(s, c)
	q.Speaker, q.SpeakerMention = x.speaker(s, w)
	q.Confidence = confCueOther
	if q.Speaker.EntityID == "" {
		q.Confidence = confCueNoEntity
	}
	return true
}

// invertedSpeaker returns the head of the noun phrase right after cue c when
// only punctuation separates c from the closing mark ("…,” said Sen. Tammy
// Baldwin of Wisconsin."), or -1. It reads the word order: the parse often
// attaches such a subject elsewhere.
func (x *extractor) invertedSpeaker(s *tree.Sentence, c int, tq text.Quote) int {
	for i := c - 1; i >= 0 && s.Words[i].Start > tq.Close; i-- {
		if s.UPOS(i) != "PUNCT" {
			return -1
		}
	}
	w := -1
	for i := c + 1; i < s.Len() && i <= c+3; i++ {
		if i+1 < s.Len() && strings.EqualFold(s.Form(i+1), "of") && (s.UPOS(i) == "NUM" || s.UPOS(i) == "PRON") {
			w = i // "said one of two witnesses"
			break
		}
		switch s.UPOS(i) {
		case "DET", "NUM", "ADJ":
			continue
		case "NOUN", "PROPN":
			w = i
		}
		break
	}
	if w < 0 || isPersonal(s, w) {
		return -1
	}
	// Climb to the head of the phrase: "Sen." hangs off "Tammy".
	for h := s.Head(w); h > c && (s.UPOS(h) == "NOUN" || s.UPOS(h) == "PROPN") && h-w <= 4; h = s.Head(w) {
		w = h
	}
	return w
}
