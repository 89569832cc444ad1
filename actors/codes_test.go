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
