package actors

import "entente/actors/internal/norm"

// nationality reports whether atom a, seen as v, is a nationality adjective
// ("Nigerian", "South African"): a country whose last word is one of
// CountryInfo's nationality forms. Adjectives may stand between it and a role
// as after a possessive ("Nigerian junior foreign minister", "Irish
// nationalist guerrillas"); a country's name may not ("Britain expel
// diplomats" is no composition).
func (c *composer) nationality(a atom, v actorView) bool {
	return v.typ == TypeCountry && c.isDemonym(c.ws[a.j-1].id)
}

// isDemonym reports whether word id is the last word of a nationality form.
func (c *composer) isDemonym(id uint32) bool {
	return int(id) < len(c.d.special.demonyms) && c.d.special.demonyms[id]
}

// attributive reports whether atom a, seen as v, can modify a role in a
// list of countries sharing it: a nationality adjective, or a country's
// abbreviation in capitals, which news uses as one ("US and British
// warplanes", "UK and French troops").
func (c *composer) attributive(a atom, v actorView) bool {
	if c.nationality(a, v) {
		return true
	}
	return v.typ == TypeCountry && a.j-a.i == 1 && capitalAbbreviation(c.ws[a.i])
}

// capitalAbbreviation reports whether w is two or three capital letters and
// nothing else ("US", "UK"; not "U.S."), from the flags the word split
// recorded.
func capitalAbbreviation(w word) bool {
	return w.flags&norm.AllUpper != 0 && w.letters >= 2 && w.letters <= 3 && w.end-w.start == int32(w.letters)
}

// fromSharedNationality composes nationality adjectives joined before one
// role ("Hungarian and Romanian officials", "French, Italian and German
// vessels"): each is that role of its country (HUNGOV, ROUGOV), and the
// mention of the role ("Romanian officials") stands for them all, its Codes
// its own code then the others in text order. Atom k, seen as v, starts the
// list; ok is false when no such list starts there. A role with a name
// ("Chilean and Argentine Foreign Minister X") is not shared, nor is a
// country's name ("Israel and Lebanese officials"), except as an
// abbreviation before the last member ("US and British warplanes"); a place
// after the role does not change whose it is ("American and British
// diplomats in Moscow").
func (c *composer) fromSharedNationality(k int, v actorView) (next int, ok bool) {
	a := c.atoms[k]
	if _, _, ok := c.separator(int(a.j)); !ok || !c.attributive(a, v) {
		return 0, false
	}
	list := []int{k}
	p := int(a.j)
	for kk := k + 1; kk < len(c.atoms); kk++ {
		q, final, ok := c.separator(p)
		b := c.atoms[kk]
		if !ok || int(b.i) != q || b.actor < 0 || c.ws[b.i].sent != c.ws[a.i].sent {
			return 0, false
		}
		bv, ok := c.view(b.actor)
		if !ok || !(c.nationality(b, bv) || (!final && c.attributive(b, bv))) {
			return 0, false
		}
		if !final {
			list = append(list, kk)
			p = int(b.j)
			continue
		}
		j := c.skipAdjectivesAfter(kk+1, int(b.j), true)
		r, ok := c.agentRun(kk+1, j)
		if !ok || r.person != nil || r.nameI > 0 {
			return 0, false
		}
		ci := &c.d.codes
		var codes []string // of the nationalities before the last
		for _, ka := range list {
			av, _ := c.view(c.atoms[ka].actor)
			m := Mention{Code: ci.compose(av.country, r.code, r.prefix), Codes: ci.composeEach(av.codes, "", r.code, r.prefix),
				Type: TypeAgent, Name: c.d.names[av.country], Country: av.country, Role: c.span(r.i, r.j),
				Source: SourceComposed, EntityID: "country/" + av.country + "/" + r.code}
			_, m.Agent = ci.split(m.Code)
			if len(m.Codes) > 0 {
				codes = append(codes, m.Codes...)
			} else {
				codes = append(codes, m.Code)
			}
			c.add(int(c.atoms[ka].i), int(c.atoms[ka].j), m)
		}
		own := len(c.out)
		next := c.composeRole(int(b.i), bv, r)
		if m := &c.out[own]; len(m.Codes) > 0 {
			m.Codes = append(m.Codes, codes...)
		} else {
			m.Codes = append([]string{m.Code}, codes...)
		}
		return next, true
	}
	return 0, false
}
