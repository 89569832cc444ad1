package syntax

import (
	"strings"
	"testing"
)

// prepared returns the atoms of the words of text as the default model's
// tagger prepares them, before and after headline folding.
func prepared(t *testing.T, text string) (words []string, plain, folded []tokAtoms, tg *tagger) {
	t.Helper()
	tg = defaultModel(t).tagger
	words = strings.Fields(text)
	plain = make([]tokAtoms, len(words))
	tg.prepareWith(tg.amb, words, plain, nil)
	folded = make([]tokAtoms, len(words))
	tg.prepare(words, folded, nil)
	return words, plain, folded, tg
}

func TestIsHeadline(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Obama Seeks More Muslim Refugees As He Recognizes Major Islamic Holiday", true},
		{"Russia Says It Will Send Troops To The Border", true},
		{"China urged Israel to exercise restraint .", false},
		{"Kofi Annan Visits Gaza", true}, // three words after the first
		{"Annan Visits Gaza", false},     // too short to tell
		{"Many Thanks John Smith", true}, // isHeadline alone; styledCapitals rules this out
		{"The United Nations said on Monday that aid would arrive .", false},
	}
	for _, tc := range tests {
		at := make([]tokAtoms, 0)
		var buf []byte
		for i, w := range strings.Fields(tc.text) {
			at = append(at, tokAtoms{})
			buf = computeAtoms(&at[i], w, i, buf)
		}
		if got := isHeadline(at); got != tc.want {
			t.Errorf("isHeadline(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestStyledCapitals(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Russia Says It Will Send Troops To The Border", true}, // "The", "It"
		{"Obama Seeks More Muslim Refugees As He Recognizes Major Islamic Holiday", true},
		{"Enron Broadband Services , Inc. Phone 713", false}, // a signature: names and nouns only
		{"Many Thanks John Smith", false},
		{"Iran Warns US Against Military Strike On Nuclear Sites", true}, // prepositions
		{"The Art of Calligraphy in Modern China", false},                // minor words in lower case
	}
	for _, tc := range tests {
		_, plain, _, tg := prepared(t, tc.text)
		if got := tg.styledCapitals(plain); got != tc.want {
			t.Errorf("styledCapitals(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestFoldHeadline(t *testing.T) {
	words, plain, folded, tg := prepared(t, "Putin Seeks More Muslim Refugees As He Recognizes Major Islamic Holiday")
	lower := func(w string, i int) tokAtoms {
		var a tokAtoms
		computeAtoms(&a, strings.ToLower(w), i, nil)
		return a
	}
	for i, w := range words {
		got := folded[i]
		switch w {
		case "Putin": // seen as a name only: unchanged
			if got.form != plain[i].form || got.flags != plain[i].flags {
				t.Errorf("%s: folded, want it kept as a name", w)
			}
		default:
			want := lower(w, i)
			if got.form != want.form || got.shape != want.shape || got.flags != want.flags || got.lower != plain[i].lower || got.amb != plain[i].amb {
				t.Errorf("%s: atoms not those of %q (form %x/%x shape %x/%x flags %b/%b)", w, strings.ToLower(w),
					got.form, want.form, got.shape, want.shape, got.flags, want.flags)
			}
		}
	}
	if !tg.onlyName(plain[0].amb) {
		t.Errorf("onlyName(amb of Putin) = false")
	}
	// Sentences that are not headlines keep their atoms.
	_, plain, folded, _ = prepared(t, "Enron Broadband Services , Inc. Phone 713")
	for i := range plain {
		if plain[i] != folded[i] {
			t.Errorf("signature word %d folded", i)
		}
	}
}
