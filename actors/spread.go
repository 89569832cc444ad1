package actors

import (
	"slices"

	"entente/actors/internal/norm"
)

// Agents shared by joined actors, as PETRARCH reads them: an agent before joined
// countries is the agent of each ("the ambassadors of Arnor, Osgiliath and
// Gondor": ARNGOV, OSGGOV, GONGOV), joined agents share a country ("Danish media
// and government": DNKMED, DNKGOV; "lawmakers and officials in Fornost":
// FORLEG, FORGOV). A list is commas and a final "and" or "or"; a list without
// the final conjunction is not read as one.

// separator reads a list separator at word p: ",", "and", "or", ", and", ", or".
// q is the word after it; final is true for "and"/"or", which end a list.
func (c *composer) separator(p int) (q int, final, ok bool) {
	ws := c.ws
	if p <= 0 || p >= len(ws)-1 || ws[p].sent != ws[p-1].sent {
		return 0, false, false
	}
	s := &c.d.special
	switch ws[p].id {
	case s.comma:
		if n := ws[p+1].id; (n == s.and || n == s.or) && p+2 < len(ws) {
			return p + 2, true, true
		}
		return p + 1, false, true
	case s.and, s.or:
		return p + 1, true, true
	}
	return 0, false, false
}

// joinedCountries returns the atoms of the countries joined to the one that ends
// at word p, from atom k on ("Arnor, Osgiliath and Gondor"). A country that
// composes on its own ("and Gondor's minister", "and Gondor officials") ends the
// list.
func (c *composer) joinedCountries(k, p int) []int {
	ws, s := c.ws, &c.d.special
	var out []int
	for k < len(c.atoms) {
		q, final, ok := c.separator(p)
		if !ok {
			break
		}
		a := c.atoms[k]
		if int(a.i) != q && !(ws[q].id == s.the && int(a.i) == q+1) {
			break
		}
		if a.actor < 0 || ws[a.i].sent != ws[p-1].sent {
			break
		}
		if v, ok := c.view(a.actor); !ok || v.typ != TypeCountry {
			break // a capital after a country is a place: "citizens of France and Paris"
		}
		e := int(a.j)
		if e < len(ws) && (ws[e].id == s.possessive || ws[e].id == s.apostrophe) ||
			k+1 < len(c.atoms) && int(c.atoms[k+1].i) == e && c.atoms[k+1].agent >= 0 {
			break
		}
		out = append(out, k)
		k, p = k+1, e
		if final {
			return out
		}
	}
	return nil
}

// joinedRoles returns the agent runs joined to the word before p, from atom k on
// ("and government" after "Danish media"). With own, the last run must name its
// own country ("and officials in Fornost") and the others none. Without, each run
// must be one bare agent word: a run with its own modifiers or a name may not
// share the country ("Russian dictators and radical Islamists", "the Russian
// minister and Secretary Blinken").
func (c *composer) joinedRoles(k, p int, own bool) []role {
	var out []role
	for k < len(c.atoms) {
		q, final, ok := c.separator(p)
		if !ok {
			return nil
		}
		a := c.atoms[k]
		if int(a.i) != q || a.actor >= 0 || a.agent < 0 {
			return nil
		}
		r, ok := c.agentRun(k, q)
		if !ok {
			return nil
		}
		named := r.post >= 0 && r.postOf && r.postView.country != ""
		bare := r.post < 0 && r.person == nil && r.nameI == 0
		switch {
		case own && final && named && r.person == nil && r.nameI == 0:
			return append(out, r)
		case own && !bare, !own && (!bare || r.j != q+1):
			return nil
		}
		out = append(out, r)
		if final {
			if own {
				return nil
			}
			return out
		}
		k, p = r.next, r.end
	}
	return nil
}

// adoptedCountries returns the countries of the agent runs joined after a bare
// agent that ends at word p ("lawmakers" in "lawmakers and officials in Fornost
// and Gondor": Fornost and Gondor).
func (c *composer) adoptedCountries(k, p int) []actorView {
	runs := c.joinedRoles(k, p, true)
	if len(runs) == 0 {
		return nil
	}
	last := runs[len(runs)-1]
	out := []actorView{last.postView}
	if last.end == int(c.atoms[last.post].j) {
		for _, ja := range c.joinedCountries(last.next, last.end) {
			v, _ := c.view(c.atoms[ja].actor)
			out = append(out, v)
		}
	}
	return out
}

