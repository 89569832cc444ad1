package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"entente/text"
)

// confDash is the confidence of an epigraph-style attribution.
const confDash = 0.8

// dashAttribution attributes a quotation followed by a dash and a name on
// the same line — the vox-pop and epigraph form “…” ― Sonya Herridge — to
// that name. It reads the text, not the parse: such lines are rarely
// sentences.
func (x *extractor) dashAttribution(q *Quote, tq text.Quote) bool {
	i := tq.Close
	if _, n := utf8.DecodeRuneInString(x.src[i:]); n > 0 {
		i += n // the closing mark
	}
	i = skipBlanks(x.src, i)
	r, n := utf8.DecodeRuneInString(x.src[i:])
	if n == 0 || !isDash(r) {
		return false
	}
	i = skipBlanks(x.src, i+n)
	start, end, words := i, i, 0
	for words < 6 {
		if r, _ := utf8.DecodeRuneInString(x.src[i:]); !unicode.IsUpper(r) {
			break
		}
		j := i
		for j < len(x.src) {
			r, n := utf8.DecodeRuneInString(x.src[j:])
			if !unicode.IsLetter(r) && r != '.' && r != '-' && r != '\'' && r != '’' {
				break
			}
			j += n
		}
		end, words = j, words+1
		if j >= len(x.src) || x.src[j] != ' ' {
			break
		}
		i = j + 1
	}
	if words == 0 || words > 5 {
		return false
	}
	name := strings.TrimRight(x.src[start:end], ".")
	rest := skipBlanks(x.src, start+len(name))
	for rest < len(x.src) && x.src[rest] == '.' {
		rest = skipBlanks(x.src, rest+1)
	}
	if rest < len(x.src) && x.src[rest] != '\n' && x.src[rest] != ',' && !opensQuote(x.src[rest:]) {
		// the name ends its line, runs into the next quotation, or takes an
		// appositive ("― Maria Lopez, a senior analyst")
		return false
	}
	sp := text.Span{Start: start, End: start + len(name)}
	q.SpeakerMention = &Mention{Span: sp, Text: name, Form: "name"}
	q.Speaker = Speaker{Name: name}
	if e, _ := x.cd.At(sp.Start, sp.End); e != nil {
		q.Speaker = x.speakerFromEntity(e)
	} else if e := x.personIn(sp); e != nil {
		q.Speaker = x.speakerFromEntity(e)
	}
	q.Confidence = confDash
	return true
}

// skipBlanks returns the offset of the first byte at or after i that is not
// a space, a tab or a no-break space.
func skipBlanks(s string, i int) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r != ' ' && r != '\t' && r != '\u00a0' {
			return i
		}
		i += n
	}
	return i
}

// isDash reports whether r is a dash that can introduce an attribution.
func isDash(r rune) bool {
	switch r {
	case '―', '—', '–', '-':
		return true
	}
	return false
}

// opensQuote reports whether s starts with a quotation mark.
func opensQuote(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	switch r {
	case '“', '”', '"', '‘', '\'':
		return true
	}
	return false
}
