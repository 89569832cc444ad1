package petreval

import (
	"strings"
	"unicode"

	"entente/actors"
	"entente/text"
)

// reject applies PETRARCH's checks before coding: a story-level discard
// phrase, a sentence-level one, or a dateline. It returns the reason, or "".
func reject(s string, td *text.Doc, d *actors.Dictionary) string {
	sentence := false
	for _, m := range d.Discards(td.Tokens) {
		if m.Story {
			return RejectStoryDiscard
		}
		sentence = true
	}
	if sentence {
		return RejectSentenceDiscard
	}
	if dateline(s) {
		return RejectDateline
	}
	return ""
}

// datelineMax is the longest place name a dateline may open with, in bytes.
const datelineMax = 40

// dateline reports whether s opens with a wire dateline: an upper-case place
// name of at most a few words followed by ":" or "--" ("CEBU CITY: -- …",
// "WASHINGTON -- …").
func dateline(s string) bool {
	end := -1
	for _, sep := range []string{":", "--", "—"} {
		if i := strings.Index(s, sep); i >= 0 && (end < 0 || i < end) {
			end = i
		}
	}
	if end <= 0 || end > datelineMax {
		return false
	}
	head := strings.TrimSpace(s[:end])
	words := strings.Fields(head)
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	letters := 0
	for _, c := range head {
		switch {
		case unicode.IsLower(c):
			return false
		case unicode.IsUpper(c):
			letters++
		}
	}
	return letters >= 2
}
