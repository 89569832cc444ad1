package actors

// Roles: a run of agent words composed with a country or organisation
// ("Russia's deputy foreign minister", "Russian Ambassador to Israel Anatoly
// Victorov") and the name that follows it.

import (
	"slices"

	"entente/actors/internal/norm"
)

// agentRun reads modifiers and a run of agent atoms starting at word j with atom k,
// then a posting ("to Israel") and a name or dictionary person.
func (c *composer) agentRun(k, j int) (role, bool) {
	ws := c.ws
	r := role{i: j}
	// Modifiers: "former", "deputy", "senior"... A modifier that is itself a
	// one-word agent (Phoenix codes DEPUTY as COP) is a modifier when another agent
	// follows it ("deputy foreign minister").
	for m := 0; m < 4 && j < len(ws) && c.d.special.modifiers[ws[j].id]; m++ {
		if k < len(c.atoms) && int(c.atoms[k].i) == j {
			a := c.atoms[k]
			if a.actor >= 0 || a.agent < 0 || a.j != int32(j+1) || !c.agentAfterModifiers(k+1, j+1) {
				break
			}
			k++
		}
		if ws[j].id == c.d.special.former {
			r.former = true
		}
		j++
	}
	if k >= len(c.atoms) || int(c.atoms[k].i) != j || c.atoms[k].agent < 0 {
		return role{}, false
	}
	if ws[j].sent != ws[r.i].sent {
		return role{}, false
	}
	first := c.d.agents[c.atoms[k].agent]
	r.code, r.prefix = first.code, first.prefix
	for k < len(c.atoms) && int(c.atoms[k].i) == j && c.atoms[k].agent >= 0 {
		j = int(c.atoms[k].j)
		k++
	}
	r.j, r.next, r.end = j, k, j
	if r.former {
		r.code = "ELI"
	}
	// A posting: "Ambassador to Israel", "Embassy in Beijing" — the country that
	// follows is where the role is, not whose it is. After "of" or "in" as a word of
	// its own ("Foreign Minister of Russia") it is whose role it is, and so it is
	// after "at" and a nationality, which names the body the role works in
	// ("officials at the French embassy", "at the Mauritanian Ministry of
	// Foreign Affairs"). Units sent somewhere hold no posting: "sent troops to
	// Iraq" names where they go, an actor of its own.
	r.post = -1
	p := j
	at := p < len(ws) && ws[p].id == c.d.special.at
	switch {
	case p < len(ws) && c.d.special.ofIn[ws[p].id]:
		r.postOf = true
		p++
	case p < len(ws) && c.d.special.postings[ws[p].id] && !c.d.special.unposted[r.code]:
		p++
	case j > 0 && (c.d.special.postings[ws[j-1].id] || c.d.special.ofIn[ws[j-1].id]):
	default:
		p = -1
	}
	if p >= 0 && p < len(ws) && ws[p].id == c.d.special.the {
		p++
	}
	if p >= 0 && r.next < len(c.atoms) && int(c.atoms[r.next].i) == p && c.atoms[r.next].actor >= 0 {
		if v, ok := c.view(c.atoms[r.next].actor); ok && (v.typ == TypeCountry || v.typ == TypeIGO || v.typ == TypeMetonym) &&
			!c.nationalityInName(r.next, v) {
			r.end = int(c.atoms[r.next].j)
			r.post, r.postView = r.next, v
			r.postOf = r.postOf || at && c.nationality(c.atoms[r.next], v)
			r.next++
		}
	}
	if !c.d.special.noName[c.d.agents[c.atoms[r.next-1-btoi(r.post >= 0)].agent].code[:3]] {
		c.attachName(&r)
	}
	return r, true
}

// agentAfterModifiers reports whether an agent atom (atom k or later) starts at
// word j after more modifier words.
func (c *composer) agentAfterModifiers(k, j int) bool {
	for ; j < len(c.ws); j++ {
		if k < len(c.atoms) && int(c.atoms[k].i) == j && c.atoms[k].agent >= 0 && c.atoms[k].actor < 0 {
			return true
		}
		if !c.d.special.modifiers[c.ws[j].id] {
			return false
		}
		if k < len(c.atoms) && int(c.atoms[k].i) == j {
			k++
		}
	}
	return false
}

// attachName extends r with a dictionary person or a name right after it. A
// capitalised run that ends in a word of bodies, laws or programmes names no
// person ("Intelligence Committee", "Police Department", "Refugee
// Convention").
func (c *composer) attachName(r *role) {
	if r.next < len(c.atoms) && int(c.atoms[r.next].i) == r.end && c.atoms[r.next].actor >= 0 {
		if v, ok := c.view(c.atoms[r.next].actor); ok && v.typ == TypePerson {
			r.person, r.personI = &v, r.end
			r.end = int(c.atoms[r.next].j)
			r.next++
			return
		}
	}
	limit := len(c.ws)
	if r.next < len(c.atoms) {
		limit = int(c.atoms[r.next].i)
	}
	if e := c.nameEnd(r.end, limit); e > r.end && !c.d.special.bodyEnds[c.ws[e-1].id] {
		r.nameI = r.end
		r.end = e
		if e == limit && c.surnamePlace(r.next) {
			r.end = int(c.atoms[r.next].j) // "Rep. Jim Jordan", "Senator Patty Murray"
			r.next++
		}
		r.nameJ = r.end
		c.countryAfterName(r)
	}
}

