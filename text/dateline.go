package text

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// Wire copy opens a story with a dateline, the place it was filed from in
// capitals, the agency in brackets and a dash: "WASHINGTON (AP) — The
// more Democrats learn …", "BEDFORD, N.H. (AP) —", "SAN JUAN, Puerto Rico
// (Reuters) -", "BRUSSELS - European leaders gathered …". It is no part of
// the first sentence: read with it, "WASHINGTON — Russia criticized
// Israel" had two subjects and Washington criticizing Israel. The
// dateline becomes a sentence of its own, marked Dateline, that later
// stages read as no text of the story.

// datelineMaxTokens bounds the tokens before a dateline's dash.
const datelineMaxTokens = 12

// datelineEnd returns the index of the token after the dash of a dateline
// opening the paragraph toks[first:end], or first when there is none: one
// or more words in capitals, optionally a comma and up to three capitalised
// words (a state or country), optionally an agency in brackets (which may
// open the dateline alone: "(Reuters) --"), then a dash
// ("—", "–", "-", "--") and a word that opens a sentence, not a headline
// in capitals. The capitals hold three letters at least ("US - China
// talks" is no dateline).
func datelineEnd(toks []Token, first, end int) int {
	k := first
	letters := 0
	for k < end && allCaps(toks[k].Text) {
		letters += utf8.RuneCountInString(toks[k].Text)
		k++
	}
	if letters < 3 && (k > first || k >= end || toks[k].Text != "(") {
		return first // "US - China talks"; an agency alone opens one: "(Reuters) --"
	}
	if k < end && toks[k].Text == "," {
		k++
		n := 0
		for k < end && n < 3 && startsUpper(toks[k].Text) {
			k++
			n++
		}
		if n == 0 {
			return first
		}
	}
	if k < end && toks[k].Text == "(" {
		k++
		n := 0
		for k < end && n < 4 && toks[k].Text != ")" {
			k++
			n++
		}
		if k >= end || n == 0 {
			return first
		}
		k++ // ")"
	}
	if k >= end || k-first > datelineMaxTokens || !isDash(toks[k].Text) {
		return first
	}
	k++
	if k >= end || !opensSentence(toks[k].Text) || k+1 < end && allCaps(toks[k].Text) && allCaps(toks[k+1].Text) {
		return first // a headline in capitals: "RUSSIA - UKRAINE TALKS COLLAPSE"
	}
	return k
}

// allCaps reports whether a word token is written in capitals (two letters
// or more, dots, apostrophes and hyphens allowed: "WASHINGTON", "ST.",
// "N.Y.", "O'HARE").
func allCaps(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == '.' || r == '\'' || r == '’' || r == '-':
		default:
			return false
		}
	}
	return letters >= 2
}

// isDash reports whether t is a dash token of a dateline.
func isDash(t string) bool {
	switch t {
	case "—", "–", "-", "--":
		return true
	}
	return false
}

// opensSentence reports whether t may open the dateline's sentence: a
// capital, a digit or a quotation mark.
func opensSentence(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '“' || r == '\'' || r == '‘'
}

// StoryTokens returns the tokens of d outside its datelines: d.Tokens
// itself when it has none, else a copy without them (offsets unchanged).
// The actor stage reads these: a dateline's place files the story and
// acts in none of its events.
func (d *Doc) StoryTokens() []Token {
	if !slices.ContainsFunc(d.Sentences, func(s Sentence) bool { return s.Dateline }) {
		return d.Tokens
	}
	out := make([]Token, 0, len(d.Tokens))
	for _, s := range d.Sentences {
		if !s.Dateline {
			out = append(out, d.Tokens[s.FirstToken:s.EndToken]...)
		}
	}
	return out
}
