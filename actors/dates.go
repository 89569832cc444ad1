package actors

import (
	"slices"

	"entente/actors/dict"
)

// selectRule returns the index of the rule of entry e on date d, or -1: the
// rule dict.SelectIndex picks (the dated rule containing d, else the default).
// When no rule covers d and there is no default, an entry that names a lasting
// actor is still what it was last: a state that ended stays that state
// (Czechoslovakia in an article of 2010 is CSK, not nothing), and a person
// whose record follows his life (an elite rule, ELI, before or after office:
// the dictionaries' leaders) keeps his last status (Reagan: USAELI). That is
// the dated rule that ended last before d, or, when every rule starts after d,
// the one that starts first. Other dated entries — officials listed for their
// term only ("GEORGE_WALLACE_ [LBRGOV 060401-070831]", a Liberian minister),
// bodies of a past regime — have no code outside their dates: their names then
// belong to others.
func selectRule(e *entry, d dict.Date) int {
	i := dict.SelectIndex(e.rules, d)
	if i >= 0 || d == 0 || !e.lasting {
		return i
	}
	before, after := -1, -1
	for k, r := range e.rules {
		switch {
		case !r.Dated():
		case r.To != 0 && r.To < d:
			if before < 0 || r.To > e.rules[before].To {
				before = k
			}
		case r.From > d:
			if after < 0 || r.From < e.rules[after].From {
				after = k
			}
		}
	}
	if before >= 0 {
		return before
	}
	return after
}

// lasting reports whether rules describe a lasting actor (see selectRule):
// every code a country's, or some code an elite's (ELI).
func (ci *codeInfo) lasting(rules []dict.Rule) bool {
	states := len(rules) > 0
	for _, r := range rules {
		if _, agent := ci.split(r.Code); slices.Contains(chunks(agent), "ELI") {
			return true
		}
		if len(r.Code) != 3 || !ci.countries[r.Code] {
			states = false
		}
	}
	return states
}
