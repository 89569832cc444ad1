package actors

import "entente/actors/internal/norm"

// Places and roles inside people's names. Many surnames and first names are
// also the names of countries, cities or nationalities ("Mark Cuban", "Patty
// Murray", "Jim Jordan", "Chad Bown", "Lawrence Hurley") or roles ("Larry
// King", "Howard Dean"); matched alone, they made Mark Cuban Cuba (CUB) and
// Larry King a government (GOV).
//
// A one-word place is part of a person's name when a name word stands before
// it (not opening the sentence, no nationality, no direction: "Mark Cuban",
// not "Northern Ireland") or a middle initial does ("Benjamin J. Rhodes"). A
// place's name (not a nationality adjective, not an abbreviation such as
// "U.S.") is also a first name when a name word follows it ("Chad Bown"),
// unless the word names a kind of state ("the Comoros Islands", "the
// Malagasy Republic").
//
// A one-word capitalised role is a surname after a name word when no name
// follows it (that would make it a title: "House Speaker Paul Ryan"), and
// after "Mr.", "Mrs." or "Ms." ("Mr. King"). Titles ("Vice President", "Mr.
// President") stay roles, and so do the words that end the names of bodies
// ("Hofstra University", "Ora Media"). Headlines in title case are left alone.

// placeInName reports whether atom k, a one-word country, nationality or
// capital seen as v, is part of a person's name (see above).
func (c *composer) placeInName(k int, v actorView) bool {
	if v.typ != TypeCountry && v.typ != TypeMetonym {
		return false
	}
	ws := c.ws
	a := c.atoms[k]
	i, j := int(a.i), int(a.j)
	if j-i != 1 || ws[i].flags&norm.AllUpper != 0 || ws[i].letters < 3 {
		return false
	}
	sent := ws[i].sent
	prev := c.nameBefore(k)
	if !prev && (k == 0 || int(c.atoms[k-1].j) != i) && i > 0 && ws[i-1].sent == sent && (i < 2 || ws[i-2].sent != sent) &&
		c.blankBetween(i) && c.namePairs[c.pairKey(i)] {
		prev = true // "Mark Cuban knows …" opening a sentence, "Mark Cuban" seen elsewhere
	}
	next := !c.isDemonym(ws[i].id) && j < len(ws) && ws[j].sent == sent && c.blankBetween(j) &&
		(k+1 >= len(c.atoms) || int(c.atoms[k+1].i) != j) && c.personWord(j, false) && !c.isDemonym(ws[j].id) &&
		!c.d.special.stateWords[ws[j].id]
	return (prev || next) && !c.titleCased(sent, i)
}

// nameBefore reports whether a name word stands before atom k, a one-word
// place, inside its sentence: a first name ("Mark Cuban") or a middle
// initial after one ("Benjamin J. Rhodes").
func (c *composer) nameBefore(k int) bool {
	ws := c.ws
	a := c.atoms[k]
	i := int(a.i)
	sent := ws[i].sent
	if (k > 0 && int(c.atoms[k-1].j) == i) || i < 2 || ws[i-1].sent != sent || ws[i-2].sent != sent || !c.blankBetween(i) {
		return false
	}
	if c.initial(i - 1) {
		return c.personWord(i-2, true) && !c.isDemonym(ws[i-2].id)
	}
	return c.personWord(i-1, true) && !c.isDemonym(ws[i-1].id) && !c.d.special.qualifiers[ws[i-1].id] &&
		ws[i-2].id != c.d.special.hyphen
}

// collectNamePairs records the first name and place word of every "Mark
// Cuban" found inside a sentence, so that the same name opening a sentence
// is read as a name too.
func (c *composer) collectNamePairs() {
	for k, a := range c.atoms {
		i := int(a.i)
		if a.actor < 0 || a.j-a.i != 1 || i < 2 || c.ws[i-1].flags&norm.Upper == 0 || !c.nameBefore(k) {
			continue
		}
		if v, ok := c.view(a.actor); ok && (v.typ == TypeCountry || v.typ == TypeMetonym) {
			if c.namePairs == nil {
				c.namePairs = map[string]bool{}
			}
			c.namePairs[c.pairKey(i)] = true
		}
	}
}

// pairKey is the text of words i-1 and i.
func (c *composer) pairKey(i int) string {
	return c.span(i-1, i+1)
}

// personWord is nameWord without the function words and verbs that open
// sentences and clauses in capitals ("In Afghanistan", "An Israeli strike").
func (c *composer) personWord(e int, before bool) bool {
	return c.nameWord(e, before) && !c.d.special.notAdjective[c.ws[e].id]
}

// initial reports whether word e is a middle initial: one capital letter
// written with its period ("J.").
func (c *composer) initial(e int) bool {
	w := c.ws[e]
	end := int(w.end)
	dot := end <= len(c.doc) && (end < len(c.doc) && c.doc[end] == '.' || end > 0 && c.doc[end-1] == '.')
	return w.letters == 1 && w.flags&norm.Upper != 0 && dot
}

