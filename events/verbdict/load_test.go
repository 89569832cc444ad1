package verbdict

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"entente/events/cameo"
)

func mustLoad(t testing.TB) *Dictionary {
	t.Helper()
	d, err := Load()
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return d
}

// TestLoadCAMEO20 pins the counts of the embedded CAMEO.2.0.txt and the six
// oddities the parser works around in it.
func TestLoadCAMEO20(t *testing.T) {
	d := mustLoad(t)
	want := Stats{Blocks: 397, Verbs: 1817, Compounds: 129, Lemmas: 1686, Forms: 6735,
		Patterns: 4668, Synsets: 40, SynsetPhrases: 1000, Transformations: 8, Warnings: 6}
	if got := d.Stats(); got != want {
		t.Errorf("Stats = %+v\nwant    %+v", got, want)
	}
	var lines []int
	for _, w := range d.Warnings {
		lines = append(lines, w.Line)
	}
	if !slices.Equal(lines, []int{2194, 2374, 5787, 7606, 8443, 8444}) {
		t.Errorf("warnings on lines %v: %v", lines, d.Warnings)
	}
	nonCAMEO := 0
	for _, b := range d.Blocks {
		for _, p := range b.Patterns {
			for _, c := range []string{p.Code.Active, p.Code.Passive} {
				if c != "" && c != NullCode && !cameo.IsCode(c) {
					nonCAMEO++
				}
			}
		}
	}
	if nonCAMEO != 0 {
		t.Errorf("%d pattern codes are not CAMEO codes", nonCAMEO)
	}
}

func TestLookupCAMEO20(t *testing.T) {
	d := mustLoad(t)
	tests := []struct {
		form, lemmas string
	}{
		{"took", "take"}, {"left", "leave"}, {"says", "say"}, {"said", "say"},
		{"brought", "bring"}, {"sped", "speed"}, {"accused", "accuse"}, {"Attacked", "attack,attacked"},
		{"xyzzy", ""},
	}
	for _, tt := range tests {
		if got := strings.Join(d.Lemmas(tt.form), ","); got != tt.lemmas {
			t.Errorf("Lemmas(%q) = %q, want %q", tt.form, got, tt.lemmas)
		}
	}
	codes := []struct{ lemma, code, block string }{
		{"accuse", "112", "BLAME"}, {"say", "010", "EXPLAIN_VERBAL"}, {"attack", "190", "PHYSICAL_CONFLICT"},
		{"ask", "020", "ASK"},
	}
	for _, tt := range codes {
		c, ok := d.VerbCode(tt.lemma)
		if !ok || c.String() != tt.code {
			t.Errorf("VerbCode(%q) = %v %v, want %s", tt.lemma, c, ok, tt.code)
		}
		var single *Verb
		for _, v := range d.Verbs(tt.lemma) {
			if !v.IsCompound() {
				single = v
				break
			}
		}
		if single == nil || single.Block.Name != tt.block {
			t.Errorf("%s: block %v, want %s", tt.lemma, single, tt.block)
		}
	}
	var phrases []string
	for _, v := range d.Verbs("carry") {
		phrases = append(phrases, v.Phrase())
	}
	if strings.Join(phrases, "|") != "carry out|carry|carry out" {
		t.Errorf("Verbs(carry): %q", phrases)
	}
	tr := d.Transformations[0]
	if tr.Line != 9178 || tr.Match.Source != "a" || tr.Match.Inner == nil || !slices.Equal(tr.Match.Inner.Verbs, []string{"attack"}) ||
		!slices.Equal(tr.Match.Verbs, []string{"say"}) || tr.Code != "015" {
		t.Errorf("first transformation %+v", tr)
	}
	s, ok := d.Synset("LEADER")
	if !ok || !slices.ContainsFunc(s.Phrases, func(p []string) bool { return strings.Join(p, " ") == "prime ministers" }) {
		t.Errorf("&LEADER lacks \"prime ministers\": %v", s)
	}
}

// TestLoadValidateDictionaries parses the two PETRARCH unit-test verb
// dictionaries (not vendored).
func TestLoadValidateDictionaries(t *testing.T) {
	tests := []struct {
		path     string
		want     Stats
		warnings int
	}{
		{"petrarch2/PETR.Validate.verbs.txt",
			Stats{Blocks: 261, Verbs: 269, Compounds: 8, Lemmas: 266, Forms: 1051, Patterns: 474, Synsets: 17, SynsetPhrases: 115}, 16},
		{"UniversalPetrarch/PETR.Validate.verbs.2.0.txt",
			Stats{Blocks: 69, Verbs: 125, Compounds: 9, Lemmas: 118, Forms: 476, Patterns: 453, Synsets: 30, SynsetPhrases: 639}, 14},
	}
	for _, tt := range tests {
		d, err := LoadFile(filepath.Join(sharedDir, tt.path))
		if err != nil {
			if strings.Contains(err.Error(), "no such file") {
				t.Skipf("reference data not available (%v); it lives in ../shared in the development checkout", err)
			}
			t.Fatalf("%s: %v", tt.path, err)
		}
		got := d.Stats()
		got.Warnings = 0
		if got != tt.want || len(d.Warnings) != tt.warnings {
			t.Errorf("%s: %+v, %d warnings\nwant %+v, %d warnings", tt.path, got, len(d.Warnings), tt.want, tt.warnings)
		}
	}
}

