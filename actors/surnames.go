package actors

import (
	"slices"

	"entente/actors/dict"
)

// Leaders by title and surname. CountryInfo gives its leaders full names only
// ("ABDELAZIZ_BOUTEFLIKA_"), while news writes "President Bouteflika". A title
// followed by one capitalised word that is the last word of exactly one
// leader's names is that person, coded as the dictionary codes him on the
// article date, when the title fits that code: "President Bouteflika" →
// DZAGOV. The title fits when its role is part of the person's code. Left
// alone:
//   - a surname that several people of the dictionaries share ("President
//     Bush": George H. W. and George W.);
//   - a word that other entries or agents use ("Council", "Committee");
//   - a title that does not fit ("Judge Reeves" is not New Zealand's
//     governor-general, NZLELI; "Governor Christie" not a governor-general of
//     the Bahamas, BHSELI);
//   - a title inside a name ("Martin Luther King Day");
//   - a surname without a title ("Bouteflika said" stays a name for
//     coreference).
//
// The leaders are the CountryInfo people of the Phoenix files and the dated
// entries of the lists of people by office, *.people.actors.txt (entente's
// supplement of leaders since 2014: "President Nawrocki" → POLGOV).

// surnameIndex maps the last word of the names of person entries to the entry,
// -1 when people with different names share it.
type surnameIndex map[uint32]int32

// addPerson records the surnames of entry idx, named name, from its phrases.
func (d *Dictionary) addPerson(si surnameIndex, owner map[uint32]string, idx int32, name string, phrases []dict.Phrase) {
	for _, p := range phrases {
		if len(p.Words) < 2 {
			continue
		}
		last := p.Words[len(p.Words)-1]
		if len(last) < 3 || !letters(last) || patronymic[p.Words[len(p.Words)-2]] {
			continue
		}
		id := d.intern(last)
		switch prev, seen := si[id]; {
		case !seen:
			si[id], owner[id] = idx, name
		case prev >= 0 && owner[id] != name:
			si[id] = -1
		}
	}
}

// patronymic are the words that put a father's name after a given name
// ("MOHAMMED_BIN_SALMAN_"): the word after them is no surname ("King Salman"
// is the father).
var patronymic = map[string]bool{"BIN": true, "IBN": true, "BINT": true}

// letters reports whether w is upper-case letters A–Z only.
func letters(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return w != ""
}

// surnamePerson returns the dictionary person a title's one-word name stands
// for (see above); ok is false when there is none or it has no code on the
// article date.
func (c *composer) surnamePerson(r *role) (actorView, bool) {
	if r.nameI == 0 || r.nameJ-r.nameI != 1 || r.post >= 0 {
		return actorView{}, false
	}
	if i := r.i; i > 1 && c.ws[i-2].sent == c.ws[i].sent && c.nameWord(i-1, true) {
		return actorView{}, false // the title is part of a name: "Martin Luther King Day"
	}
	idx, ok := c.d.surnames[c.ws[r.nameI].id]
	if !ok || idx < 0 {
		return actorView{}, false
	}
	v, ok := c.view(idx)
	if !ok || v.typ != TypePerson || !titleFits(r.code, v.agent) {
		return actorView{}, false
	}
	return v, true
}

// titleFits reports whether a title with role code role may name a person
// whose code has the agent part agent (see above).
func titleFits(role, agent string) bool {
	parts := chunks(agent)
	if len(role) < 3 {
		return false
	}
	return slices.Contains(parts, role[:3])
}

// dropCommonSurnames removes from the index the words that other actor
// entries or agents use ("COUNCIL", "ASSEMBLY", "KING"): such a word after a
// title is the name of a body or a role more often than a surname.
func (d *Dictionary) dropCommonSurnames(set *dict.Set) {
	drop := func(ws []string) {
		for _, w := range ws {
			if id := d.words.getString(w); id != 0 {
				delete(d.surnames, id)
			}
		}
	}
	for i := range set.Actors {
		a := &set.Actors[i]
		if leaderEntry(a) {
			continue
		}
		for _, p := range a.Phrases {
			drop(p.Words)
		}
	}
	for i := range set.Agents {
		drop(set.Agents[i].Phrase.Words)
	}
}