// countryAfterName extends r, a role with a name, with "of" and a country,
// a capital or an IGO right after the name: the role's own ("Gov. Earl Ray
// Tomblin of West Virginia", "Rep. Elijah Cummings of Maryland").
func (c *composer) countryAfterName(r *role) {
	ws := c.ws
	p := r.end
	if p+1 >= len(ws) || ws[p].id != c.d.special.of || ws[p].sent != ws[r.nameI].sent {
		return
	}
	p++
	if ws[p].id == c.d.special.the && p+1 < len(ws) {
		p++
	}
	if r.next >= len(c.atoms) || int(c.atoms[r.next].i) != p || c.atoms[r.next].actor < 0 || ws[p].sent != ws[r.nameI].sent {
		return
	}
	if v, ok := c.view(c.atoms[r.next].actor); ok && (v.typ == TypeCountry || v.typ == TypeIGO || v.typ == TypeMetonym) {
		r.end = int(c.atoms[r.next].j)
		r.post, r.postView, r.postOf = r.next, v, true
		r.next++
	}
}

// surnamePlace reports whether atom k, right after the first names of a
// person, is a one-word place that ends the name (personnames.go): a
// country, nationality or capital written in lower case after a capital.
func (c *composer) surnamePlace(k int) bool {
	if k >= len(c.atoms) || c.atoms[k].actor < 0 {
		return false
	}
	v, ok := c.view(c.atoms[k].actor)
	return ok && c.placeInName(k, v)
}

// nameEnd returns the end of a capitalised name starting at word j (j when there
// is none): up to five capitalised words, with particles ("bin", "al") and
// attached hyphens inside, not running into the dictionary match at limit.
// Function words end it, and a headline in title case or capitals has none.
func (c *composer) nameEnd(j, limit int) int {
	ws := c.ws
	if j <= 0 || j >= len(ws) || ws[j].sent != ws[j-1].sent {
		return j
	}
	sent := ws[j].sent
	e, n := j, 0
	last := j
	for e < len(ws) && e < limit && ws[e].sent == sent && n < 5 {
		w := ws[e]
		if !c.blankBetween(e) {
			break // punctuation the tokenizer dropped, or a line break
		}
		switch {
		case c.d.special.notName[w.id] || c.d.special.functionWords[w.id]:
			// a title, month or function word ends the name: "Mayor Bill
			// de Blasio Now", "Lawmakers Rip Donald Trump As"
		case w.flags&norm.Upper != 0 && w.flags&norm.Punct == 0:
			n++
			e++
			last = e
			continue
		case n > 0 && c.d.special.particles[w.id] && e+1 < len(ws) && ws[e+1].flags&norm.Upper != 0:
			e++
			continue
		case n > 0 && c.d.attachedHyphen(ws, e):
			e++
			continue
		}
		break
	}
	if last > j && c.headline(sent, j) {
		return j // a headline's capitals mark no name: "Website Shows Bias When …"
	}
	return last
}

// blankBetween reports whether only blanks (no punctuation, no line break) stand
// in the article text between word e-1 and word e.
func (c *composer) blankBetween(e int) bool {
	a, b := int(c.ws[e-1].end), int(c.ws[e].start)
	if a > b || b > len(c.doc) {
		return true
	}
	for _, ch := range c.doc[a:b] {
		if ch != ' ' && ch != '\u00a0' && ch != '\t' {
			return false
		}
	}
	return true
}

// composeRole emits the mention of base (a country, metonym or organisation at
// word i) with role r, and of the roles joined to r that share base ("Danish
// media and government").
func (c *composer) composeRole(i int, base actorView, r role) int {
	if base.typ == TypeCountry || base.typ == TypeMetonym {
		c.nameFromActor(&r)
	}
	next := c.emitRole(i, base, r)
	if r.post >= 0 {
		return next
	}
	runs := c.joinedRoles(next, r.end, false)
	for _, rr := range runs {
		next = c.emitRole(rr.i, base, rr)
	}
	return next
}

