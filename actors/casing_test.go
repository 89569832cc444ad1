package actors

import "testing"

func TestNameCasing(t *testing.T) {
	tests := []struct {
		in, title, person string
	}{
		{"VLADIMIR PUTIN", "Vladimir Putin", "Vladimir Putin"},
		{"WANG YI", "Wang YI", "Wang Yi"},
		{"XI JINPING", "XI Jinping", "Xi Jinping"},
		{"U.N. SECURITY COUNCIL", "U.N. Security Council", "U.N. Security Council"},
		{"UN HUMAN RIGHTS COUNCIL", "UN Human Rights Council", "Un Human Rights Council"},
		{"FSB", "FSB", "FSB"},
		{"ABDUL-MALIK AL-HOUTHI", "Abdul-Malik Al-Houthi", "Abdul-Malik Al-Houthi"},
	}
	for _, tc := range tests {
		if got := titleCase(tc.in); got != tc.title {
			t.Errorf("titleCase(%q) = %q, want %q", tc.in, got, tc.title)
		}
		if got := casedWords(tc.in, true); got != tc.person {
			t.Errorf("casedWords(%q, person) = %q, want %q", tc.in, got, tc.person)
		}
	}
}
