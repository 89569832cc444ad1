package actors

import "entente/actors/internal/norm"

// FORCES, the armed forces named by the plural alone (entente's agents
// supplement), is also a verb. Without a tagger, an agent match that ends in
// "forces" is read as the verb, and dropped, when an object follows it: a
// determiner or object pronoun ("forces the government", "forces them"), a
// capitalised word that is no month or day ("Russia forces Ukraine to …"),
// or a plural noun and "to"/"into" ("forces companies to …"). Nor are
// the forces of "joining forces" armed. "Israeli forces
// Tuesday", "forces loyal to Assad", "U.S. forces in Iraq" stay forces. And
// "forces" composes with a country only right after it or a role, not after
// other adjectives: "market forces", "American political forces" are no
// armed forces; "Syrian government forces" and "Russian special forces" are.

// dropForcesVerbs drops the agent matches that end in "forces" read as a
// verb (see above).
func (c *composer) dropForcesVerbs() {
	kept := c.atoms[:0]
	for _, a := range c.atoms {
		if a.agent >= 0 && a.actor < 0 && c.ws[a.j-1].id == c.d.special.forces &&
			(c.forcesVerb(int(a.j)) || a.j-a.i == 1 && a.i > 0 && c.d.special.join[c.ws[a.i-1].id]) {
			continue
		}
		kept = append(kept, a)
	}
	c.atoms = kept
}

// forcesVerb reports whether "forces" before word j is a verb: an object
// follows it.
func (c *composer) forcesVerb(j int) bool {
	ws := c.ws
	if j >= len(ws) || ws[j].sent != ws[j-1].sent {
		return false
	}
	n := ws[j]
	switch {
	case c.d.special.objects[n.id]:
		return true
	case n.flags&norm.Upper != 0 && n.flags&(norm.Punct|norm.Digit) == 0 && !c.d.special.notName[n.id]:
		return true
	case n.flags&(norm.Upper|norm.Punct|norm.Digit) != 0 || j+1 >= len(ws) || ws[j+1].sent != n.sent:
		return false
	}
	return c.d.special.toInto[ws[j+1].id] && c.plural(j)
}

// plural reports whether word e is written as a plural in -s (not -ss, -us,
// -is: "companies", not "across").
func (c *composer) plural(e int) bool {
	w := c.ws[e]
	s, t := int(w.start), int(w.end)
	if s < 0 || t > len(c.doc) || t-s < 4 {
		return false
	}
	last, prev := c.doc[t-1]|0x20, c.doc[t-2]|0x20
	return last == 's' && prev != 's' && prev != 'u' && prev != 'i'
}

// forcesAfterAdjectives reports whether role r, reached after adjectives
// that end at word j (j0 without them), is "forces" alone: no composition
// ("market forces").
func (c *composer) forcesAfterAdjectives(r role, j0, j int) bool {
	return j > j0 && r.j-r.i == 1 && c.ws[r.i].id == c.d.special.forces
}
