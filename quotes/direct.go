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
		if tq.Depth != 0 {
			continue
		}
		q := Quote{ArticleID: x.articleID, Span: tq.Span, Clause: tq.Span, Text: x.src[tq.Start:tq.End], Direct: true, Single: !tq.Double,
			Occurrences: []text.Span{tq.Span}, Sentence: x.td.SentenceAt(tq.Start)}
		if !speechLike(q.Text) {
			// A word or a title is a quote only where a cue attributes it
			// outright: "“Absolutely,” he said", "called her “weak”".
			if x.attributeShort(&q, tq) {
				out = append(out, q)
			}
			continue
		}
		if !x.attribute(&q, tq) {
			if last == nil || !x.near(last, tq) || x.embedded(tq) {
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

// embedded reports whether a quotation is a few words inside a sentence of
// the narrator's ("the long-haired “ambush journalist” of today"): a term or
// a scare quote, which does not continue what the last speaker said.
func (x *extractor) embedded(tq text.Quote) bool {
	if len(quotedWords(x.src[tq.Start:tq.End])) > maxEmbedded {
		return false
	}
	si := x.td.SentenceAt(tq.Open)
	if si < 0 {
		return false
	}
	before := strings.TrimSpace(x.src[x.td.Sentences[si].Start:tq.Open])
	return before != "" && !strings.HasSuffix(before, ":")
}

// maxEmbedded is the most words a quotation inside a sentence may have and
// still be taken for a term rather than speech.
const maxEmbedded = 3

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
// quote or a title: at least two words, and not a title.
func speechLike(content string) bool {
	return len(quotedWords(content)) >= 2 && !titleLike(content)
}

// quotedWords returns the words of quoted content.
func quotedWords(content string) []string {
	return strings.FieldsFunc(content, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' })
}

// titleLike reports whether quoted content is a few words all capitalised,
// as a title or a name is: “Saturday Night Live”, “Swords of Iron”,
// “Perception”. A word that ends a sentence is said, not named: “Really?”.
func titleLike(content string) bool {
	words := quotedWords(content)
	if len(words) == 0 || len(words) > 6 {
		return false
	}
	if len(words) == 1 && strings.ContainsAny(content, ".!?") {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !isMinorTitleWord(w) {
			return false
		}
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
		if w.Start < tq.Start || w.End > tq.End || s.UPOS(i) == "PUNCT" {
			continue // punctuation hangs anywhere: "“corrupt,” noting"
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
		for lo < hi && s.UPOS(lo) == "PUNCT" && s.Words[lo].End <= tq.Open {
			lo++ // ", “…”": the clause starts with its words
		}
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
