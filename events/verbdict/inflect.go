package verbdict

import "strings"

// RegularForms returns the regular inflections of an English verb (lower
// case in, lower case out): third person singular, past (= past participle)
// and present participle, with the usual spelling rules:
//
//	-s:   watch → watches, carry → carries, veto → vetoes, say → says
//	-ed:  agree → agreed, carry → carried, stop → stopped, panic → panicked
//	-ing: make → making, die → dying, agree → agreeing, stop → stopping
//
// A final consonant is doubled after a single stressed vowel: always in
// one-syllable verbs (stop, plan, ban; not w, x or y), and in longer verbs
// that end in a stressed syllable from a fixed list (admit, occur, prefer,
// control, ...). Longer verbs ending in a vowel + l get both spellings
// (cancelled and canceled). Hyphenated verbs inflect their last part.
// Forms equal to the base are not repeated; the result has no duplicates.
func RegularForms(verb string) []string {
	v := strings.ToLower(strings.TrimSpace(verb))
	if v == "" {
		return nil
	}
	var out []string
	add := func(s string) {
		if s == v {
			return
		}
		for _, o := range out {
			if o == s {
				return
			}
		}
		out = append(out, s)
	}
	add(thirdPerson(v))
	for _, stem := range doubledStems(v) {
		if stem != v { // doubled consonant
			add(stem + "ed")
			add(stem + "ing")
			continue
		}
		add(pastForm(v))
		add(ingForm(v))
	}
	return out
}

func isVowel(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }

func thirdPerson(v string) string {
	n := len(v)
	switch {
	case strings.HasSuffix(v, "s"), strings.HasSuffix(v, "x"), strings.HasSuffix(v, "z"),
		strings.HasSuffix(v, "ch"), strings.HasSuffix(v, "sh"):
		return v + "es"
	case n >= 2 && v[n-1] == 'y' && !isVowel(v[n-2]):
		return v[:n-1] + "ies"
	case n >= 2 && v[n-1] == 'o' && !isVowel(v[n-2]):
		return v + "es"
	}
	return v + "s"
}

func pastForm(v string) string {
	n := len(v)
	switch {
	case v[n-1] == 'e':
		return v + "d"
	case n >= 2 && v[n-1] == 'y' && !isVowel(v[n-2]):
		return v[:n-1] + "ied"
	case needsK(v):
		return v + "ked"
	}
	return v + "ed"
}

func ingForm(v string) string {
	n := len(v)
	switch {
	case strings.HasSuffix(v, "ie"):
		return v[:n-2] + "ying"
	case strings.HasSuffix(v, "ee"), strings.HasSuffix(v, "ye"), strings.HasSuffix(v, "oe"):
		return v + "ing"
	case n >= 3 && v[n-1] == 'e':
		return v[:n-1] + "ing"
	case needsK(v):
		return v + "king"
	}
	return v + "ing"
}

// needsK: panic → panicked, mimic → mimicking (a final -ic after a
// consonant, in words of more than one syllable).
func needsK(v string) bool {
	n := len(v)
	return n >= 4 && strings.HasSuffix(v, "ic") && syllables(v) > 1
}

// finalStress lists longer verbs (and suffixes of compounds such as
// "recommit") that double their final consonant. Read-only.
var finalStress = []string{
	"admit", "commit", "permit", "submit", "transmit", "omit", "emit", "remit", "acquit",
	"regret", "abet", "allot", "begin", "forget", "beget", "occur", "recur", "incur",
	"concur", "deter", "prefer", "refer", "confer", "defer", "infer", "transfer",
	"compel", "expel", "propel", "repel", "dispel", "rebel", "excel", "impel", "control",
	"patrol", "equip", "embed", "outwit", "kidnap", "worship", "handicap",
	"unpin", "unzip", "overrun", "outrun", "forbid", "debar", "abhor",
}

// doubledStems returns the stems to which -ed/-ing are added: the verb
// itself, a stem with the final consonant doubled, or both (British and
// American spellings of final -l).
func doubledStems(v string) []string {
	n := len(v)
	if n < 3 {
		return []string{v}
	}
	last, prev, prev2 := v[n-1], v[n-2], v[n-3]
	cvc := !isVowel(last) && last != 'w' && last != 'x' && last != 'y' &&
		isVowel(prev) && (!isVowel(prev2) || (prev2 == 'u' && n >= 4 && v[n-4] == 'q'))
	if !cvc {
		return []string{v}
	}
	doubled := v + v[n-1:]
	if syllables(v) == 1 {
		return []string{doubled}
	}
	for _, w := range finalStress {
		if strings.HasSuffix(v, w) {
			return []string{doubled}
		}
	}
	if last == 'l' {
		return []string{v, doubled}
	}
	return []string{v}
}

// syllables counts vowel groups (y counts after a consonant), with "qu"
// counted as a consonant; a good enough estimate for the doubling rule.
func syllables(v string) int {
	if i := strings.LastIndexByte(v, '-'); i >= 0 {
		v = v[i+1:]
	}
	n, inVowel := 0, false
	for i := 0; i < len(v); i++ {
		c := v[i]
		vowel := isVowel(c) || (c == 'y' && i > 0 && !isVowel(v[i-1]))
		if c == 'u' && i > 0 && v[i-1] == 'q' {
			vowel = false
		}
		if vowel && !inVowel {
			n++
		}
		inVowel = vowel
	}
	if n == 0 {
		n = 1
	}
	return n
}

// Plural returns the regular plural of a noun, lower case, as PETRARCH's
// synset rules intend: city → cities, crash → crashes, tax → taxes,
// treaty → treaties, day → days, ship → ships. Words already ending in a
// single s (troops, news, arms) are left as they are. In a phrase only the
// last word changes.
func Plural(noun string) string {
	n := strings.ToLower(strings.TrimSpace(noun))
	if n == "" {
		return n
	}
	l := len(n)
	switch {
	case strings.HasSuffix(n, "ss"), strings.HasSuffix(n, "sh"), strings.HasSuffix(n, "ch"),
		strings.HasSuffix(n, "x"), strings.HasSuffix(n, "z"):
		return n + "es"
	case strings.HasSuffix(n, "s"):
		return n
	case l >= 2 && n[l-1] == 'y' && !isVowel(n[l-2]):
		return n[:l-1] + "ies"
	}
	return n + "s"
}
