package norm

import (
	"unicode"
	"unicode/utf8"
)

// latin1 maps U+00C0..U+00FF to an upper-case ASCII base letter; '?' marks the
// letters that fold to two letters and '*' the two symbols (× and ÷).
const latin1 = "AAAAAA?CEEEEIIIIDNOOOOO*OUUUUY??" + "AAAAAA?CEEEEIIIIDNOOOOO*OUUUUY?Y"

// latinExtA maps U+0100..U+017F the same way ('?' for Ĳ ĳ Œ œ).
const latinExtA = "AAAAAACCCCCCCCDDDDEEEEEEEEEEGGGGGGGGHHHHIIIIIIIIII??JJKKKLLLLLLLLLLNNNNNNNNNOOOOOO??RRRRRRSSSSSSSSTTTTTTUUUUUUUUUUUUWWYYYZZZZZZS"

// appendFolded appends the upper-case, diacritic-free form of the letter r.
func appendFolded(buf []byte, r rune) []byte {
	switch {
	case r >= 0xC0 && r <= 0xFF:
		c := latin1[r-0xC0]
		switch c {
		case '?':
			switch r {
			case 'Æ', 'æ':
				return append(buf, 'A', 'E')
			case 'Þ', 'þ':
				return append(buf, 'T', 'H')
			case 'ß':
				return append(buf, 'S', 'S')
			}
		case '*':
			return utf8.AppendRune(buf, r)
		default:
			return append(buf, c)
		}
	case r >= 0x100 && r <= 0x17F:
		c := latinExtA[r-0x100]
		if c != '?' {
			return append(buf, c)
		}
		switch r {
		case 'Ĳ', 'ĳ':
			return append(buf, 'I', 'J')
		case 'Œ', 'œ':
			return append(buf, 'O', 'E')
		}
	}
	return utf8.AppendRune(buf, unicode.ToUpper(r))
}
