package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// splitSentences appends the sentences of paragraph pi, whose tokens are
// toks[first:end], and sets each token's Sentence index.
func splitSentences(sents []Sentence, toks []Token, pi, first, end int) []Sentence {
	start := first
	if d := datelineEnd(toks, first, end); d > first && d < end {
		sents = appendSentence(sents, toks, pi, first, d)
		sents[len(sents)-1].Dateline = true
		start = d
	}
	for k := start; k < end; k++ {
		if !endsSentenceAt(toks, k, end) {
			continue
		}
		// Closing quotes and brackets after the terminator belong to it.
		stop := k + 1
		for stop < end && isCloser(toks[stop].Text) {
			stop++
		}
		if stop >= end {
			break
		}
		if !startsNewSentence(toks, k, stop, end) {
			k = stop - 1
			continue
		}
		sents = appendSentence(sents, toks, pi, start, stop)
		start = stop
		k = stop - 1
	}
	if start < end {
		sents = appendSentence(sents, toks, pi, start, end)
	}
	return sents
}

func appendSentence(sents []Sentence, toks []Token, pi, first, end int) []Sentence {
	si := len(sents)
	for k := first; k < end; k++ {
		toks[k].Sentence = si
	}
	return append(sents, Sentence{
		Span:       Span{toks[first].Start, toks[end-1].End},
		Paragraph:  pi,
		FirstToken: first,
		EndToken:   end,
	})
}

// endsSentenceAt reports whether token k may end a sentence.
func endsSentenceAt(toks []Token, k, end int) bool {
	t := toks[k].Text
	switch t {
	case ".", "!", "?", "?!", "…", "...":
		if t == "…" || t == "..." {
			// An ellipsis ends a sentence only before a capital.
			return k+1 < end && startsUpper(toks[k+1].Text)
		}
		return true
	}
	// "No." abbreviates "number" only before one: "No. 10"; "… said no. He …"
	// ends a sentence.
	if strings.EqualFold(t, "no.") || strings.EqualFold(t, "nos.") {
		if k+1 >= end {
			return true
		}
		r, _ := utf8.DecodeRuneInString(toks[k+1].Text)
		return !unicode.IsDigit(r)
	}
	// An abbreviation that may end a sentence: "… in the U.S. The …".
	switch abbrevOf(t) {
	case initials, other:
		return k+1 < end && isSentenceStarter(toks[k+1].Text)
	}
	return false
}

// startsNewSentence decides, after a terminator at k and its closers up to stop,
// whether the token at stop begins a new sentence.
func startsNewSentence(toks []Token, k, stop, end int) bool {
	next := toks[stop].Text
	r, _ := utf8.DecodeRuneInString(next)
	if unicode.IsLower(r) {
		return false // “…?” she said.
	}
	switch next {
	case ",", ";", ":", ")", "]", "%":
		return false // "Rep. Jim Clyburn (D-S.C.), the assistant leader, …"
	}
	if t := toks[k].Text; (t == "?" || t == "!") && stop > k+1 && isQuoteCloser(toks[k+1].Text) &&
		attributionFollows(toks, stop, end) {
		return false // “What did we think?” Svetlova said.
	}
	return true
}

// attributionFollows reports whether the tokens from k are a short speech
// attribution closing a quote: "Svetlova said.", "the diplomatic source said".
func attributionFollows(toks []Token, k, end int) bool {
	for j := k; j < end && j < k+6; j++ {
		t := toks[j].Text
		if t == "." || t == "!" || t == "?" || t == "“" || t == "\"" {
			return false
		}
		if speechVerbs[t] {
			return true
		}
	}
	return false
}

// speechVerbs are the reporting verbs that follow a quotation.
var speechVerbs = map[string]bool{
	"said": true, "says": true, "asked": true, "asks": true, "added": true, "adds": true,
	"told": true, "tells": true, "wrote": true, "writes": true, "noted": true, "notes": true,
	"argued": true, "argues": true, "insisted": true, "insists": true, "warned": true,
	"warns": true, "explained": true, "explains": true, "continued": true, "stated": true,
	"declared": true, "replied": true, "tweeted": true, "posted": true, "recalled": true,
	"cautioned": true, "claimed": true, "admitted": true, "acknowledged": true,
	"concluded": true, "lamented": true, "suggested": true, "remarked": true,
	"observed": true, "according": true, "exclaimed": true, "responded": true,
	"wondered": true, "quipped": true, "conceded": true, "countered": true,
}

func isCloser(t string) bool {
	switch t {
	case "”", "’", "\"", "'", ")", "]", "}", "»", "›":
		return true
	}
	return false
}

func isQuoteCloser(t string) bool {
	switch t {
	case "”", "’", "\"", "'", "»", "›":
		return true
	}
	return false
}

func startsUpper(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r) || r == '“' || r == '"'
}

// isSentenceStarter reports whether a word after an abbreviation such as "U.S."
// most likely opens a new sentence: a capitalised function word, not a name.
func isSentenceStarter(t string) bool {
	return sentenceStarters[t]
}

var sentenceStarters = map[string]bool{
	"The": true, "A": true, "An": true, "In": true, "On": true, "At": true, "He": true,
	"She": true, "It": true, "They": true, "We": true, "I": true, "But": true, "And": true,
	"This": true, "That": true, "These": true, "Those": true, "There": true, "His": true,
	"Her": true, "Their": true, "Its": true, "If": true, "When": true, "While": true,
	"As": true, "After": true, "Before": true, "Since": true, "However": true, "Yet": true,
	"So": true, "Meanwhile": true, "Still": true, "Some": true, "Many": true, "Most": true,
	"What": true, "Why": true, "How": true, "Who": true, "Our": true, "My": true, "You": true,
	"“": true, "\"": true, "Officials": true, "Last": true, "Earlier": true, "Later": true,
}
