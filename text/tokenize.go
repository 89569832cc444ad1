package text

import (
	"unicode"
	"unicode/utf8"
)

// Tokenize splits text into tokens: words (with inner hyphens, apostrophes and
// periods of abbreviations kept), numbers (with separators and decimals kept), and
// punctuation marks, each its own token. White space separates tokens and is never
// part of one. Sentence indexes of the tokens are left zero; Analyze sets them.
func Tokenize(text string) []Token {
	toks := make([]Token, 0, len(text)/5+1)
	return appendTokens(toks, text, 0, len(text))
}

// appendTokens tokenises text[start:end] and appends the tokens.
func appendTokens(toks []Token, text string, start, end int) []Token {
	i := start
	for i < end {
		c := text[i]
		if c < utf8.RuneSelf {
			if asciiSpace[c] {
				i++
				continue
			}
		} else if r, size := utf8.DecodeRuneInString(text[i:end]); unicode.IsSpace(r) {
			i += size
			continue
		}
		j := chunkEnd(text, i, end)
		toks = splitChunk(toks, text, i, j)
		i = j
	}
	return toks
}

var asciiSpace = [utf8.RuneSelf]bool{' ': true, '\t': true, '\n': true, '\r': true, '\v': true, '\f': true}

// isSpaceByte reports whether c is ASCII white space.
func isSpaceByte(c byte) bool { return c < utf8.RuneSelf && asciiSpace[c] }

// chunkEnd returns the end of the white-space-free chunk starting at i.
func chunkEnd(text string, i, end int) int {
	for i < end {
		c := text[i]
		if c < utf8.RuneSelf {
			if asciiSpace[c] {
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:end])
		if unicode.IsSpace(r) {
			return i
		}
		i += size
	}
	return end
}

// splitChunk splits a white-space-free chunk into tokens: leading and trailing
// punctuation peel off one mark at a time; inside, dashes and ellipses split words.
func splitChunk(toks []Token, text string, start, end int) []Token {
	return peel(toks, text, start, end, true)
}

// peel strips leading and trailing punctuation off text[start:end] as tokens and
// appends the core; with inner set, the core is further split at dashes and
// ellipses, and each piece peeled once more (without inner splitting).
func peel(toks []Token, text string, start, end int, inner bool) []Token {
	// Leading punctuation.
	for start < end {
		r, size := utf8.DecodeRuneInString(text[start:end])
		if !isLeadingPunct(r) || start+size == end && !isPunct(r) {
			break
		}
		if r == '\'' || r == '’' {
			// 'tis, ’90s: an apostrophe starting a short word stays on it.
			if next, _ := utf8.DecodeRuneInString(text[start+size : end]); unicode.IsDigit(next) {
				break
			}
		}
		toks = append(toks, Token{Start: start, End: start + size, Text: text[start : start+size]})
		start += size
	}
	if start == end {
		return toks
	}
	// Trailing punctuation, collected right to left.
	var trail [16]Token
	nt := 0
	for end > start && nt < len(trail) {
		r, size := utf8.DecodeLastRuneInString(text[start:end])
		if !isTrailingPunct(r) {
			break
		}
		if r == '.' && keepsPeriod(text[start:end]) {
			break
		}
		if (r == '’' || r == '\'') && end-size > start {
			// Israelis’ (plural possessive) keeps its apostrophe unless a
			// quote was opened with a single mark: the quote pairer treats
			// such a mark as a close when it needs one, so split only
			// when the mark follows other punctuation.
			prev, _ := utf8.DecodeLastRuneInString(text[start : end-size])
			if unicode.IsLetter(prev) || unicode.IsDigit(prev) {
				if !singleQuoteCloses(text, end-size) {
					break
				}
			}
		}
		trail[nt] = Token{Start: end - size, End: end, Text: text[end-size : end]}
		nt++
		end -= size
	}
	if end > start {
		if inner {
			toks = splitInner(toks, text, start, end)
		} else {
			toks = append(toks, Token{Start: start, End: end, Text: text[start:end]})
		}
	}
	for k := nt - 1; k >= 0; k-- {
		toks = append(toks, trail[k])
	}
	return toks
}

// singleQuoteCloses reports whether a single mark at text[markAt] after a word is
// more likely a closing quote than a plural possessive: it is, when a single
// opening mark (‘ or ') starts a word earlier in the same paragraph and no closing
// mark followed it yet. The look-back is bounded to the paragraph.
func singleQuoteCloses(text string, markAt int) bool {
	depth := 0
	for i := markAt - 1; i >= 0 && i >= markAt-2000; i-- {
		c := text[i]
		if c == '\n' && i > 0 && text[i-1] == '\n' {
			break
		}
		switch {
		case c == 0x98 && i >= 2 && text[i-2] == 0xE2 && text[i-1] == 0x80: // ‘
			if depth == 0 {
				return true
			}
			depth--
		case c == '\'' && (i == 0 || isSpaceByte(text[i-1])):
			if depth == 0 {
				return true
			}
			depth--
		case c == 0x99 && i >= 2 && text[i-2] == 0xE2 && text[i-1] == 0x80: // ’
			if i+1 < len(text) && (isSpaceByte(text[i+1]) || text[i+1] == ',' || text[i+1] == '.') {
				depth++
			}
		}
	}
	return false
}

// splitInner splits a chunk with no leading or trailing punctuation at dashes,
// ellipses and slashes between words.
func splitInner(toks []Token, text string, start, end int) []Token {
	wordStart := start
	for i := start; i < end; {
		r, size := utf8.DecodeRuneInString(text[i:end])
		split := false
		switch r {
		case '—', '–', '…', '―':
			split = true
		case '-':
			// "--" as a dash.
			split = i+1 < end && text[i+1] == '-'
			if split {
				size = 2
			}
		case '.':
			split = i+2 < end && text[i+1] == '.' && text[i+2] == '.'
			if split {
				size = 3
			}
		}
		if !split {
			i += size
			continue
		}
		if i > wordStart {
			toks = peel(toks, text, wordStart, i, false)
		}
		toks = append(toks, Token{Start: i, End: i + size, Text: text[i : i+size]})
		i += size
		wordStart = i
	}
	if wordStart == start {
		return append(toks, Token{Start: start, End: end, Text: text[start:end]})
	}
	if wordStart < end {
		// A piece after an inner split may start or end with punctuation
		// ("calm…[and]").
		toks = peel(toks, text, wordStart, end, false)
	}
	return toks
}

func isPunct(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) }

func isLeadingPunct(r rune) bool {
	switch r {
	case '"', '\'', '“', '”', '‘', '«', '‹', '(', '[', '{', '—', '–', '…', '¿', '¡', '*', '•', '„', '‚':
		return true
	}
	return false
}

func isTrailingPunct(r rune) bool {
	switch r {
	case '.', ',', ';', ':', '!', '?', '"', '\'', '”', '“', '’', '»', '›', ')', ']', '}', '…', '—', '–', '*':
		return true
	}
	return false
}
