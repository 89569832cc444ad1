package text

import "testing"

func TestCalendarWords(t *testing.T) {
	for _, tc := range []struct {
		w                               string
		weekday, month, adverb, dayPart bool
	}{
		{"Monday", true, false, false, false},
		{"Sunday", true, false, false, false},
		{"Saturday", true, false, false, false},
		{"monday", false, false, false, false},
		{"MONDAY", false, false, false, false},
		{"March", false, true, false, false},
		{"December", false, true, false, false},
		{"may", false, false, false, false},
		{"today", false, false, true, false},
		{"tonight", false, false, true, false},
		{"Today", false, false, false, false},
		{"night", false, false, false, true},
		{"afternoon", false, false, false, true},
		{"weekend", false, false, false, false},
		{"", false, false, false, false},
	} {
		if got := IsWeekday(tc.w); got != tc.weekday {
			t.Errorf("IsWeekday(%q) = %v", tc.w, got)
		}
		if got := IsMonth(tc.w); got != tc.month {
			t.Errorf("IsMonth(%q) = %v", tc.w, got)
		}
		if got := IsDayAdverb(tc.w); got != tc.adverb {
			t.Errorf("IsDayAdverb(%q) = %v", tc.w, got)
		}
		if got := IsDayPart(tc.w); got != tc.dayPart {
			t.Errorf("IsDayPart(%q) = %v", tc.w, got)
		}
	}
}
