package dict

import (
	"strings"

	"entente/actors/internal/norm"
)

// Phrase is one dictionary phrase.
type Phrase struct {
	// Text is the phrase as written, e.g. "VLADIMIR_PUTIN_".
	Text string
	// Words are the normalized words ("U.N._SECURITY_COUNCIL" → UN SECURITY COUNCIL).
	Words []string
	// Gaps[i] is true when other words may stand between Words[i-1] and Words[i]
	// (a blank, not an underscore, in an actor or agent phrase). Nil when there are none.
	Gaps []bool
	// NoPlural is true when no plural is generated: the phrase ended with "_", or an
	// agent's plural was given as "{}".
	NoPlural bool
}

// newPhrase reads a phrase as written. With gaps, blanks between words allow other
// words there (actors, agents); otherwise blanks and underscores are the same
// (CountryInfo, discards, issues).
func newPhrase(raw string, gaps bool) Phrase {
	raw = strings.TrimSpace(raw)
	p := Phrase{Text: raw, NoPlural: strings.HasSuffix(raw, "_")}
	if !gaps || !strings.ContainsAny(raw, " \t") {
		p.Words = norm.Split(raw)
		return p
	}
	hasGap := false
	var gapList []bool
	for i, chunk := range strings.Fields(raw) {
		for j, w := range norm.Split(chunk) {
			p.Words = append(p.Words, w)
			g := i > 0 && j == 0 && len(p.Words) > 1
			hasGap = hasGap || g
			gapList = append(gapList, g)
		}
	}
	if hasGap {
		p.Gaps = gapList
	}
	return p
}

// Forms returns the phrases that match p: p itself and, unless NoPlural, its
// regular plural (the last word pluralised).
func (p Phrase) Forms() []Phrase {
	if len(p.Words) == 0 {
		return nil
	}
	out := []Phrase{p}
	if p.NoPlural {
		return out
	}
	last := p.Words[len(p.Words)-1]
	for _, pl := range RegularPlurals(last) {
		q := p
		q.Words = append(append([]string(nil), p.Words[:len(p.Words)-1]...), pl)
		q.NoPlural = true
		out = append(out, q)
	}
	return out
}

// RegularPlurals returns the regular plural of an upper-case word, following the
// PETRARCH rules (add S; Y → IES; SS → SSES) extended to English: Y after a vowel
// takes S, and words ending in S, X, Z, CH or SH take ES. Words that are not
// letters (numbers, punctuation) or shorter than two letters have none.
func RegularPlurals(w string) []string {
	if len(w) < 2 {
		return nil
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if !(c >= 'A' && c <= 'Z' || c == '\'' || c >= 0x80) {
			return nil
		}
	}
	n := len(w)
	switch {
	case w[n-1] == 'Y' && !strings.ContainsRune("AEIOU", rune(w[n-2])):
		return []string{w[:n-1] + "IES"}
	case w[n-1] == 'S' || w[n-1] == 'X' || w[n-1] == 'Z' || strings.HasSuffix(w, "CH") || strings.HasSuffix(w, "SH"):
		return []string{w + "ES"}
	}
	return []string{w + "S"}
}
