// Package norm splits text into the normalized words that the dictionaries and the
// matcher compare. The same rules apply to dictionary phrases and to article tokens,
// so that a phrase matches however the tokenizer cut the text:
//
//   - letters are upper-cased and Latin diacritics folded ("Jüri" → JURI);
//   - periods inside or at the end of a word are dropped ("U.N." → UN);
//   - a hyphen is a word of its own ("Ki-moon" → KI - MOON);
//   - a final "'s" / "’s" is a word of its own ("Israel’s" → ISRAEL 'S), a final
//     apostrophe too, and curly apostrophes become "'";
//   - every other punctuation mark is a word of its own.
package norm

import (
	"unicode"
	"unicode/utf8"
)

// Flags describe the written form of a word in the original text.
type Flags uint8

const (
	// Upper: the first letter is upper case ("Israel", "UN").
	Upper Flags = 1 << iota
	// AllUpper: every letter is upper case and there is at least one ("UN", "U.N.").
	AllUpper
	// Punct: the word is a punctuation mark, not letters or digits.
	Punct
	// Digit: the word starts with a digit.
	Digit
)

// Word is one normalized word.
type Word struct {
	// Start and End are byte offsets of the word in the split string.
	Start, End int
	// Key is the normalized form; it is only valid until the next call of Next.
	Key []byte
	// Flags describe the original casing.
	Flags Flags
	// Letters is the number of letters in the word (capped at 255).
	Letters uint8
}

// Splitter splits strings into words. Its zero value is ready to use; reuse one
// Splitter to avoid allocations. A Splitter is not safe for concurrent use.
type Splitter struct {
	buf []byte
}

// Buf returns a scratch buffer of at least 64 bytes that callers may use between
// calls of Next.
func (sp *Splitter) Buf() []byte {
	if cap(sp.buf) < 64 {
		sp.buf = make([]byte, 0, 64)
	}
	return sp.buf[:0]
}

// Next returns the word of s that starts at or after byte i, and the position to
// continue from. ok is false when no word is left.
func (sp *Splitter) Next(s string, i int) (w Word, next int, ok bool) {
	// Skip white space.
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || c == '_' {
				i++
				continue
			}
			break
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) || r == 0xFEFF || r == 0x200B {
			i += size
			continue
		}
		break
	}
	if i >= len(s) {
		return Word{}, i, false
	}
	buf := sp.buf[:0]
	start := i
	first := true
	allUpper := true
	var flags Flags
	letters := 0
	for i < len(s) {
		c := s[i]
		var r rune
		size := 1
		if c < utf8.RuneSelf {
			r = rune(c)
		} else {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case c >= 'a' && c <= 'z':
			if first {
				first = false
			}
			allUpper = false
			buf = append(buf, c-'a'+'A')
			letters++
			i++
			continue
		case c >= 'A' && c <= 'Z':
			if first {
				flags |= Upper
				first = false
			}
			buf = append(buf, c)
			letters++
			i++
			continue
		case c >= '0' && c <= '9':
			if len(buf) == 0 {
				flags |= Digit
			}
			first = false
			buf = append(buf, c)
			i++
			continue
		case c == '.':
			if len(buf) > 0 {
				i++ // dropped: "U.N." → UN, "Moscow." → MOSCOW
				continue
			}
		case isApostrophe(r):
			if len(buf) > 0 {
				j := i + size
				if j < len(s) && (s[j] == 's' || s[j] == 'S') && (j+1 == len(s) || !isWordRune(s, j+1)) {
					// "'s" ends the word and becomes a word of its own.
					goto done
				}
				if j < len(s) && isWordRune(s, j) {
					buf = append(buf, '\'') // O'Neill
					i = j
					continue
				}
				goto done
			}
			// A leading apostrophe: "'s" or a lone quote mark.
			j := i + size
			if j < len(s) && (s[j] == 's' || s[j] == 'S') && (j+1 == len(s) || !isWordRune(s, j+1)) {
				sp.buf = append(buf, '\'', 'S')
				return Word{Start: start, End: j + 1, Key: sp.buf, Flags: Punct}, j + 1, true
			}
			sp.buf = append(buf, '\'')
			return Word{Start: start, End: j, Key: sp.buf, Flags: Punct}, j, true
		case c >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsMark(r)):
			if unicode.IsMark(r) {
				i += size // combining diacritic: dropped
				continue
			}
			if first {
				if unicode.IsUpper(r) || unicode.IsTitle(r) {
					flags |= Upper
				}
				first = false
			}
			if unicode.IsLower(r) {
				allUpper = false
			}
			buf = appendFolded(buf, r)
			letters++
			i += size
			continue
		case c >= utf8.RuneSelf && unicode.IsDigit(r):
			if len(buf) == 0 {
				flags |= Digit
			}
			first = false
			buf = utf8.AppendRune(buf, r)
			i += size
			continue
		}
		// Anything else ends the word; alone it is a punctuation word.
		if len(buf) > 0 {
			break
		}
		if c < utf8.RuneSelf && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '_') {
			break
		}
		if c >= utf8.RuneSelf && unicode.IsSpace(r) {
			break
		}
		buf = appendPunct(buf, r)
		sp.buf = buf
		return Word{Start: start, End: i + size, Key: sp.buf, Flags: Punct}, i + size, true
	}
done:
	sp.buf = buf
	if letters > 0 && allUpper {
		flags |= AllUpper
	}
	if letters > 255 {
		letters = 255
	}
	if len(buf) == 0 {
		// Only periods: a punctuation word.
		sp.buf = append(buf, '.')
		return Word{Start: start, End: i, Key: sp.buf, Flags: Punct}, i, true
	}
	return Word{Start: start, End: i, Key: sp.buf, Flags: flags, Letters: uint8(letters)}, i, true
}

// Split returns the keys of all words of s (for building dictionaries). The keys
// share one allocation.
func Split(s string) []string {
	var sp Splitter
	var all []byte
	var ends []int
	for i := 0; ; {
		w, next, ok := sp.Next(s, i)
		if !ok {
			break
		}
		all = append(all, w.Key...)
		ends = append(ends, len(all))
		i = next
	}
	if len(ends) == 0 {
		return nil
	}
	joined := string(all)
	out := make([]string, len(ends))
	start := 0
	for k, e := range ends {
		out[k] = joined[start:e]
		start = e
	}
	return out
}

func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', '‘', 'ʼ', '′', '`':
		return true
	}
	return false
}

// isWordRune reports whether the rune at s[i] is a letter or digit.
func isWordRune(s string, i int) bool {
	c := s[i]
	if c < utf8.RuneSelf {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// appendPunct appends the key of a punctuation rune: hyphens become "-", curly
// double quotes become '"'.
func appendPunct(buf []byte, r rune) []byte {
	switch r {
	case '-', '\u2010', '\u2011', '\u2212':
		return append(buf, '-')
	case '“', '”', '„', '«', '»':
		return append(buf, '"')
	}
	return utf8.AppendRune(buf, r)
}