// TestLoadEntente checks that the supplement loads without warnings and adds
// its patterns to verbs of the main file.
func TestLoadEntente(t *testing.T) {
	d, err := LoadEntente()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range d.Warnings {
		if w.File == SupplementName {
			t.Errorf("supplement warning: %v", w)
		}
	}
	tests := []struct {
		sentence []Token
		verb     int
		want     string
	}{
		{[]Token{{"Israel", "Israel", "PROPN"}, {"summoned", "summon", "VERB"}, {"Russia", "Russia", "PROPN"}, {"'s", "'s", "PART"}, {"ambassador", "ambassador", "NOUN"}, {".", ".", "PUNCT"}}, 1, "110"},
		{[]Token{{"Israel", "Israel", "PROPN"}, {"summoned", "summon", "VERB"}, {"supporters", "supporter", "NOUN"}, {".", ".", "PUNCT"}}, 1, "022"},
		{[]Token{{"Israel", "Israel", "PROPN"}, {"spoke", "speak", "VERB"}, {"out", "out", "ADP"}, {"against", "against", "ADP"}, {"China", "China", "PROPN"}, {".", ".", "PUNCT"}}, 1, "111"},
		{[]Token{{"Germany", "Germany", "PROPN"}, {"sent", "send", "VERB"}, {"a", "a", "DET"}, {"stern", "stern", "ADJ"}, {"message", "message", "NOUN"}, {".", ".", "PUNCT"}}, 1, "111"},
		{[]Token{{"Germany", "Germany", "PROPN"}, {"sent", "send", "VERB"}, {"a", "a", "DET"}, {"message", "message", "NOUN"}, {".", ".", "PUNCT"}}, 1, "040"},
		{[]Token{{"Germany", "Germany", "PROPN"}, {"pulled", "pull", "VERB"}, {"its", "its", "PRON"}, {"punches", "punch", "NOUN"}, {".", ".", "PUNCT"}}, 1, NullCode},
		{[]Token{{"China", "China", "PROPN"}, {"urged", "urge", "VERB"}, {"restraint", "restraint", "NOUN"}, {".", ".", "PUNCT"}}, 1, "025"},
		{[]Token{{"Clinton", "Clinton", "PROPN"}, {"seized", "seize", "VERB"}, {"upon", "upon", "ADP"}, {"a", "a", "DET"}, {"report", "report", "NOUN"}, {".", ".", "PUNCT"}}, 1, NullCode},
		{[]Token{{"Iran", "Iran", "PROPN"}, {"seized", "seize", "VERB"}, {"tankers", "tanker", "NOUN"}, {"on", "on", "ADP"}, {"Monday", "Monday", "PROPN"}, {".", ".", "PUNCT"}}, 1, "171"},
		// light verbs code only through a pattern
		{[]Token{{"Obama", "Obama", "PROPN"}, {"took", "take", "VERB"}, {"office", "office", "NOUN"}, {".", ".", "PUNCT"}}, 1, NullCode},
		{[]Token{{"Israel", "Israel", "PROPN"}, {"took", "take", "VERB"}, {"the", "the", "DET"}, {"town", "town", "NOUN"}, {".", ".", "PUNCT"}}, 1, "192"},
		{[]Token{{"Voters", "voter", "NOUN"}, {"want", "want", "VERB"}, {"change", "change", "NOUN"}, {".", ".", "PUNCT"}}, 1, NullCode},
		{[]Token{{"China", "China", "PROPN"}, {"urged", "urge", "VERB"}, {"action", "action", "NOUN"}, {".", ".", "PUNCT"}}, 1, "020"},
		{[]Token{{"Iran", "Iran", "PROPN"}, {"likened", "liken", "VERB"}, {"Israel", "Israel", "PROPN"}, {"to", "to", "ADP"}, {"the", "the", "DET"}, {"Nazis", "Nazi", "PROPN"}, {".", ".", "PUNCT"}}, 1, "111"},
		{[]Token{{"Germany", "Germany", "PROPN"}, {"pulled", "pull", "VERB"}, {"its", "its", "PRON"}, {"troops", "troop", "NOUN"}, {"back", "back", "ADV"}, {".", ".", "PUNCT"}}, 1, "0874"},
		{[]Token{{"Russia", "Russia", "PROPN"}, {"called", "call", "VERB"}, {"attention", "attention", "NOUN"}, {"to", "to", "ADP"}, {"Israel", "Israel", "PROPN"}, {".", ".", "PUNCT"}}, 1, NullCode},
		{[]Token{{"Russia", "Russia", "PROPN"}, {"called", "call", "VERB"}, {"Israel", "Israel", "PROPN"}, {".", ".", "PUNCT"}}, 1, "041"},
		{[]Token{{"Russia", "Russia", "PROPN"}, {"came", "come", "VERB"}, {"down", "down", "ADP"}, {"to", "to", "ADP"}, {"Israel", "Israel", "PROPN"}, {".", ".", "PUNCT"}}, 1, NullCode},
		{[]Token{{"Russia", "Russia", "PROPN"}, {"came", "come", "VERB"}, {"to", "to", "ADP"}, {"Israel", "Israel", "PROPN"}, {".", ".", "PUNCT"}}, 1, "040"},
	}
	for _, tc := range tests {
		q := Query{Tokens: tc.sentence, Verb: tc.verb, Actors: []Span{{0, 1}}}
		if tc.sentence[1].Lemma == "speak" {
			q.Actors = append(q.Actors, Span{4, 5})
		}
		m, ok := d.Match(q, Options{})
		if !ok || m.Code.Active != tc.want {
			t.Errorf("%s: got %v %v, want %s", tc.sentence[1].Word, m.Code, ok, tc.want)
		}
	}
}
