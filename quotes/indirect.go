package quotes

import (
	"strings"

	"entente/syntax/tree"
	"entente/text"
)

// Confidence of indirect quotes.
const confIndirect = 0.7

// maxQuotedShare is the share of an indirect quote's words that may lie inside
// quotation marks; above it the clause is the setting of a direct quote.
const maxQuotedShare = 0.4

// indirect finds reported speech: the clausal complement of a verb of saying
// ("Witte pointed out that China is set to …") or the clause a trailing
// attribution follows ("The core of … is great-power rivalry, Witte said").
func (x *extractor) indirect() []Quote {
	var out []Quote
	for si := range x.pd.Sentences {
		s := &x.pd.Sentences[si]
		for v := 0; v < s.Len(); v++ {
			if s.UPOS(v) != "VERB" || !isLemmaIn(indirectCues, s, v) || x.inQuote(s.Words[v].Start) {
				continue
			}
			lo, hi, ok := x.reported(s, v)
			if !ok || hi-lo+1 < 4 || x.quotedShare(s, lo, hi) >= maxQuotedShare {
				continue
			}
			w := x.speakerOf(s, v)
			if w < 0 || isPersonal(s, w) || lo <= w && w <= hi {
				continue // no speaker, or one inside what is reported
			}
			sp := s.Span(lo, hi)
			q := Quote{ArticleID: x.articleID, Span: sp, Clause: sp, Text: x.src[sp.Start:sp.End], Cue: x.cue(s, v),
				Occurrences: []text.Span{sp}, Sentence: s.Index, Confidence: confIndirect}
			q.Speaker, q.SpeakerMention = x.speaker(s, w)
			if q.Speaker.EntityID == "" {
				q.Confidence -= 0.15
			}
			out = append(out, q)
		}
	}
	return out
}

// reported returns the word range of what verb v reports.
func (x *extractor) reported(s *tree.Sentence, v int) (lo, hi int, ok bool) {
	if s.Lemma(v) == "accord" {
		return accordingTo(s, v)
	}
	if c := s.Child(v, "ccomp"); c >= 0 {
		lo, hi = s.Subtree(c)
		for lo <= hi && (s.Rel(lo) == "mark" || s.UPOS(lo) == "PUNCT") {
			lo++
		}
		for hi >= lo && s.UPOS(hi) == "PUNCT" && !isQuoteMark(s.Form(hi)) {
			hi--
		}
		return lo, hi, lo <= hi
	}
	// "…, Witte said." at the end of the sentence, however it is attached.
	if subj := nearestSubject(s, v); subj > 1 && subj < v && s.Form(subj-1) == "," && endsAfter(s, v) {
		slo, _ := s.Subtree(subj)
		if slo > 1 && s.Form(slo-1) == "," {
			hi = slo - 2
			for hi >= 0 && s.UPOS(hi) == "PUNCT" && !isQuoteMark(s.Form(hi)) {
				hi--
			}
			return 0, hi, hi >= 0
		}
	}
	// "…, Witte said, …": the attribution hangs off the clause as parataxis.
	if s.Rel(v) == "parataxis" {
		root := s.Head(v)
		vlo, _ := s.Subtree(v)
		if root < 0 || root > vlo {
			return 0, 0, false
		}
		lo, _ = s.Subtree(root)
		hi = vlo - 1
		for hi >= lo && s.UPOS(hi) == "PUNCT" && !isQuoteMark(s.Form(hi)) {
			hi--
		}
		return lo, hi, lo <= hi
	}
	return 0, 0, false
}

// accordingTo returns what an "according to X" phrase at word a attributes:
// the rest of the sentence when the phrase opens it and ends at a comma
// ("According to the ministry, the talks failed") or when it closes the
// sentence after a comma ("The talks failed, according to the ministry").
// The phrase is read off the words, not the parse, which often misattaches
// a closing one: it runs to the comma or the sentence's end with no verb in
// it. A phrase inside the sentence attributes no clause of its own.
func accordingTo(s *tree.Sentence, a int) (lo, hi int, ok bool) {
	if a+2 >= s.Len() || !strings.EqualFold(s.Form(a+1), "to") {
		return 0, 0, false
	}
	end := a + 2 // first word after the phrase
	for end < s.Len() && s.Form(end) != "," && s.Form(end) != ";" && s.UPOS(end) != "VERB" && s.UPOS(end) != "AUX" {
		end++
	}
	switch {
	case a == 0 && end < s.Len() && s.Form(end) == ",":
		lo, hi = end+1, s.Len()-1
	case a > 1 && s.Form(a-1) == "," && endsAfter(s, end-1):
		lo, hi = 0, a-2
	default:
		return 0, 0, false
	}
	for hi >= lo && s.UPOS(hi) == "PUNCT" && !isQuoteMark(s.Form(hi)) {
		hi--
	}
	return lo, hi, lo <= hi
}

func isQuoteMark(w string) bool {
	switch w {
	case "”", "’", "\"", "'":
		return true
	}
	return false
}

// endsAfter reports whether only punctuation follows word v in the sentence.
func endsAfter(s *tree.Sentence, v int) bool {
	for i := v + 1; i < s.Len(); i++ {
		if s.UPOS(i) != "PUNCT" {
			return false
		}
	}
	return true
}
