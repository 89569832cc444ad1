package actors

import "testing"

// TestLeaders checks entente's supplement of people in office since 2014
// (dict/entente/entente.people.actors.txt): codes that follow the offices of
// a person through the years, people the Phoenix files lack, entries that
// replace stale Phoenix ones, and the names their entries teach.
func TestLeaders(t *testing.T) {
	checkCases(t, []mentionCase{
		// Phoenix lists Guterres as a Portuguese politician (PRTELI).
		{"guterres prime minister", "Antonio Guterres said it.", "2000-01-01", "Antonio Guterres", "PRTGOV", nil},
		{"guterres refugees", "Antonio Guterres said it.", "2010-01-01", "Antonio Guterres", "IGOUNOREFHCR", nil},
		{"guterres secretary-general", "Antonio Guterres said it.", "2023-05-01", "Antonio Guterres", "IGOUNO", nil},
		{"guterres accent and surname", "Then António Guterres spoke. Guterres said it.", "2023-05-01", "Guterres", "IGOUNO", nil},
		{"ban ki-moon after the UN", "Ban Ki-moon said it.", "2018-01-01", "Ban Ki-moon", "KORELI", nil},

		// Donald Trump: missing from Phoenix.
		{"trump candidate", "Donald Trump said it.", "2016-06-01", "Donald Trump", "USAELI", nil},
		{"trump president", "Donald Trump said it.", "2018-06-01", "Donald Trump", "USAGOV", nil},
		{"trump between terms", "Donald Trump said it.", "2022-06-01", "Donald Trump", "USAELI", nil},
		{"trump second term", "Donald Trump said it.", "2025-03-01", "Donald Trump", "USAGOV", nil},
		{"trump threatened iran", "Donald Trump threatened Iran.", "2018-06-01", "Donald Trump", "USAGOV", nil},
		{"trump with title", "President Trump said it.", "2019-06-01", "President Trump", "USAGOV", nil},
		{"trump surname", "On Monday, Trump said it.", "2019-06-01", "Trump", "USAGOV", nil},
		{"trump family opening a sentence", "Melania Trump said it.", "2018-06-01", "Melania Trump", "USAELI", nil},
		{"trump adviser", "Ivanka Trump said it.", "2018-06-01", "Ivanka Trump", "USAGOV", nil},
		{"trump administration", "The Trump administration said it.", "2022-06-01", "Trump administration", "USAGOV", nil},

		// Biden: Phoenix has him vice president with no end.
		{"biden vice president", "Joe Biden said it.", "2015-06-01", "Joe Biden", "USAGOV", nil},
		{"biden out of office", "Joe Biden said it.", "2018-06-01", "Joe Biden", "USAELI", nil},
		{"biden president", "Joe Biden said it.", "2022-06-01", "Joe Biden", "USAGOV", nil},
		{"biden after", "Joe Biden said it.", "2025-06-01", "Joe Biden", "USAELI", nil},
		{"pence governor", "Mike Pence said it.", "2016-06-01", "Mike Pence", "USAGOV", nil},
		{"hegseth", "Pete Hegseth said it.", "2025-06-01", "Pete Hegseth", "USAGOVMIL", nil},
		{"senator", "Bernie Sanders said it.", "2016-06-01", "Bernie Sanders", "USAGOVLEG", nil},

		// Ukraine: Zelensky is missing from Phoenix, and "President Zelensky"
		// had no country.
		{"zelensky", "Volodymyr Zelensky said it.", "2023-05-01", "Volodymyr Zelensky", "UKRGOV", nil},
		{"zelenskyy", "On Monday, Zelenskyy said it.", "2023-05-01", "Zelenskyy", "UKRGOV", nil},
		{"zelensky with title", "President Zelensky said it.", "2023-05-01", "President Zelensky", "UKRGOV", nil},
		{"zelensky before office", "Volodymyr Zelensky said it.", "2018-05-01", "Volodymyr Zelensky", "UKRELI", nil},

		// Heads of organisations.
		{"stoltenberg nato", "Jens Stoltenberg said it.", "2020-06-01", "Jens Stoltenberg", "IGOWSTNAT", nil},
		{"stoltenberg norway again", "Jens Stoltenberg said it.", "2025-06-01", "Jens Stoltenberg", "NORGOV", nil},
		{"von der leyen", "Ursula von der Leyen said it.", "2023-06-01", "Ursula von der Leyen", "IGOEUREEC", nil},

		// Israel: Netanyahu led the opposition between his terms.
		{"netanyahu opposition", "Benjamin Netanyahu said it.", "2022-01-01", "Benjamin Netanyahu", "ISROPP", nil},
		{"netanyahu back", "Benjamin Netanyahu said it.", "2024-01-01", "Benjamin Netanyahu", "ISRGOV", nil},
		{"gallant defence", "Yoav Gallant said it.", "2023-06-01", "Yoav Gallant", "ISRGOVMIL", nil},

		// Non-state leaders and the Syrian transition.
		{"haniyeh prime minister", "Ismail Haniyeh said it.", "2006-06-01", "Ismail Haniyeh", "PSEGOV", nil},
		{"haniyeh hamas", "Ismail Haniyeh said it.", "2020-06-01", "Ismail Haniyeh", "PSEREBHMS", nil},
		{"sinwar", "Yahya Sinwar said it.", "2023-06-01", "Yahya Sinwar", "PSEREBHMS", nil},
		{"naim qassem", "Naim Qassem said it.", "2024-11-01", "Naim Qassem", "LBNREB", nil},
		{"houthi leader", "Abdul-Malik al-Houthi said it.", "2024-01-01", "Abdul-Malik al-Houthi", "YEMREB", nil},
		{"jolani rebel", "Abu Mohammad al-Jolani said it.", "2020-06-01", "Abu Mohammad al-Jolani", "SYRREBMUS", nil},
		{"al-sharaa president", "Ahmed al-Sharaa said it.", "2025-03-01", "Ahmed al-Sharaa", "SYRGOV", nil},
		{"assad ruler", "Bashar al-Assad said it.", "2020-06-01", "Bashar al-Assad", "SYRGOV", nil},
		{"assad fallen", "Bashar al-Assad said it.", "2025-03-01", "Bashar al-Assad", "SYRELI", nil},
		{"taliban insurgent", "Hibatullah Akhundzada said it.", "2020-06-01", "Hibatullah Akhundzada", "AFGREB", nil},
		{"taliban government", "Hibatullah Akhundzada said it.", "2022-06-01", "Hibatullah Akhundzada", "AFGGOV", nil},
		{"al-hayya", "Khalil al-Hayya said it.", "2024-06-01", "Khalil al-Hayya", "PSEREBHMS", nil},
		{"witkoff envoy", "Steve Witkoff said it.", "2025-03-01", "Steve Witkoff", "USAGOV", nil},
		{"lazzarini unrwa", "Philippe Lazzarini said it.", "2024-06-01", "Philippe Lazzarini", "IGOUNOREFCHR", nil},
		{"turk without the umlaut", "Volker Turk said it.", "2024-06-01", "Volker Turk", "IGOUNOHRIHCH", nil},
		{"prigozhin wagner", "Yevgeny Prigozhin said it.", "2023-06-01", "Yevgeny Prigozhin", "RUSUAF", nil},

		// China's foreign ministers, named without their title.
		{"wang yi", "Wang Yi said it.", "2024-03-01", "Wang Yi", "CHNGOV", nil},
		{"qin gang minister", "Qin Gang said it.", "2023-03-01", "Qin Gang", "CHNGOV", nil},
		{"qin gang removed", "Qin Gang said it.", "2024-03-01", "Qin Gang", "CHNELI", nil},
		{"counterpart", "Wang Yi met his Israeli counterpart.", "2024-03-01", "Israeli counterpart", "ISRGOV", nil},

		// Others the Phoenix files lack or keep in an old office.
		{"kim jong un", "Kim Jong Un said it.", "2020-06-01", "Kim Jong Un", "PRKGOV", nil},
		{"mbs", "Mohammed bin Salman said it.", "2020-06-01", "Mohammed bin Salman", "SAUGOV", nil},
		{"orban", "Viktor Orban said it.", "2020-06-01", "Viktor Orban", "HUNGOV", nil},
		{"erdogan diacritics", "Recep Tayyip Erdoğan said it.", "2023-06-01", "Recep Tayyip Erdoğan", "TURGOV", nil},
		{"saudi king abdullah alive", "Abdullah said it.", "2010-06-01", "Abdullah", "SAUGOV", nil},
		{"saudi king abdullah dead", "Abdullah said it.", "2024-06-01", "Abdullah", "", nil},

		// A title with the surname of a listed leader (surnames.go), not with a
		// patronymic ("bin Hamad" is Tamim's father, not Bahrain's king).
		{"title and surname", "President Nawrocki said it.", "2025-09-01", "President Nawrocki", "POLGOV", nil},
		{"title and surname of a king", "King Salman said it.", "2020-06-01", "King Salman", "SAUGOV", nil},
		{"no surname after bin", "King Hamad said it.", "2020-06-01", "King Hamad", "!QATGOV", nil},

		// A listed person teaches his name for the rest of the article.
		{"learned from a listed person", "Sen. Ted Cruz spoke. Later Cruz said no.", "2016-06-01", "Cruz", "USAGOVLEG", nil},
		{"learned without the honorific", "Sheikh Tamim bin Hamad Al Thani spoke. Later Tamim said no.", "2018-06-01", "Tamim", "QATGOV", nil},
	})
}

