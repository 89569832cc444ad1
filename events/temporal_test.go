package events

import "testing"

// TestTemporal checks the heads of time expressions in any case, and words
// that are none.
func TestTemporal(t *testing.T) {
	l := runLayers(t, "Russia met Iran on WEDNESDAY morning in march last week, not in Tehran today.", "2024-03-01")
	s := &l.pd.Sentences[0]
	want := map[string]bool{"WEDNESDAY": true, "morning": true, "march": true, "week": true, "today": true,
		"Russia": false, "met": false, "Iran": false, "Tehran": false, "last": false}
	for i := 0; i < s.Len(); i++ {
		w, ok := want[s.Form(i)]
		if ok && temporal(s, i) != w {
			t.Errorf("temporal(%q) = %v, want %v", s.Form(i), !w, w)
		}
	}
}
