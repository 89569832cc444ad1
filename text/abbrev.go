package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations keep their final period as part of the token. Titles and months
// never end a sentence by themselves ("Mr. Putin", "Nov. 1"); the others may.
var abbreviations = map[string]abbrevKind{
	"mr": title, "mrs": title, "ms": title, "dr": title, "prof": title, "gen": title,
	"sen": title, "rep": title, "gov": title, "lt": title, "col": title, "capt": title,
	"sgt": title, "adm": title, "cmdr": title, "maj": title, "pres": title, "rev": title,
	"hon": title, "amb": title, "st": title, "mt": title, "ft": title, "no": title, "nos": title,
	"messrs": title, "gens": title, "sens": title, "reps": title, "cpl": title, "pvt": title,
	"jan": month, "feb": month, "mar": month, "apr": month, "jun": month, "jul": month,
	"aug": month, "sep": month, "sept": month, "oct": month, "nov": month, "dec": month,
	"jr": other, "sr": other, "inc": other, "corp": other, "ltd": other, "co": other,
	"vs": other, "etc": other, "dept": other, "univ": other, "approx": other, "est": other,
	"fig": other, "al": other, "assn": other, "bros": other, "govt": other, "intl": other,
}

type abbrevKind uint8

const (
	notAbbrev abbrevKind = iota
	title                // precedes a name or number: never ends a sentence
	month                // precedes a day: never ends a sentence
	other                // may end a sentence
	initials             // U.S., D.C., e.g.: may end a sentence
)

// abbrevOf classifies a word that ends in a period.
func abbrevOf(word string) abbrevKind {
	if !strings.HasSuffix(word, ".") || len(word) < 2 {
		return notAbbrev
	}
	stem := word[:len(word)-1]
	if isInitials(stem) {
		return initials
	}
	if len(stem) > 7 {
		return notAbbrev
	}
	var buf [8]byte
	n := 0
	for i := 0; i < len(stem); i++ {
		c := stem[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c < 'a' || c > 'z' {
			return notAbbrev
		}
		buf[n] = c
		n++
	}
	return abbreviations[string(buf[:n])]
}

// isInitials reports whether s is letters separated by periods, with at least one
// period: "U.S", "D.C", "e.g", "U.N".
func isInitials(s string) bool {
	if !strings.Contains(s, ".") {
		return false
	}
	prevLetter := false
	for _, r := range s {
		switch {
		case r == '.':
			if !prevLetter {
				return false
			}
			prevLetter = false
		case unicode.IsLetter(r) && !prevLetter:
			prevLetter = true
		default:
			return false
		}
	}
	return prevLetter
}

// keepsPeriod reports whether the final period of a chunk belongs to the word:
// abbreviations ("U.S.", "Mr.", "Nov.") and single initials ("J.").
func keepsPeriod(chunk string) bool {
	if abbrevOf(chunk) != notAbbrev {
		return true
	}
	// A single capital initial: "George W. Bush".
	r, size := utf8.DecodeRuneInString(chunk)
	return size+1 == len(chunk) && unicode.IsUpper(r)
}
