package evaluate

import (
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// words normalises a quote for matching per EVALUATION.md: quote marks and other
// punctuation dropped, case folded, white space collapsed; the words left.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// dice returns the token Dice coefficient of two word lists (multiset overlap).
func dice(a, b []string) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 1
	}
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	counts := make(map[string]int, len(a))
	for _, w := range a {
		counts[w]++
	}
	common := 0
	for _, w := range b {
		if counts[w] > 0 {
			counts[w]--
			common++
		}
	}
	return 2 * float64(common) / float64(len(a)+len(b))
}

// foldName folds case and accents and collapses white space: "Müller  Wang" →
// "muller wang".
func foldName(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		out = s
	}
	return strings.Join(strings.Fields(strings.ToLower(out)), " ")
}

// Dice returns the token Dice coefficient of two texts after the normalisation
// of EVALUATION.md.
func Dice(a, b string) float64 { return dice(words(a), words(b)) }
