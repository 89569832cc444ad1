package actors

import (
	"slices"
	"strings"

	"entente/actors/dict"
	"entente/text"
)

// composer turns the dictionary matches of one article into mentions.
type composer struct {
	d     *Dictionary
	ws    []word
	atoms []atom
	doc   string
	toks  []text.Token
	date  dict.Date
	out   []Mention
	// names are the person names found by composition, for the Resolver.
	names []nameSpan
	// namePairs are the "Mark Cuban"s found inside sentences (personnames.go).
	namePairs map[string]bool
}

// nameSpan is a name found after a role: words [i, j) and the mention it belongs to.
type nameSpan struct {
	i, j    int
	mention int // index into out
}

// actorView is an actor entry seen on the article date.
type actorView struct {
	*codeView
	e *entry
}

// view resolves entry idx on the article date; ok is false for a null code.
func (c *composer) view(idx int32) (actorView, bool) {
	e := &c.d.entries[idx]
	i := selectRule(e, c.date)
	if i < 0 || e.rules[i].Code == "" {
		return actorView{}, false
	}
	return actorView{codeView: &e.views[i], e: e}, true
}

func (c *composer) run() []Mention {
	c.out = make([]Mention, 0, len(c.atoms))
	c.dropForcesVerbs()
	c.collectNamePairs()
	for k := 0; k < len(c.atoms); {
		if c.atoms[k].actor >= 0 {
			k = c.fromActor(k)
		} else {
			k = c.fromAgent(k)
		}
	}
	return c.out
}

// fromActor handles the actor atom k and what composes with it; it returns the
// next atom to handle.
func (c *composer) fromActor(k int) int {
	a := c.atoms[k]
	v, ok := c.view(a.actor)
	if !ok {
		if a.agent >= 0 {
			return c.fromAgent(k)
		}
		return k + 1
	}
	if v.typ == TypeCountry && c.currency(a) {
		return k + 1 // "US$50"
	}
	switch v.typ {
	case TypeCountry, TypeMetonym, TypeOrg, TypeGroup, TypeIGO:
		if j := c.skipPossessive(int(a.j)); j < len(c.ws) && c.ws[j].sent == c.ws[a.i].sent {
			j0 := j
			switch {
			case j > int(a.j):
				j = c.skipAdjectives(k+1, j) // "Ithilen's awful and evil minister"
			case c.nationality(a, v):
				j = c.skipAdjectivesAfter(k+1, j, true) // "Nigerian junior foreign minister"
			}
			if next, ok := c.fromEnvoy(k, v, j0); ok {
				return next // "Russian U.N. Ambassador" (envoys.go)
			}
			if r, ok := c.agentRun(k+1, j); ok && !c.forcesAfterAdjectives(r, j0, j) {
				return c.composeRole(int(a.i), v, r)
			}
		}
		if next, ok := c.fromSharedNationality(k, v); ok {
			return next
		}
	}
	if (v.typ == TypePerson || v.typ == TypeGroup) && c.inLongerName(k, v.typ == TypePerson) {
		return k + 1 // "Abdullah" in "Abdullah Ocalan", "Tigers" in "Liberation Tigers"
	}
	if c.placeInName(k, v) || c.placeInOtherCountry(k, v) {
		return k + 1 // "Cuban" in "Mark Cuban", "Toledo" in "Toledo, Ohio"
	}
	if (c.nationality(a, v) || a.j-a.i == 1 && isReligion(v.code)) && c.thingAfter(k+1, int(a.j)) {
		return k + 1 // "the Muslim holiday", "Jewish law" (things.go)
	}
	c.emitActor(int(a.i), int(a.j), v, SourceDictionary, "")
	if v.typ == TypePerson {
		c.learnPerson(int(a.i), int(a.j))
	}
	return k + 1
}

// learnPerson records the name of the dictionary person just emitted over
// words [i, j) for the Resolver, as compositions record theirs: once "Ted
// Cruz" (a dictionary person) is seen, "Cruz" is him for the rest of the
// article. Titles and honorifics before the name are left out ("Ayatollah
// Ali Khamenei" teaches "Ali Khamenei"); a one-word name teaches nothing the
// dictionary does not match already.
func (c *composer) learnPerson(i, j int) {
	for i < j && !c.nameWord(i, false) {
		i++
	}
	if j-i >= 2 {
		c.names = append(c.names, nameSpan{i: i, j: j, mention: len(c.out) - 1})
	}
}

// role is a run of agent atoms and what follows them.
type role struct {
	i, j    int // words of the role (agents and the modifiers before them)
	next    int // next atom index
	code    string
	prefix  bool
	former  bool
	end     int // end word of the whole composition (posting, name)
	person  *actorView
	personI int
	nameI   int // name words [nameI, nameJ) when nameI > 0
	nameJ   int
	// post is the atom of a country after the role (-1: none); postOf is true when
	// "of", "in" or "from" led to it, so that it is the role's own country.
	post     int
	postOf   bool
	postView actorView
	// lead is a prefix agent written before the country ("MSF Arnor": NGO).
	lead string
}

// skipPossessive steps over a "'s" at word j.
func (c *composer) skipPossessive(j int) int {
	if j < len(c.ws) && (c.ws[j].id == c.d.special.possessive || c.ws[j].id == c.d.special.apostrophe) {
		return j + 1
	}
	return j
}

// emitActor emits a plain dictionary actor over words [i, j).
func (c *composer) emitActor(i, j int, v actorView, source, role string) {
	c.add(i, j, Mention{Code: v.code, Codes: slices.Clone(v.codes), Type: v.typ, Name: v.e.name, EntityID: v.e.id,
		Country: v.country, Agent: v.agent, Role: role, Source: source})
}

// add sets the offsets and text of m over words [i, j) and appends it.
func (c *composer) add(i, j int, m Mention) {
	m.Start, m.End = int(c.ws[i].start), int(c.ws[j-1].end)
	m.Text = c.text(m.Start, m.End)
	c.out = append(c.out, m)
}

// span returns the text of words [i, j).
func (c *composer) span(i, j int) string {
	if i >= j {
		return ""
	}
	return c.text(int(c.ws[i].start), int(c.ws[j-1].end))
}

// text returns doc[start:end], or the token texts in that range when doc does not
// hold it.
func (c *composer) text(start, end int) string {
	if start >= 0 && end <= len(c.doc) && start <= end {
		return c.doc[start:end]
	}
	var b strings.Builder
	for _, t := range c.toks {
		if t.Start >= start && t.End <= end {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(t.Text)
		}
	}
	return b.String()
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// personID is the entity id of a composed person.
func personID(country, name string) string {
	if country == "" {
		return "name/" + slug(name)
	}
	return "name/" + country + "/" + slug(name)
}
