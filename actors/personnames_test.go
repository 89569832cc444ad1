package actors

import "testing"

// TestPersonNames checks that places and roles inside people's names are no
// mentions of the place or role, and that the same words elsewhere still are.
func TestPersonNames(t *testing.T) {
	d := mustDict(t)
	for _, c := range []struct {
		name, in, text, code string // text "": no mention of code at all
	}{
		{"surname nationality", "inviting billionaire Mark Cuban to sit in the front row", "", "CUB"},
		{"surname country", "said Rep. Jim Jordan of Ohio", "", "JOR"},
		{"surname after initial", "said Benjamin J. Rhodes, an aide", "", "GRC"},
		{"first name country", "said Chad Bown, an expert", "", "TCD"},
		{"first name city", "reporting by Lawrence Hurley in Washington", "", "USA"},
		{"nationality still", "the Cuban government said", "Cuban government", "CUBGOV"},
		{"country after lower case", "talks with Jordan ended", "Jordan", "JOR"},
		{"country opening sentence", "Jordan said it would help.", "Jordan", "JOR"},
		{"country before day", "in Chad Monday, rebels", "Chad", "TCD"},
		{"abbreviation before name", "the U.S. Capitol Police said", "U.S.", "USA"},
		{"two nationalities", "a Mexican American family", "Mexican", "MEX"},
		{"headline", "Obama Meets Cuban Leaders In Havana", "Cuban", "CUB"},
		{"surname role", "said Larry King, a host", "", "GOV"},
		{"surname role after Mr.", "Mr. King said the show ran.", "", "GOV"},
		{"surname dean", "called on Howard Dean to apologize", "", "EDU"},
		{"title before name stays", "House Speaker Mike Johnson said", "House Speaker Mike Johnson", "LEG"},
		{"role after article stays", "the Democratic Senator said", "Senator", "LEG"},
		{"role after nationality stays", "the Saudi King said", "Saudi King", "SAUGOV"},
		{"direction before country", "an organization in Northern Ireland", "Ireland", "IRL"},
		{"direction before old name", "a village in Western Kampuchea", "Kampuchea", "KHM"},
		{"function word before country", "Feb 18, In Afghanistan U.S. special forces opened fire", "Afghanistan", "AFG"},
		{"article before nationality", "he said: An Israeli airstrike hit", "Israeli", "ISR"},
		{"kind of state after country", "The Malagasy Republic and Seychelles met", "Malagasy", "MDG"},
		{"city in another country's state", "a campaign stop in Toledo, Ohio, that day", "", "ESP"},
		{"the state stays", "a campaign stop in Toledo, Ohio, that day", "Ohio", "USA"},
		{"city of its own country", "fighting in Mosul, Iraq, on Monday", "Mosul", "IRQ"},
		{"list of countries", "Russia, Ukraine and France signed it.", "Russia", "RUS"},
		{"list of countries with commas", "Israel, Jordan, Egypt and Syria signed it.", "Israel", "ISR"},
		{"apposition after a country", "Even China, Pyongyang's only ally, said", "China", "CHN"},
		{"place then subject", "A year later, in Paris, the United States led talks.", "Paris", "FRAGOV"},
		{"list with etc", "groups in Iraq, Syria, etc. is not going", "Iraq", "IRQ"},
		{"name opening a sentence, seen inside one", "They invited Mark Cuban. Mark Cuban knows it.", "", "CUB"},
		{"country opening a sentence, no name elsewhere", "Mark Cuba on the map. Cuba said no.", "Cuba", "CUB"},
		{"institution stays", "debated at Hofstra University on Monday", "University", "EDU"},
		{"Mr. President stays", "Mr. President, you said", "President", "GOV"},
	} {
		ms := resolved(t, d, c.in, d2023)
		if c.text == "" {
			for _, m := range ms {
				if m.Code == c.code {
					t.Errorf("%s: %q: unexpected %+v", c.name, c.in, m)
				}
			}
			continue
		}
		m, ok := find(ms, c.text)
		if !ok || m.Code != c.code {
			t.Errorf("%s: %q: got %+v, want %q %s", c.name, c.in, ms, c.text, c.code)
		}
	}
}