// emitRole emits the mention of base at word i with role r.
func (c *composer) emitRole(i int, base actorView, r role) int {
	ci := &c.d.codes
	if base.typ != TypeCountry && base.typ != TypeMetonym && r.post >= 0 && r.person == nil && r.nameI == 0 {
		// "Hamas fighters in Moscow": the place stays a mention of its own.
		r.end, r.next, r.post = r.j, r.post, -1
	}
	m := Mention{Role: c.span(r.i, r.j), Source: SourceComposed}
	switch {
	case r.person != nil:
		m.Code, m.Type, m.Name, m.EntityID = r.person.code, TypePerson, r.person.e.name, r.person.e.id
		m.Country = r.person.country
	case base.typ == TypeCountry || base.typ == TypeMetonym:
		country := base.country
		m.Code = r.lead + ci.compose(country, r.code, r.prefix)
		m.Codes = ci.composeEach(base.codes, r.lead, r.code, r.prefix)
		m.Country = country
		m.Type = TypeAgent
		m.Name = c.d.names[country]
		m.EntityID = "country/" + country + "/" + r.lead + r.code
	case r.former && base.country != "":
		// "a former CIA official": an ex-member is an elite of the country.
		m.Code, m.Country, m.Type, m.Name = base.country+"ELI", base.country, TypeAgent, base.e.name
		m.EntityID = "country/" + base.country + "/ELI"
	default:
		m.Code, m.Codes, m.Country = base.code, slices.Clone(base.codes), base.country
		m.Type, m.Name, m.EntityID = base.typ, base.e.name, base.e.id
	}
	if r.nameI > 0 {
		m.Name = c.span(r.nameI, r.nameJ)
		m.Type = TypePerson
		m.EntityID = personID(m.Country, m.Name)
	}
	_, m.Agent = ci.split(m.Code)
	c.addRole(i, r, m)
	return r.next
}

// addRole adds m, the mention of role r from word i, with the country r is
// posted to ("its ambassador to Turkey"), and records the name in it for
// the Resolver.
func (c *composer) addRole(i int, r role, m Mention) {
	if r.post >= 0 && !r.postOf {
		m.Post = r.postView.country
	}
	c.add(i, r.end, m)
	switch {
	case r.nameI > 0:
		c.names = append(c.names, nameSpan{i: r.nameI, j: r.nameJ, mention: len(c.out) - 1})
	case r.person != nil:
		c.learnPerson(r.personI, r.end)
	}
}

// fromAgent handles an agent atom that no country or organisation precedes.
func (c *composer) fromAgent(k int) int {
	a := c.atoms[k]
	ws := c.ws
	start := int(a.i)
	if next, ok := c.fromPrefixAgent(k); ok {
		return next
	}
	if c.roleAsSurname(k) {
		return k + 1 // "King" in "Larry King"
	}
	r, ok := c.agentRun(k, start)
	if !ok {
		return k + 1
	}
	if r.i == start && r.j == int(a.j) && r.post < 0 && r.person == nil && r.nameI == 0 && isReligion(r.code) &&
		c.thingAfter(r.next, r.j) {
		return r.next // "Major Islamic Holiday" (things.go)
	}
	if start > 0 && ws[start-1].id == c.d.special.former && ws[start-1].sent == ws[start].sent {
		start--
		r.i = start
		r.code = "ELI"
	}
	if v, ok := c.surnamePerson(&r); ok && r.person == nil {
		r.person = &v // "President Bouteflika"
	}
	ci := &c.d.codes
	m := Mention{Code: r.code, Type: TypeAgent, Role: c.span(r.i, r.j), Source: SourceDictionary}
	var countries []actorView
	var joined []int
	switch {
	case r.post >= 0 && r.postOf && r.postView.country != "":
		// "Foreign Minister of Russia", "trade unions in Denmark", "soldiers from
		// Gondor"; and the countries joined to it: "ambassadors of Arnor and Gondor".
		countries = []actorView{r.postView}
		if r.person == nil && r.nameI == 0 {
			joined = c.joinedCountries(r.next, r.end)
			for _, k := range joined {
				v, _ := c.view(c.atoms[k].actor)
				countries = append(countries, v)
			}
		}
	case r.post < 0 && r.person == nil && r.nameI == 0:
		// "lawmakers" in "lawmakers and officials in Fornost".
		countries = c.adoptedCountries(r.next, r.end)
	}
	if len(countries) > 0 {
		v := countries[0]
		m.Code = ci.compose(v.country, r.code, r.prefix)
		m.Codes = c.codesOver(countries, "", r.code, r.prefix)
		m.Country = v.country
		m.Name = c.d.names[v.country]
		m.Source = SourceComposed
	}
	switch {
	case r.person != nil:
		m.Code, m.Type, m.Name, m.EntityID = r.person.code, TypePerson, r.person.e.name, r.person.e.id
		m.Country = r.person.country
		m.Source = SourceComposed
	case r.nameI > 0:
		m.Name = c.span(r.nameI, r.nameJ)
		m.Type = TypePerson
		m.EntityID = personID(m.Country, m.Name)
		m.Source = SourceComposed
	case m.Country != "":
		m.EntityID = "country/" + m.Country + "/" + r.code
	}
	_, m.Agent = ci.split(m.Code)
	if m.Agent == "" && m.Country == "" {
		m.Agent = r.code
	}
	c.addRole(start, r, m)
	if len(joined) > 0 {
		c.emitJoined(joined, r)
		return joined[len(joined)-1] + 1
	}
	return r.next
}
