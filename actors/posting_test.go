package actors

import "testing"

// TestPostings checks Mention.Post: the country a role is posted to, apart
// from whose role it is.
func TestPostings(t *testing.T) {
	d := mustDict(t)
	for _, c := range []struct {
		name, in, text, code, post string
	}{
		{"bare role posted", "Chile recalled its ambassador to Israel.", "ambassador to Israel", "GOV", "ISR"},
		{"country's role posted", "Russian Ambassador to Israel Anatoly Viktorov said", "Russian Ambassador to Israel Anatoly Viktorov", "RUSGOV", "ISR"},
		{"of names whose role", "the ambassador of Poland said", "ambassador of Poland", "POLGOV", ""},
		{"no posting", "the Israeli ambassador said", "Israeli ambassador", "ISRGOV", ""},
		{"at a nationality's body", "The agents met senior officials at the Mauritanian Ministry of Foreign Affairs.", "officials at the Mauritanian", "MRTGOV", ""},
		{"at a nationality's embassy", "Police questioned two diplomats at the French embassy.", "diplomats at the French", "FRAGOV", ""},
		{"at a country is posted", "The ambassador at Israel said", "ambassador at Israel", "GOV", "ISR"},
		// a country's envoy to an organisation is the country's (envoys.go)
		{"nationality's envoy to the UN", "Russian U.N. Ambassador Vassily Nebenzia told the council", "Russian U.N. Ambassador Vassily Nebenzia", "RUSGOV", ""},
		{"country's envoy to the UN", "Russia's U.N. ambassador said", "Russia's U.N. ambassador", "RUSGOV", ""},
		{"organisation's envoy phrase", "The Chinese U.N. envoy said", "Chinese U.N. envoy", "CHNGOV", ""},
		{"envoy to NATO", "the U.S. NATO ambassador said", "U.S. NATO ambassador", "USAGOV", ""},
		{"country's name before an envoy to the UN", "Russia U.N. Ambassador Vassily Nebenzia said", "Russia U.N. Ambassador Vassily Nebenzia", "RUSGOV", ""},
		{"an organisation's own official stays its", "A Russian UN official said", "UN official", "IGOUNO", ""},
	} {
		ms := resolved(t, d, c.in, d2023)
		m, ok := find(ms, c.text)
		if !ok {
			t.Errorf("%s: %q: no mention %q in %+v", c.name, c.in, c.text, ms)
			continue
		}
		if m.Code != c.code || m.Post != c.post {
			t.Errorf("%s: %q: %q is %s posted to %q, want %s posted to %q", c.name, c.in, c.text, m.Code, m.Post, c.code, c.post)
		}
	}
}

// TestEnvoyMentionsDoNotOverlap: an envoy's composition is the only
// mention over its words (the country's name is not emitted again).
func TestEnvoyMentionsDoNotOverlap(t *testing.T) {
	d := mustDict(t)
	for _, in := range []string{"Russia U.N. Ambassador Vassily Nebenzia said", "Russian U.N. Ambassador Vassily Nebenzia said"} {
		ms := resolved(t, d, in, d2023)
		for i := 1; i < len(ms); i++ {
			if ms[i].Start < ms[i-1].End {
				t.Errorf("%q: mentions overlap: %q and %q", in, ms[i-1].Text, ms[i].Text)
			}
		}
	}
}