// roleAsSurname reports whether atom k, a one-word agent, is a person's
// surname (see above).
func (c *composer) roleAsSurname(k int) bool {
	ws := c.ws
	a := c.atoms[k]
	i, j := int(a.i), int(a.j)
	if j-i != 1 || i == 0 || ws[i].flags&norm.Upper == 0 || ws[i].flags&norm.AllUpper != 0 ||
		c.d.special.notName[ws[i].id] || c.d.special.institutions[ws[i].id] || ws[i-1].sent != ws[i].sent || !c.blankBetween(i) {
		return false
	}
	sent := ws[i].sent
	if j < len(ws) && ws[j].sent == sent && ws[j].flags&norm.Upper != 0 && ws[j].flags&norm.Punct == 0 && c.blankBetween(j) {
		return false // a title before a name: "House Speaker Paul Ryan"
	}
	if c.d.special.address[ws[i-1].id] {
		return !c.titleCased(sent, i) // "Mr. King"
	}
	if k > 0 && int(c.atoms[k-1].j) == i || i < 2 || ws[i-2].sent != sent || !c.personWord(i-1, true) ||
		c.isDemonym(ws[i-1].id) || c.d.special.articles[ws[i-2].id] {
		return false // "Saudi King", "the House Speaker said"
	}
	return !c.titleCased(sent, i)
}

// inOtherName reports whether word i, a one-word name the Resolver learned,
// stands next to another name word, as part of another person's name: a
// first name before it, not opening the sentence ("father Rafael Cruz";
// "Later Cruz said" is Cruz), or a name after it ("Lee Harvey Oswald",
// "David Plouffe").
func (c *composer) inOtherName(i int) bool {
	ws := c.ws
	sent := ws[i].sent
	if i > 1 && ws[i-1].sent == sent && ws[i-2].sent == sent && c.blankBetween(i) && c.personWord(i-1, true) && !c.isDemonym(ws[i-1].id) &&
		!c.d.special.qualifiers[ws[i-1].id] && !c.headline(sent, i) {
		return true
	}
	j := i + 1
	return j < len(ws) && ws[j].sent == sent && c.blankBetween(j) && c.personWord(j, false) && !c.headline(sent, i)
}

// nationalityInName reports whether atom k, seen as v, is a nationality
// adjective that opens the name of a body ("president of the American Action
// Forum"): a name word follows it.
func (c *composer) nationalityInName(k int, v actorView) bool {
	a := c.atoms[k]
	j := int(a.j)
	return c.nationality(a, v) && j < len(c.ws) && c.ws[j].sent == c.ws[a.i].sent && c.blankBetween(j) &&
		(k+1 >= len(c.atoms) || int(c.atoms[k+1].i) != j) && c.personWord(j, false)
}

// placeInOtherCountry reports whether atom k, a place seen as v, is named
// with the state or country it lies in and that is another country's
// ("in Toledo, Ohio, …", "at a rally in Birmingham, Alabama, on Saturday",
// "in Berlin, New Hampshire."): after "in", "at", "near" or "from", "X, Y"
// where Y is a place of another country that ends the phrase (a comma, a
// period or the sentence's end after it, no list going on: "in Iraq, Syria,
// etc."). The place after the comma stays a mention; the first is dropped.
// Lists and appositions ("Even China, Pyongyang's only ally", "in Paris,
// the United States led …") are left alone.
func (c *composer) placeInOtherCountry(k int, v actorView) bool {
	if (v.typ != TypeCountry && v.typ != TypeMetonym) || c.nationality(c.atoms[k], v) || k+1 >= len(c.atoms) {
		return false
	}
	ws := c.ws
	a, b := c.atoms[k], c.atoms[k+1]
	i, j := int(a.i), int(a.j)
	sent := ws[i].sent
	if i == 0 || !c.d.special.locatives[ws[i-1].id] || ws[i-1].sent != sent {
		return false
	}
	if j+1 >= len(ws) || ws[j].id != c.d.special.comma || int(b.i) != j+1 || b.actor < 0 || ws[j].sent != sent {
		return false
	}
	w, ok := c.view(b.actor)
	if !ok || (w.typ != TypeCountry && w.typ != TypeMetonym) || w.country == "" || w.country == v.country || c.nationality(b, w) {
		return false
	}
	e := int(b.j) // Y ends the phrase
	if e >= len(ws) || ws[e].sent != sent {
		return true
	}
	if ws[e].flags&norm.Punct == 0 || ws[e].id == c.d.special.hyphen {
		return false
	}
	if ws[e].id == c.d.special.comma && e+1 < len(ws) && ws[e+1].sent == sent {
		n := ws[e+1].id
		return n != c.d.special.and && n != c.d.special.or && n != c.d.special.etc &&
			(k+2 >= len(c.atoms) || int(c.atoms[k+2].i) != e+1)
	}
	return true
}