// codesOver composes an agent with every country of vs (each with all its
// codes); nil when that makes one code.
func (c *composer) codesOver(vs []actorView, lead, agent string, prefix bool) []string {
	if len(vs) == 1 {
		return c.d.codes.composeEach(vs[0].codes, lead, agent, prefix)
	}
	var out []string
	add := func(code string) {
		if !slices.Contains(out, code) {
			out = append(out, code)
		}
	}
	for _, v := range vs {
		if len(v.codes) > 1 {
			for _, code := range c.d.codes.composeEach(v.codes, lead, agent, prefix) {
				add(code)
			}
			continue
		}
		add(lead + c.d.codes.compose(v.country, agent, prefix))
	}
	if len(out) < 2 {
		return nil // "voters in Ohio and Pennsylvania": one code
	}
	return out
}

// emitJoined emits the joined countries (atoms) of role r with r's agent: the
// mention of "Gondor" in "the ambassadors of Arnor and Gondor" is GONGOV.
func (c *composer) emitJoined(atoms []int, r role) {
	ci := &c.d.codes
	for _, k := range atoms {
		a := c.atoms[k]
		v, _ := c.view(a.actor)
		m := Mention{Code: r.lead + ci.compose(v.country, r.code, r.prefix),
			Codes: ci.composeEach(v.codes, r.lead, r.code, r.prefix), Type: TypeAgent,
			Name: c.d.names[v.country], Country: v.country, Role: c.span(r.i, r.j), Source: SourceComposed,
			EntityID: "country/" + v.country + "/" + r.lead + r.code}
		_, m.Agent = ci.split(m.Code)
		c.add(int(a.i), int(a.j), m)
	}
}

// fromPrefixAgent composes a prefix agent written before a country ("MSF
// Arnor": NGOARN; "an MSF Arnor diplomat": NGOARNGOV). ok is false when atom k is
// not such an agent.
func (c *composer) fromPrefixAgent(k int) (next int, ok bool) {
	a := c.atoms[k]
	ag := c.d.agents[a.agent]
	if !ag.prefix || k+1 >= len(c.atoms) {
		return 0, false
	}
	b := c.atoms[k+1]
	if b.i != a.j || b.actor < 0 || c.ws[b.i].sent != c.ws[a.i].sent {
		return 0, false
	}
	v, ok := c.view(b.actor)
	if !ok || v.typ != TypeCountry && v.typ != TypeMetonym {
		return 0, false
	}
	if j := c.skipPossessive(int(b.j)); j < len(c.ws) && c.ws[j].sent == c.ws[b.i].sent {
		if r, ok := c.agentRun(k+2, j); ok {
			r.lead = ag.code
			return c.composeRole(int(a.i), v, r), true
		}
	}
	ci := &c.d.codes
	m := Mention{Code: ci.compose(v.country, ag.code, true), Codes: ci.composeEach(v.codes, "", ag.code, true),
		Type: TypeOrg, Name: c.d.names[v.country], Country: v.country, Role: c.span(int(a.i), int(a.j)),
		Source: SourceComposed, EntityID: "country/" + v.country + "/" + ag.code}
	c.add(int(a.i), int(b.j), m)
	return k + 2, true
}

// nameFromActor reads a one-word dictionary actor of a country's code right after
// a role as the name of the person in the role: older dictionaries list leaders
// as synonyms of their country ("Ithilen's minister Calimehtar", "Bree Prime
// Minister Romendacil"), and the role's country codes the person. CountryInfo
// names and nationality forms are never names.
func (c *composer) nameFromActor(r *role) {
	ws, s := c.ws, &c.d.special
	if r.person != nil || r.nameI > 0 || r.post >= 0 || r.next >= len(c.atoms) || r.end >= len(ws) {
		return
	}
	a := c.atoms[r.next]
	if int(a.i) != r.end || a.j != a.i+1 || a.actor < 0 || ws[a.i].sent != ws[r.end-1].sent || !c.blankBetween(r.end) {
		return
	}
	if w := ws[a.i]; w.flags&norm.Upper == 0 || w.flags&norm.AllUpper != 0 {
		return
	}
	v, ok := c.view(a.actor)
	if !ok || v.typ != TypeCountry || v.e.country != "" {
		return
	}
	e := int(a.j)
	if e < len(ws) && (ws[e].id == s.possessive || ws[e].id == s.apostrophe) ||
		r.next+1 < len(c.atoms) && int(c.atoms[r.next+1].i) == e && c.atoms[r.next+1].agent >= 0 {
		return
	}
	r.nameI, r.end, r.nameJ = r.end, e, e
	r.next++
}
