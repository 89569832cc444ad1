package actors

import (
	"slices"
	"strings"

	"entente/actors/dict"
)

// Which dictionary entries are persons. The Phoenix files mark their
// CountryInfo leaders with the comment "CountryInfo.txt"; other persons are
// told by dated codes (a person holds an office for a time), unless the
// entry is a group whose code changed (entente's *.groups.actors.txt) or
// is named like a body. A person's mention is typed TypePerson and cased as
// a name; leaders (leaderEntry) also lend their surnames to titles.

// personEntry reports whether actor entry a names a person.
func personEntry(a *dict.Actor) bool {
	return countryInfoPerson(a) || (dated(a) && !groupsFile(a.File) && !bodyName(a.Name()))
}

// leaderEntry reports whether actor entry a is a leader whose surname may
// follow a title (surnames.go): a CountryInfo person, or a dated entry of a
// *.people.actors.txt file.
func leaderEntry(a *dict.Actor) bool {
	return countryInfoPerson(a) || (strings.HasSuffix(a.File, ".people.actors.txt") && dated(a))
}

// countryInfoPerson reports whether a is one of the CountryInfo people the
// Phoenix files carry, marked by their comment.
func countryInfoPerson(a *dict.Actor) bool { return strings.Contains(a.Comment, "CountryInfo") }

// dated reports whether one of a's codes holds for a time only.
func dated(a *dict.Actor) bool { return slices.ContainsFunc(a.Rules, dict.Rule.Dated) }

// bodyWords name organisations, not people: a dated entry named with one
// (Phoenix's THE_ISLAMIC_STATE [IMGMUSISI >20130408], SUDAN_PEOPLE'S_
// LIBERATION_ARMY, SYRIAN_NATIONAL_COUNCIL_) is a body whose code changed,
// no person in office.
var bodyWords = map[string]bool{"STATE": true, "GROUP": true, "FRONT": true, "PARTY": true,
	"ARMY": true, "MOVEMENT": true, "BRIGADE": true, "BRIGADES": true, "ORGANIZATION": true,
	"ORGANISATION": true, "COUNCIL": true, "FORCES": true, "NETWORK": true, "COMMITTEE": true,
	"UNION": true, "ALLIANCE": true, "ASSOCIATION": true, "MINISTRY": true, "AGENCY": true,
	"COMMISSION": true, "LEAGUE": true, "CONGRESS": true}

// bodyName reports whether an actor entry's name is an organisation's: it
// opens with "the" or holds one of bodyWords as a word.
func bodyName(name string) bool {
	ws := strings.FieldsFunc(strings.ToUpper(name), func(r rune) bool { return r == '_' || r == ' ' })
	for i, w := range ws {
		if (i == 0 && w == "THE") || bodyWords[w] {
			return true
		}
	}
	return false
}

// groupsFile reports whether file is a list of groups whose code changes
// with the date (*.groups.actors.txt, such as entente's Taliban entry):
// its dated entries are no persons.
func groupsFile(file string) bool {
	return strings.HasSuffix(file, ".groups.actors.txt")
}
