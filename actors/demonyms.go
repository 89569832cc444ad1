package actors

import (
	"strings"

	"entente/actors/dict"
)

// Plural nationality nouns. CountryInfo writes every nationality form with a
// final "_" (no generated plural), so "Albanian" matched and "Albanians",
// "Nigerians", "Turks" or "South Africans" did not. A nationality form that
// is a demonym takes its regular plural as the people of the country
// ("ethnic Albanians" → ALB), coded like the country, as the Phoenix entries
// that list their plurals do ("Israelis", "Palestinians"). Forms that do not
// pluralise by adding -s are left alone: -s, -x, -z, -ch, -sh (Swiss, British,
// French), -ese (Chinese), -y (Malagasy); so are the country's own names,
// which the nationality lists repeat in other languages.

// demonymPlurals returns the plural forms of c's nationality phrases; names
// holds every country name (words joined by blanks), which never pluralise.
func demonymPlurals(c *dict.Country, names map[string]bool) []dict.Phrase {
	var out []dict.Phrase
	for _, p := range c.Nationality {
		if len(p.Words) == 0 || names[strings.Join(p.Words, " ")] {
			continue
		}
		last := p.Words[len(p.Words)-1]
		if !pluralizes(last) {
			continue
		}
		q := p
		q.Words = append(append([]string(nil), p.Words[:len(p.Words)-1]...), last+"S")
		q.NoPlural = true
		out = append(out, q)
	}
	return out
}

// pluralizes reports whether a normalized nationality word takes -s: at least
// three letters A–Z and none of the endings that do not.
func pluralizes(w string) bool {
	if len(w) < 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	for _, suf := range []string{"S", "X", "Z", "CH", "SH", "ESE", "Y"} {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	return true
}

// countryNameWords returns the country names of countries (words joined by
// blanks) and the last words of those names (REPUBLIC, ISLANDS, KOREA), which
// are no nationality adjectives.
func countryNameWords(countries []dict.Country) (names, lastWords map[string]bool) {
	names, lastWords = map[string]bool{}, map[string]bool{}
	for _, c := range countries {
		names[strings.Join(c.Name.Words, " ")] = true
		if n := len(c.Name.Words); n > 0 {
			lastWords[c.Name.Words[n-1]] = true
		}
	}
	return names, lastWords
}

// adjectivalEndings are the endings of English nationality adjectives:
// Albanian, Iraqi, Chinese, Irish, French, Swiss, Greek, Cypriot, Kosovar,
// Slovene.
var adjectivalEndings = []string{"AN", "I", "ESE", "ISH", "CH", "SS", "K", "OT", "AR", "ENE"}

// adjectival reports whether a nationality form's last word looks like an
// adjective. The nationality lists also hold other names of the country
// ("BRITAIN", "US", "HOLLAND"), which are no adjectives: "Did Britain expel
// diplomats?" is no composition.
func adjectival(w string) bool {
	for _, e := range adjectivalEndings {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}
