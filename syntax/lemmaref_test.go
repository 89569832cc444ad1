package syntax

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// The lemmatiser's first implementation, kept as the reference that
// TestLemmaReference compares the allocation-free lemma with.

// applyRef applies the rule to form; ok is false when the form is too short.
func (r lemmaRule) applyRef(form string) (string, bool) {
	base := form
	if r.Lower {
		base = strings.ToLower(form)
	}
	if r.Strip > len(base) || !utf8.ValidString(base[:len(base)-r.Strip]) {
		return "", false
	}
	if r.Strip == 0 && r.Add == "" {
		return base, true
	}
	return base[:len(base)-r.Strip] + r.Add, true
}

// lemmaRef returns the lemma of form tagged xpos.
func (lz *lemmatizer) lemmaRef(form, xpos string) string {
	if i, ok := lz.exact.get(lemmaKey(hashString(form), xpos)); ok {
		return lz.strs[i]
	}
	if i, ok := lz.lower.get(lemmaKey(hashLower(form), xpos)); ok {
		if l, ok := lz.rules[i].applyRef(form); ok {
			return l
		}
	}
	// Unknown form: the rules of its suffixes, longest first; the first
	// result that is a lemma seen in training wins ("blamed" -> "blame",
	// not "blam"), else the result of the longest suffix.
	low := strings.ToLower(form)
	first := ""
	for k := min(maxLemmaSuffix, len(low)); k >= 0; k-- {
		if k > 0 && !utf8.RuneStart(low[len(low)-k]) {
			continue
		}
		if i, ok := lz.suffix.get(suffixKey(low[len(low)-k:], xpos)); ok {
			if l, ok := lz.rules[i].applyRef(form); ok && l != "" {
				if _, known := lz.known.get(hashString(l)); known {
					return l
				}
				if first == "" {
					first = l
				}
			}
		}
	}
	if first != "" {
		return first
	}
	return form
}

// TestLemmaReference checks that lemma returns what lemmaRef returns for
// the words of the EWT test set (when present) and odd strings, under every
// XPOS of the model.
func TestLemmaReference(t *testing.T) {
	m := defaultModel(t)
	forms := []string{"", "a", "A", "Vetoed", "VETOED", "blamed", "U.S.", "n't", "Ünïcödé", "ÉTÉS", "naïvely",
		"straße", "İstanbul", "\xff\xfe", "ab\xffcd", "ǅemal", "日本語", "running", "Running", "-", "...", "x-rays"}
	for _, s := range benchSentences(t) {
		for _, f := range s {
			forms = append(forms, f, strings.ToUpper(f), strings.ToUpper(f[:1])+f[1:])
		}
	}
	seen := map[string]bool{}
	var buf []byte
	n := 0
	for _, f := range forms {
		if seen[f] {
			continue
		}
		seen[f] = true
		for _, c := range m.tagger.classes {
			var got string
			got, buf = m.lem.lemma(f, c.XPOS, buf)
			if want := m.lem.lemmaRef(f, c.XPOS); got != want {
				t.Errorf("lemma(%q, %s) = %q, want %q", f, c.XPOS, got, want)
			}
			n++
		}
	}
	t.Logf("%d lemmas compared", n)
}
