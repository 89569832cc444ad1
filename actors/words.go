package actors

import (
	"entente/actors/internal/norm"
	"entente/text"
)

// word is a normalized word of the article, located in the article text.
type word struct {
	start, end int32
	id         uint32 // 0: not a dictionary word
	sent       int32
	flags      norm.Flags
	letters    uint8
}

// atom is a dictionary match over words [i, j).
type atom struct {
	i, j  int32
	actor int32 // index into Dictionary.entries, or -1
	agent int32 // index into Dictionary.agents, or -1
}

// scratch holds the per-call buffers of a match, reused through a pool.
type scratch struct {
	sp    norm.Splitter
	words []word
	atoms []atom
}

// words splits the tokens into normalized words.
func (d *Dictionary) splitWords(sc *scratch, toks []text.Token) []word {
	ws := sc.words[:0]
	for ti := range toks {
		t := &toks[ti]
		s := t.Text
		if key, h, flags, ok := asciiWord(sc.sp.Buf(), s); ok {
			// Fast path: a token of ASCII letters is one word.
			ws = append(ws, word{start: int32(t.Start), end: int32(t.End), id: d.words.getHashed(key, h),
				sent: int32(t.Sentence), flags: flags, letters: uint8(len(s))})
			continue
		}
		for i := 0; ; {
			w, next, ok := sc.sp.Next(s, i)
			if !ok {
				break
			}
			ws = append(ws, word{
				start:   int32(t.Start + w.Start),
				end:     int32(t.Start + w.End),
				id:      d.words.get(w.Key),
				sent:    int32(t.Sentence),
				flags:   w.Flags,
				letters: w.Letters,
			})
			i = next
		}
	}
	sc.words = ws
	return ws
}

// asciiWord upper-cases a token made only of ASCII letters (at most 64) into buf
// and hashes it; ok is false for any other token.
func asciiWord(buf []byte, s string) (key []byte, h uint64, flags norm.Flags, ok bool) {
	if len(s) == 0 || len(s) > 64 {
		return nil, 0, 0, false
	}
	buf = buf[:0]
	h = fnvOffset
	lower := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z':
			c -= 'a' - 'A'
			lower = true
		case c >= 'A' && c <= 'Z':
		default:
			return nil, 0, 0, false
		}
		buf = append(buf, c)
		h = (h ^ uint64(c)) * fnvPrime
	}
	if s[0] <= 'Z' {
		flags |= norm.Upper
	}
	if !lower {
		flags |= norm.AllUpper
	}
	return buf, h | 1, flags, true
}
