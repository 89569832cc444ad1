package actors

// A country's representative to an organisation is the country's:
// "Russian U.N. Ambassador Vassily Nebenzia", "Russia's U.N. ambassador",
// "the Chinese U.N. envoy" act for Russia and China (RUSGOV, CHNGOV), not
// for the United Nations, as the organisation's own word before the role
// made them (IGOUNO); so does "Russia U.N. Ambassador …" in a headline's
// style, as a country's name composes with a role after it. Only envoys:
// "a British EU commissioner" serves the Union.

// fromEnvoy composes the country atom k, seen as v, with an organisation
// right after it (word j, past any possessive) and an envoy's role: a run
// of agents holding an envoy word after the organisation ("U.N.
// Ambassador"), or the organisation's own dictionary phrase ending in one
// ("U.N. envoy"), then a name if one follows. ok is false when none does.
func (c *composer) fromEnvoy(k int, v actorView, j int) (next int, ok bool) {
	a := c.atoms[k]
	if v.typ != TypeCountry || k+1 >= len(c.atoms) {
		return 0, false
	}
	b := c.atoms[k+1]
	if int(b.i) != j || b.actor < 0 || c.ws[b.i].sent != c.ws[a.i].sent {
		return 0, false
	}
	if bv, ok := c.view(b.actor); !ok || bv.typ != TypeIGO {
		return 0, false
	}
	var r role
	switch {
	case c.d.special.envoys[c.ws[b.j-1].id]:
		r = role{i: int(b.i), j: int(b.j), next: k + 2, end: int(b.j), code: "GOV", post: -1}
		c.attachName(&r)
	default:
		rr, ok := c.agentRun(k+2, int(b.j))
		if !ok || rr.post >= 0 || !c.envoyWord(rr.i, rr.j) {
			return 0, false
		}
		r = rr
		r.i = int(b.i)
	}
	return c.composeRole(int(a.i), v, r), true
}

// envoyWord reports whether one of the words [i, j) is an envoy's.
func (c *composer) envoyWord(i, j int) bool {
	for w := i; w < j; w++ {
		if c.d.special.envoys[c.ws[w].id] {
			return true
		}
	}
	return false
}
