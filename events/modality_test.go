package events

import "testing"

func TestIntentAndRejectCodes(t *testing.T) {
	tests := []struct{ code, intent, reject string }{
		{"042", "036", "125"},
		{"046", "036", "125"},
		{"057", "032", "127"},
		{"062", "0312", "1212"},
		{"073", "0333", "1223"},
		{"0841", "0353", "1243"},
		{"163", "1312", ""},
		{"190", "1384", ""},
		{"1662", "136", ""}, // withdrawing inspectors: threaten to halt international involvement
		{"195", "1384", ""},
		{"112", "112", ""}, // an accusation has no intent form and no rejection
		{"", "", ""},
	}
	for _, tc := range tests {
		if got := intentCode(tc.code); got != tc.intent {
			t.Errorf("intentCode(%q) = %q, want %q", tc.code, got, tc.intent)
		}
		if got := rejectCode(tc.code); got != tc.reject {
			t.Errorf("rejectCode(%q) = %q, want %q", tc.code, got, tc.reject)
		}
	}
}

// TestIntentCodesExist checks that every code the modality tables produce
// is in the CAMEO table.
func TestIntentCodesExist(t *testing.T) {
	tab := testCoder().Table
	for _, m := range []map[string]string{intentByCode, intentByRoot, rejectByCode, rejectByRoot} {
		for from, to := range m {
			if _, ok := tab.Lookup(to); !ok {
				t.Errorf("%s → %s: not a CAMEO code", from, to)
			}
		}
	}
}
