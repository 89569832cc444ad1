package actors

import "entente/actors/internal/norm"

// One-word dictionary actors inside other names. TABARI-era files list some
// people by one name ("HASSAN" → JORELI, "ABDULLAH" → SAUGOV), which then
// matched inside the names of others: "Omar Hassan al-Bashir", "Abdullah
// Ocalan". A one-word person match that runs on into another capitalised word
// of a name — after it, or before it when that word does not open the
// sentence — is no mention of that person ("Michelle Obama" is not Barack,
// USAGOV). Titles, honorifics and abbreviations ("Mr. Putin"), months and
// days ("Mubarak Tuesday"), words of other dictionary matches ("Putin
// Administration"), initials ("Viktor F. Yanukovych"), nationalities and
// sentence openers ("Then Putin said") are not name words, and a headline in
// title case ("Putin Says Russia Will …") is left alone. One-word groups are
// read the same way, but only a name word before them counts: "TIGERS"
// (SWZREB) and "ORGANIZATION" (a translation of TANZIM, MEAREB) are not the
// last words of "the Liberation Tigers" or "the Palestinian Liberation
// Organization", while "Hamas Political Bureau" is still Hamas.

// inLongerName reports whether atom k, a one-word actor, is part of a longer
// name (see above); after tells whether a name word after it counts.
func (c *composer) inLongerName(k int, after bool) bool {
	ws := c.ws
	a := c.atoms[k]
	i, j := int(a.i), int(a.j)
	if j-i != 1 {
		return false
	}
	next := after && j < len(ws) && ws[j].sent == ws[i].sent && c.blankBetween(j) &&
		(k+1 >= len(c.atoms) || int(c.atoms[k+1].i) != j)
	if next && !c.nameWord(j, false) {
		// "al-Bashir", "bin Laden": a particle before a name word
		next = c.d.special.particles[ws[j].id] && j+1 < len(ws) && ws[j+1].sent == ws[i].sent &&
			(c.nameWord(j+1, false) || ws[j+1].id == c.d.special.hyphen && j+2 < len(ws) && c.nameWord(j+2, false))
	}
	// before it: not the sentence's first word, no nationality ("pro-Iranian
	// Hizbollah": the negated "Iranian" is no atom) nor a hyphenated word
	prev := i > 1 && ws[i-1].sent == ws[i].sent && ws[i-2].sent == ws[i].sent && c.blankBetween(i) &&
		(k == 0 || int(c.atoms[k-1].j) != i) && c.nameWord(i-1, true) && !c.isDemonym(ws[i-1].id) &&
		ws[i-2].id != c.d.special.hyphen
	return (next || prev) && !c.titleCased(ws[i].sent, i)
}

// nameWord reports whether word e may be part of a person's name: a
// capitalised word of letters that is no title, honorific ("Mr. Putin",
// "Sheikh Hasina"), month or day; before a name (before), no abbreviation
// either ("Pres. Obama"). An initial is none: it stands before surnames
// ("Viktor F. Yanukovych").
func (c *composer) nameWord(e int, before bool) bool {
	w := c.ws[e]
	end := int(w.end)
	// the period may be in the token ("Mr.") or after it
	dot := end <= len(c.doc) && (end < len(c.doc) && c.doc[end] == '.' || end > 0 && c.doc[end-1] == '.')
	if w.flags&norm.Upper == 0 || w.flags&(norm.Punct|norm.Digit) != 0 || c.d.special.notName[w.id] || c.d.special.honorifics[w.id] {
		return false
	}
	if w.letters < 2 {
		return false // an initial stands before surnames: "Viktor F. Yanukovych"
	}
	return !before || !dot // "Mr.", "Gen.", "Pres."
}

// titleCased reports whether the sentence of word i is written in title case
// (a headline): of its words of four letters or more, at most one in five is
// lower case.
func (c *composer) titleCased(sent int32, i int) bool {
	wc := c.wordCase(sent, i)
	return wc.long >= 3 && wc.longLower*5 <= wc.long
}

// headline reports whether the sentence of word i is a headline with every
// word of four letters or more capitalised ("Website Shows Bias When …",
// "CONGRESS HAS INVESTIGATED HIM"): stricter than titleCased, since a short
// sentence of names and titles ("Chinese Foreign Minister Wang Yi said")
// has few lower-case words. A short lower-case word that is no function
// word is a verb or noun a headline would capitalise: "Ukrainian President
// Volodymyr Zelensky met French President Emmanuel Macron in Paris" is a
// sentence of names.
func (c *composer) headline(sent int32, i int) bool {
	wc := c.wordCase(sent, i)
	return wc.long >= 4 && wc.longLower == 0 && !wc.shortLowerContent
}

// caseCounts describes the capitals of a sentence's words (no punctuation or
// digits): how many have four letters or more and how many of those are
// lower case, and whether a shorter word that is no function word is lower
// case ("met", "won").
type caseCounts struct {
	long, longLower   int
	shortLowerContent bool
}

// wordCase counts the capitals of sentence sent, which holds word i.
func (c *composer) wordCase(sent int32, i int) caseCounts {
	lo, hi := i, i
	for lo > 0 && c.ws[lo-1].sent == sent {
		lo--
	}
	for hi < len(c.ws) && c.ws[hi].sent == sent {
		hi++
	}
	var wc caseCounts
	for _, w := range c.ws[lo:hi] {
		upper := w.flags&norm.Upper != 0
		switch {
		case w.flags&(norm.Punct|norm.Digit) != 0 || w.letters == 0:
		case w.letters >= 4:
			wc.long++
			if !upper {
				wc.longLower++
			}
		case !upper && !c.d.special.functionWords[w.id]:
			wc.shortLowerContent = true
		}
	}
	return wc
}
