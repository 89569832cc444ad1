package petreval

import "testing"

func TestDateline(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"CEBU CITY: -- Cordova Mayor Adelino Sitoy and the town's fisherfolk filed a suit.", true},
		{"WASHINGTON -- The president said on Monday that talks would resume.", true},
		{"MOSCOW, Oct. 3 — The Kremlin said …", false}, // not recognised: a date (lower case) before the dash
		{"KABUL: Afghan forces retook the district.", true},
		{"Arnor is about to restore full diplomatic ties with Gondor.", false},
		{"The spokesman said: talks will resume.", false},
		{"U.N.: a resolution.", true},
		{"A: B", false},                                                // one letter is no place name
		{"THE UNITED NATIONS SECURITY COUNCIL OF THE WORLD: x", false}, // too many words
		{"No separator at all", false},
	}
	for _, tc := range tests {
		if got := dateline(tc.text); got != tc.want {
			t.Errorf("dateline(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
