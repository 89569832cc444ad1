package text

import "hash/maphash"

// Paragraphs splits text at blank lines (a line break, optional white space, and
// another line break) and marks paragraphs whose text repeats an earlier one.
// Paragraphs never include their surrounding white space.
func Paragraphs(text string) []Paragraph {
	var paras []Paragraph
	start := -1
	lastNonSpace := -1
	newlines := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch c {
		case '\n':
			newlines++
			if newlines >= 2 && start >= 0 {
				paras = append(paras, Paragraph{Span: Span{start, lastNonSpace + 1}, RepeatOf: -1})
				start = -1
			}
			continue
		case ' ', '\t', '\r', '\v', '\f':
			continue
		}
		newlines = 0
		if start < 0 {
			start = i
		}
		lastNonSpace = i
	}
	if start >= 0 {
		paras = append(paras, Paragraph{Span: Span{start, lastNonSpace + 1}, RepeatOf: -1})
	}
	markRepeats(text, paras)
	return paras
}

// markRepeats sets RepeatOf for paragraphs printed earlier with identical text.
func markRepeats(text string, paras []Paragraph) {
	if len(paras) < 2 {
		return
	}
	seed := maphash.MakeSeed()
	seen := make(map[uint64]int, len(paras))
	for i := range paras {
		p := text[paras[i].Start:paras[i].End]
		if len(p) < 20 {
			continue // short lines ("Yes.") repeat by chance
		}
		h := maphash.String(seed, p)
		if j, ok := seen[h]; ok && text[paras[j].Start:paras[j].End] == p {
			paras[i].RepeatOf = j
			continue
		}
		seen[h] = i
	}
}
