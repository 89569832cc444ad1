package actors

import (
	"testing"

	"entente/actors/dict"
)

func TestPersonAndLeaderEntries(t *testing.T) {
	entry := func(name, file, comment string, rules ...dict.Rule) *dict.Actor {
		return &dict.Actor{Phrases: []dict.Phrase{{Text: name}}, Rules: rules, Comment: comment, File: file}
	}
	datedGov := dict.Rule{Code: "USAGOV", From: 20170120}
	tests := []struct {
		name           string
		a              *dict.Actor
		person, leader bool
	}{
		{"countryinfo leader", entry("ABDELAZIZ_BOUTEFLIKA_", "Phoenix.Countries.actors.txt", "CountryInfo.txt", dict.Rule{Code: "DZAGOV"}), true, true},
		{"dated person of the people file", entry("DONALD_TRUMP_", "entente.people.actors.txt", "", datedGov), true, true},
		{"dated person elsewhere", entry("SOMEONE_", "Phoenix.Countries.actors.txt", "", datedGov), true, false},
		{"undated entry", entry("GLOBAL_TIMES_", "entente.actors.txt", "", dict.Rule{Code: "CHNGOVMED"}), false, false},
		{"dated group of the groups file", entry("TALIBAN_", "entente.groups.actors.txt", "", dict.Rule{Code: "AFGGOV", From: 20210815}), false, false},
		{"dated body", entry("THE_ISLAMIC_STATE", "Phoenix.Countries.actors.txt", "", dict.Rule{Code: "IMGMUSISI", From: 20130408}), false, false},
	}
	for _, tc := range tests {
		if got := personEntry(tc.a); got != tc.person {
			t.Errorf("%s: personEntry = %v, want %v", tc.name, got, tc.person)
		}
		if got := leaderEntry(tc.a); got != tc.leader {
			t.Errorf("%s: leaderEntry = %v, want %v", tc.name, got, tc.leader)
		}
	}
}
