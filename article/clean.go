package article

import (
	"strings"
	"unicode/utf8"
)

// block is a paragraph: consecutive non-blank lines.
type block struct {
	lines []string
}

// cleaned is the result of the boilerplate rules over a list of blocks.
type cleaned struct {
	paragraphs []string
	byline     string
}

// CleanText applies the line-based cleaner to scraped plain text and returns the
// clean body: paragraphs (blocks of lines separated by blank lines, inner line
// breaks folded to spaces) with boilerplate removed, joined by blank lines.
func CleanText(raw string) string {
	return strings.Join(cleanBlocks(splitBlocks(raw)).paragraphs, "\n\n")
}

// splitBlocks normalises line endings and white space and groups lines into blocks.
func splitBlocks(raw string) []block {
	raw = strings.TrimPrefix(raw, "\uFEFF")
	raw = strings.ReplaceAll(raw, "\r\n", "\n")
	raw = strings.ReplaceAll(raw, "\r", "\n")
	var blocks []block
	var cur []string
	for line := range strings.SplitSeq(raw, "\n") {
		line = normaliseSpace(line)
		if line == "" {
			if len(cur) > 0 {
				blocks = append(blocks, block{lines: cur})
				cur = nil
			}
			continue
		}
		cur = append(cur, line)
	}
	if len(cur) > 0 {
		blocks = append(blocks, block{lines: cur})
	}
	return blocks
}

// normaliseSpace trims a line and folds runs of spaces, tabs and no-break spaces
// to one space. Other characters are kept as printed.
func normaliseSpace(line string) string {
	if isPlainSpaced(line) {
		return line
	}
	var b strings.Builder
	b.Grow(len(line))
	space := false
	for _, r := range line {
		switch r {
		case ' ', '\t', '\f', '\v', '\u00A0', '\u2009', '\u200A', '\u202F', '\u2007', '\u3000':
			space = b.Len() > 0
			continue
		case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD':
			continue // zero-width characters and soft hyphens
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// isPlainSpaced reports whether a line needs no normalisation: no leading or
// trailing space, no double spaces and only ASCII white space, so that the common
// case allocates nothing.
func isPlainSpaced(line string) bool {
	if line == "" {
		return true
	}
	if line[0] == ' ' || line[len(line)-1] == ' ' {
		return false
	}
	prevSpace := false
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case c == ' ':
			if prevSpace {
				return false
			}
			prevSpace = true
			continue
		case c == '\t' || c == '\f' || c == '\v':
			return false
		case c >= utf8.RuneSelf:
			return false
		}
		prevSpace = false
	}
	return true
}

// cleanBlocks drops boilerplate lines and promo blocks, lifts a leading byline out
// of the body, and folds the remaining lines of each block into one paragraph.
func cleanBlocks(blocks []block) cleaned {
	var out cleaned
	for bi, b := range blocks {
		var kept []string
		promo := false
		for li, line := range b.lines {
			switch classifyLine(line) {
			case junkLine:
				continue
			case promoLine:
				// A promo line takes the short lines after it in its block
				// with it ("Subscribe now to" / "the Daily Kickoff").
				promo = true
				continue
			case bylineLine:
				if out.byline == "" && len(out.paragraphs) < 4 {
					out.byline = strings.TrimSpace(line[2:])
					continue
				}
			}
			if promo && li > 0 && len(line) < 80 && !endsSentence(line) {
				continue
			}
			promo = false
			kept = append(kept, line)
		}
		if len(kept) == 0 {
			continue
		}
		para := strings.Join(kept, " ")
		if bi == len(blocks)-1 && isTrailingStub(para, out.paragraphs) {
			continue
		}
		out.paragraphs = append(out.paragraphs, para)
	}
	return out
}

// endsSentence reports whether a line ends like a sentence.
func endsSentence(line string) bool {
	line = strings.TrimRight(line, "”’\"') ")
	if line == "" {
		return false
	}
	switch line[len(line)-1] {
	case '.', '!', '?', ':', ';':
		return true
	}
	return false
}

// isTrailingStub reports whether the last paragraph is a short dangling fragment of
// page furniture (a newsletter name, a tag list) rather than prose: at most four
// words, no sentence end, after a body of several paragraphs.
func isTrailingStub(para string, before []string) bool {
	return len(before) >= 3 && len(strings.Fields(para)) <= 4 && !endsSentence(para) &&
		!strings.ContainsAny(para, "“”\"")
}