// TestNamesAroundPlacesAndLearned checks a name that ends in a place's word
// and learned one-word names inside other people's names.
func TestNamesAroundPlacesAndLearned(t *testing.T) {
	d := mustDict(t)
	for _, c := range []struct {
		name, in, text, code string // code "": no mention with text
	}{
		{"name ends in a country", "said Rep. Jim Jordan (R-Ohio), a member", "Rep. Jim Jordan", "LEG"},
		{"learned surname", "Sen. Ted Budd spoke. Later Budd said no.", "Budd", "LEG"},
		{"learned with and without a country", "Sen. Ted Budd spoke. Sen. Ted Budd of Texas spoke. Later Budd said no.", "Budd", "USALEG"},
		{"one person in two roles", "presidential candidate Bernie Sandlin spoke. Vermont Sen. Bernie Sandlin spoke. Later Sandlin said no.", "Sandlin", "USALEG"},
		{"full name and title with surname", "Sen. Bernie Sandlin spoke. Senator Sandlin agreed. Later Sandlin said no.", "Sandlin", "LEG"},
		{"learned for two actors", "Sen. Ted Budd spoke. Gov. Rafael Budd of Texas spoke. Later Budd said no.", "Budd", ""},
		{"learned surname in another name", "Sen. Ted Budd spoke. His father Rafael Budd came.", "Rafael Budd", ""},
		{"learned first name in another name", "Sen. David Perdue spoke. David Plouffe said no.", "David", ""},
		{"learned surname as a first name", "Sen. Mike Lee spoke. He met Lee Harvey Oswald.", "Lee", ""},
		{"learned from a dictionary person", "Hillary Clinton spoke. Later Clinton said no.", "Clinton", "USAELI"},
		{"learned from two dictionary persons", "Hillary Clinton spoke. Bill Clinton spoke. Later Clinton said no.", "Clinton", ""},
	} {
		ms := resolved(t, d, c.in, d2023)
		var got []Mention
		for _, m := range ms {
			if m.Text == c.text || c.code == "" && m.Start >= len(c.in)/2 && m.Text == c.text[len(c.text)-len(m.Text):] {
				got = append(got, m)
			}
		}
		switch {
		case c.code == "" && len(got) > 0:
			t.Errorf("%s: %q: unexpected %+v", c.name, c.in, got)
		case c.code != "" && (len(got) == 0 || got[len(got)-1].Code != c.code):
			t.Errorf("%s: %q: got %+v, want %q %s", c.name, c.in, ms, c.text, c.code)
		}
	}
}

// TestCountryAfterName checks "of" and a country after a role's name.
func TestCountryAfterName(t *testing.T) {
	d := mustDict(t)
	for _, c := range []struct {
		name, in, text, code, person string
	}{
		{"state after name", "In January, Gov. Earl Ray Tomblin of West Virginia lauded him.", "Gov. Earl Ray Tomblin of West Virginia", "USAGOV", "Earl Ray Tomblin"},
		{"country after name", "said Commerce Minister Wang Wentao of China on Monday", "Commerce Minister Wang Wentao of China", "CHNGOV", "Wang Wentao"},
		{"no of: no country", "Rep. Elijah Cummings in Maryland said", "Rep. Elijah Cummings", "LEG", "Elijah Cummings"},
	} {
		ms := resolved(t, d, c.in, d2023)
		m, ok := find(ms, c.text)
		if !ok || m.Text != c.text || m.Code != c.code || m.Name != c.person {
			t.Errorf("%s: %q: got %+v, want %q %s named %q", c.name, c.in, ms, c.text, c.code, c.person)
		}
	}
}
