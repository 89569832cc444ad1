package quotes

import (
	"strings"
	"unicode"

	"entente/text"
)

// dedupe merges quotes printed more than once. Each quote is cut into its
// sentences; a quote all of whose sentences belong to other quotes is a repeat
// (a pull quote, or a passage printed again in pieces): it is dropped and its
// place added to the occurrences of the quotes it repeats. Of two quotes with
// the same sentences the first is kept.
func dedupe(td *text.Doc, qs []Quote) []Quote {
	keys := make([][]string, len(qs))
	owner := map[string][]int{}
	for i, q := range qs {
		if !q.Direct {
			continue
		}
		keys[i] = sentenceKeys(td, q.Span)
		for _, k := range keys[i] {
			owner[k] = append(owner[k], i)
		}
	}
	dropped := make([]bool, len(qs))
	for i, q := range qs {
		if !q.Direct || len(keys[i]) == 0 {
			continue
		}
		// The quotes other than i that share its sentences and have no
		// sentence outside them.
		var parts []int
		covered := true
		for _, k := range keys[i] {
			found := -1
			for _, j := range owner[k] {
				if j != i && !dropped[j] && subset(keys[j], keys[i]) && keeps(qs, keys, j, i) {
					found = j
					break
				}
			}
			if found < 0 {
				covered = false
				break
			}
			parts = appendUnique(parts, found)
		}
		if !covered {
			continue
		}
		dropped[i] = true
		for _, j := range parts {
			qs[j].Occurrences = append(qs[j].Occurrences, q.Span)
			sortSpans(qs[j].Occurrences)
			if qs[j].Start > q.Start && len(parts) == 1 && len(keys[j]) == len(keys[i]) {
				// The first occurrence is the one printed first.
				qs[j].Span, qs[j].Text = q.Span, q.Text
			}
		}
	}
	out := qs[:0]
	for i, q := range qs {
		if !dropped[i] && !q.unattributed {
			out = append(out, q)
		}
	}
	return out
}

// keeps reports whether quote j, whose sentences are all in quote i, is kept
// over i: it has fewer sentences, or as many and is attributed where i is not,
// or comes first. An unattributed quote never absorbs an attributed one.
func keeps(qs []Quote, keys [][]string, j, i int) bool {
	if qs[j].unattributed && !qs[i].unattributed {
		return false
	}
	if len(keys[j]) < len(keys[i]) {
		return true
	}
	if qs[i].unattributed && !qs[j].unattributed {
		return true
	}
	return j < i
}

// sentenceKeys returns the normalised words of each sentence piece of span,
// skipping pieces of fewer than three words.
func sentenceKeys(td *text.Doc, sp text.Span) []string {
	var keys []string
	for si := td.SentenceAt(sp.Start); si >= 0 && si < len(td.Sentences) && td.Sentences[si].Start < sp.End; si++ {
		s := td.Sentences[si]
		lo, hi := max(s.Start, sp.Start), min(s.End, sp.End)
		words := strings.FieldsFunc(strings.ToLower(td.Text[lo:hi]), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r)
		})
		if len(words) >= 3 {
			keys = append(keys, strings.Join(words, " "))
		}
	}
	return keys
}

func subset(a, b []string) bool {
	for _, x := range a {
		found := false
		for _, y := range b {
			found = found || x == y
		}
		if !found {
			return false
		}
	}
	return len(a) > 0
}

func appendUnique(xs []int, x int) []int {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}

func sortSpans(s []text.Span) {
	for i := 1; i < len(s); i++ {
		for k := i; k > 0 && s[k].Start < s[k-1].Start; k-- {
			s[k], s[k-1] = s[k-1], s[k]
		}
	}
}
