package actors

import (
	"strings"

	"entente/actors/dict"
)

// Names written with their acronym. The Phoenix files write many groups as
// "IRISH_REPUBLICAN_ARMY_(IRA)_", "LIBERATION_TIGERS_OF_TAMIL_EELAM_(LTTE)_":
// matched as written, the name needs its acronym in parentheses after it, and
// "the Irish Republican Army said" was Ireland plus an army. A phrase ending in
// a parenthesised acronym of its own words also matches without it. The
// parenthesis must be an acronym — its letters the initials of the words before
// it, in order, some words skipped ("of", "the") — so that qualifiers stay:
// "GEORGIA_(COUNTRY)_", "DIRECT_ACTION_(GREECE)_", "CONGO_(KINSHASA)_".

// withoutAcronyms returns the phrases of ps that end in their acronym, without
// it. They rank after every phrase as written, so that an entry that lists the
// short name itself keeps it.
func withoutAcronyms(ps []dict.Phrase) []dict.Phrase {
	var out []dict.Phrase
	for _, p := range ps {
		n := len(p.Words)
		if n < 5 || p.Words[n-1] != ")" || p.Words[n-3] != "(" || !acronymOf(p.Words[n-2], p.Words[:n-3]) {
			continue
		}
		q := p
		q.Words = p.Words[:n-3]
		q.Text, q.Gaps, q.NoPlural = "", nil, true
		out = append(out, q)
	}
	return out
}

// acronymOf reports whether abbr (two letters or more) is made of the initials
// of words, in order, each initial used at most once, the first word's first.
func acronymOf(abbr string, words []string) bool {
	if len(abbr) < 2 || !letters(abbr) || len(words) < len(abbr) || words[0] == "" || words[0][0] != abbr[0] {
		return false
	}
	k := 0
	for _, w := range words {
		if k < len(abbr) && w != "" && w[0] == abbr[k] {
			k++
		}
	}
	return k == len(abbr)
}

// initials returns the initials of a name whose words are capitalised,
// function words ("of", "the", "and", "for", in any case: a mention may
// open a sentence, "The European Union") left out: "Rapid Support Forces"
// → "RSF"; "" when a word is neither. Resolver.learnAcronyms reads
// acronyms this way from names, as acronymOf checks one against its name.
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		switch strings.ToLower(w) {
		case "of", "the", "and", "for":
			continue
		}
		if w[0] < 'A' || w[0] > 'Z' {
			return ""
		}
		b.WriteByte(w[0])
	}
	return b.String()
}
