package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a raw token located by half-open byte offsets into a source text.
type Span struct {
	Start, End int
}

// Word is a UD syntactic word located in a source text, so that
// src[Start:End] == Form.
type Word struct {
	Form       string
	Start, End int
}

// UDWords splits raw tokens of src into UD English (EWT-style) words,
// keeping exact byte offsets: for every returned w, src[w.Start:w.End] ==
// w.Form. Spans outside src, inverted or empty are skipped.
func UDWords(src string, toks []Span) []Word {
	out := make([]Word, 0, len(toks)+len(toks)/8)
	for _, t := range toks {
		if t.Start < 0 || t.End > len(src) || t.Start >= t.End {
			continue
		}
		tok := src[t.Start:t.End]
		for _, p := range splitPieces(tok, nil) {
			out = append(out, Word{Form: tok[p[0]:p[1]], Start: t.Start + p[0], End: t.Start + p[1]})
		}
	}
	return out
}

// SplitWord splits one raw token into UD words following the English EWT
// conventions: clitics are separated ("don't" -> "do" "n't", "can't" ->
// "ca" "n't", "Israel's" -> "Israel" "'s", "we'll" -> "we" "'ll",
// "parents'" -> "parents" "'", also with the curly apostrophe ’), "cannot",
// "gonna", "wanna" and "gotta" are split in two, and hyphenated compounds
// are split around the hyphen ("American-proposed" -> "American" "-"
// "proposed") except after common prefixes ("re-elect", "co-founder") and
// single letters ("e-mail"). Abbreviations such as "U.S." stay whole. The
// pieces concatenate to tok.
func SplitWord(tok string) []string {
	ps := splitPieces(tok, nil)
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = tok[p[0]:p[1]]
	}
	return out
}

// keptPrefix reports whether p (lower case) is a prefix that EWT keeps
// attached to the rest of a hyphenated word.
func keptPrefix(p string) bool {
	switch p {
	case "anti", "bi", "co", "counter", "de", "ex", "inter", "mid", "mis", "multi",
		"non", "over", "pre", "pro", "re", "semi", "sub", "tri", "un", "vice":
		return true
	}
	return false
}

// splitPieces appends to dst the [start, end) byte ranges of the words of tok.
func splitPieces(tok string, dst [][2]int) [][2]int {
	if tok == "" {
		return dst
	}
	// Hyphenated compounds: split at hyphens between letters.
	start := 0
	for i := 0; i < len(tok); i++ {
		if tok[i] != '-' || i == 0 || i == len(tok)-1 {
			continue
		}
		left, right := tok[start:i], tok[i+1:]
		if !splitHyphen(left, right) {
			continue
		}
		dst = splitClitics(tok, start, i, dst)
		dst = append(dst, [2]int{i, i + 1})
		start = i + 1
	}
	return splitClitics(tok, start, len(tok), dst)
}

// splitHyphen reports whether a hyphen between the word part left and the
// rest right separates two words.
func splitHyphen(left, right string) bool {
	next := right
	if j := strings.IndexByte(next, '-'); j >= 0 {
		next = next[:j]
	}
	if !allLetters(left) || !allLetters(next) {
		return false
	}
	if utf8.RuneCountInString(left) == 1 || utf8.RuneCountInString(next) == 1 {
		return false
	}
	return !keptPrefix(strings.ToLower(left))
}

func allLetters(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// splitClitics appends the pieces of tok[start:end] after splitting clitics.
func splitClitics(tok string, start, end int, dst [][2]int) [][2]int {
	w := tok[start:end]
	if len(w) == 6 && strings.EqualFold(w, "cannot") {
		return append(dst, [2]int{start, start + 3}, [2]int{start + 3, end})
	}
	if len(w) == 5 && (strings.EqualFold(w, "gonna") || strings.EqualFold(w, "wanna") || strings.EqualFold(w, "gotta")) {
		return append(dst, [2]int{start, start + 3}, [2]int{start + 3, end})
	}
	if !strings.ContainsAny(w, "'’") {
		return append(dst, [2]int{start, end})
	}
	// The contractions split off the end of a word, in lower case with a
	// straight apostrophe.
	for _, c := range [...]string{"n't", "'s", "'m", "'d", "'ll", "'ve", "'re"} {
		for _, form := range [2]string{c, strings.Replace(c, "'", "’", 1)} {
			n := len(form)
			if len(w) <= n || !strings.EqualFold(w[len(w)-n:], form) {
				continue
			}
			cut := end - n
			if !hasLetterOrDigit(tok[start:cut]) {
				return append(dst, [2]int{start, end})
			}
			return append(dst, [2]int{start, cut}, [2]int{cut, end})
		}
	}
	// Plural possessive: "parents'" -> "parents" "'".
	for _, apo := range [2]string{"'", "’"} {
		if strings.HasSuffix(w, apo) && len(w) > len(apo)+1 {
			prev, _ := utf8.DecodeLastRuneInString(w[:len(w)-len(apo)])
			if prev == 's' || prev == 'S' {
				cut := end - len(apo)
				return append(dst, [2]int{start, cut}, [2]int{cut, end})
			}
		}
	}
	return append(dst, [2]int{start, end})
}

func hasLetterOrDigit(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