// TestDatedGroups checks entente.groups.actors.txt: groups whose code
// follows the date, and stay groups (not persons) for it.
func TestDatedGroups(t *testing.T) {
	checkCases(t, []mentionCase{
		{"taliban first government", "The Taliban said it.", "1998-06-01", "Taliban", "AFGGOV", nil},
		{"taliban insurgency", "The Taliban said it.", "2015-06-01", "Taliban", "AFGREB", nil},
		{"taliban government again", "The Taliban said it.", "2023-06-01", "Taliban", "AFGGOV", nil},
		{"hts rebels", "Hayat Tahrir al-Sham said it.", "2020-06-01", "Hayat Tahrir al-Sham", "SYRREB", nil},
		{"hts in damascus", "Hayat Tahrir al-Sham said it.", "2025-02-01", "Hayat Tahrir al-Sham", "SYRGOV", nil},
	})
	d := mustDict(t)
	for _, date := range []string{"2015-06-01", "2023-06-01"} {
		ms := resolved(t, d, "The Taliban said it.", day(date))
		if len(ms) == 0 || ms[0].Type == TypePerson {
			t.Errorf("%s: the Taliban are %s, want a group, not a person", date, summary(ms))
		}
	}
	// Phoenix dates some bodies too: THE_ISLAMIC_STATE [IMGMUSISI >20130408]
	for _, in := range []string{"Obama fought the Islamic State.", "The Syrian National Council said it."} {
		ms := resolved(t, d, in, day("2016-01-01"))
		for _, m := range ms {
			if m.Type == TypePerson && m.Text != "Obama" {
				t.Errorf("%q: %q is typed a person", in, m.Text)
			}
		}
	}
}

func TestBodyName(t *testing.T) {
	tests := []struct {
		name string
		body bool
	}{
		{"THE_ISLAMIC_STATE", true},
		{"SUDAN_PEOPLE'S_LIBERATION_ARMY", true},
		{"SYRIAN_NATIONAL_COUNCIL_", true},
		{"ROSEMARY_BANKS_", false},
		{"EAMON_COURTNEY_", false},
		{"XI_JINPING_", false},
	}
	for _, tc := range tests {
		if got := bodyName(tc.name); got != tc.body {
			t.Errorf("bodyName(%q) = %v, want %v", tc.name, got, tc.body)
		}
	}
}
