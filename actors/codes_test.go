package actors

import "testing"

func TestIsSectorCode(t *testing.T) {
	for _, tc := range []struct {
		code string
		want bool
	}{
		{"GOV", true}, {"EDU", true}, {"REL", true}, {"IMG", true}, {"PRE", true}, {"MEDGOV", true},
		{"RUS", false}, {"RUSGOV", false}, {"JEW", false}, {"MUS", false}, {"IGOUNO", false},
		{"NGO", false}, {"GO", false}, {"", false}, {"ELIA", true}, {"IMGMUSALQ", false},
	} {
		if got := IsSectorCode(tc.code); got != tc.want {
			t.Errorf("IsSectorCode(%q) = %v, want %v", tc.code, got, tc.want)
		}
	}
}

// TestCountryNames checks that a code shared by a country and its
// territories is named after the country.
func TestCountryNames(t *testing.T) {
	d := mustDict(t)
	for _, tc := range []struct{ in, code, want string }{
		{"France and Germany agreed.", "FRA", "France"},
		{"the United States said", "USA", "United States of America"},
		{"Britain said", "GBR", "United Kingdom"},
	} {
		ms := resolved(t, d, tc.in, d2023)
		if len(ms) == 0 || ms[0].Code != tc.code || ms[0].Name != tc.want {
			t.Errorf("%q: got %+v, want %s named %q", tc.in, ms, tc.code, tc.want)
		}
	}
}

func TestRefines(t *testing.T) {
	ci := &mustDict(t).codes
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"USALEG", "LEG", true}, {"CHNGOV", "GOV", true}, {"LEG", "USALEG", false}, {"USAGOV", "LEG", false},
		{"USALEG", "USALEG", false}, {"MNCUSA", "USA", false}, {"IGOUNO", "UNO", false},
	} {
		if got := ci.refines(tc.a, tc.b); got != tc.want {
			t.Errorf("refines(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
