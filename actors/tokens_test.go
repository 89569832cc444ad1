package actors

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"entente/text"
)

// splitTokens is the tests' own simple tokenizer: white space separates tokens,
// leading and trailing punctuation become tokens of their own (but the periods
// of "U.S." or "D.C." stay), and a sentence ends after ".", "!" or "?" followed
// by an upper-case word.
func splitTokens(doc string) []text.Token {
	var toks []text.Token
	sent := 0
	i := 0
	for i < len(doc) {
		r, size := utf8.DecodeRuneInString(doc[i:])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		j := i
		for j < len(doc) {
			r, size := utf8.DecodeRuneInString(doc[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += size
		}
		toks = appendChunk(toks, doc, i, j, &sent)
		i = j
	}
	return toks
}

const edgePunct = ",;:!?()[]{}\"“”‘’'«»…"

func appendChunk(toks []text.Token, doc string, i, j int, sent *int) []text.Token {
	var tail []text.Token
	for i < j {
		r, size := utf8.DecodeRuneInString(doc[i:])
		if !strings.ContainsRune(edgePunct, r) {
			break
		}
		toks = append(toks, text.Token{Start: i, End: i + size, Text: doc[i : i+size], Sentence: *sent})
		i += size
	}
	end := false
	for j > i {
		r, size := utf8.DecodeLastRuneInString(doc[i:j])
		if r == '.' && !abbrev(doc[i:j]) || strings.ContainsRune(edgePunct, r) && !(r == '’' || r == '\'') || (r == '’' || r == '\'') && j-size > i && doc[j-size-1] != 's' {
			tail = append(tail, text.Token{Start: j - size, End: j, Text: doc[j-size : j]})
			if r == '.' || r == '!' || r == '?' {
				end = true
			}
			j -= size
			continue
		}
		break
	}
	if j > i {
		toks = append(toks, text.Token{Start: i, End: j, Text: doc[i:j], Sentence: *sent})
	}
	for k := len(tail) - 1; k >= 0; k-- {
		tail[k].Sentence = *sent
		toks = append(toks, tail[k])
	}
	if end {
		*sent++
	}
	return toks
}

// abbrev reports whether w ends with an abbreviation period: "U.S.", "D.C.", "Oct.".
func abbrev(w string) bool {
	if strings.Count(w, ".") > 1 {
		return true
	}
	switch strings.TrimRight(w, ".") {
	case "Oct", "Nov", "Dec", "Jan", "Feb", "Mr", "Mrs", "Dr", "Gen", "St":
		return true
	}
	return false
}
