package syntax

import (
	"strings"
	"unicode/utf8"
)

// lemma returns the lemma of form tagged xpos, using buf as scratch space
// (returned for reuse). Known forms take their lemma from the exception
// table, else from the rule of their lower-cased form. For an unknown form
// the rules of its suffixes are tried, longest first; the first result
// that is a lemma seen in training wins ("blamed" -> "blame", not "blam"),
// else the result of the longest suffix. Candidates are hashed without
// building them, so only a returned lemma that is neither stored nor a
// prefix of form is allocated.
func (lz *lemmatizer) lemma(form, xpos string, buf []byte) (string, []byte) {
	xh := hashString(xpos)
	if i, ok := lz.exact.get(finish(mix(hashString(form), xh))); ok {
		return lz.strs[i], buf
	}
	low := appendLower(buf[:0], form)
	if i, ok := lz.lower.get(finish(mix(hashLower(form), xh))); ok {
		if c, ok := newLemmaCand(lz.rules[i], form, low); ok {
			return c.text(form, low), low
		}
	}
	var first lemmaCand
	found := false
	for k := min(maxLemmaSuffix, len(low)); k >= 0; k-- {
		if k > 0 && !utf8.RuneStart(low[len(low)-k]) {
			continue
		}
		key := finish(mix(mix(hashBytes(low[len(low)-k:]), xh), uint64(k)+1))
		i, ok := lz.suffix.get(key)
		if !ok {
			continue
		}
		c, ok := newLemmaCand(lz.rules[i], form, low)
		if !ok || c.n+len(c.add) == 0 {
			continue
		}
		if _, known := lz.known.get(c.hash(form, low)); known {
			return c.text(form, low), low
		}
		if !found {
			first, found = c, true
		}
	}
	if found {
		return first.text(form, low), low
	}
	return form, low
}

// appendLower appends strings.ToLower(s) to buf, without allocating for
// ASCII s.
func appendLower(buf []byte, s string) []byte {
	start := len(buf)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return append(buf[:start], strings.ToLower(s)...)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

// lemmaCand is the result of a lemma rule on a form: the first n bytes of
// the form (or of its lower-cased copy) followed by add.
type lemmaCand struct {
	lower bool
	n     int
	add   string
}

// newLemmaCand applies r to form, whose lower-cased copy is low; ok is
// false when the form is too short or the cut splits a character.
func newLemmaCand(r lemmaRule, form string, low []byte) (lemmaCand, bool) {
	if r.Lower {
		n := len(low) - r.Strip
		if n < 0 || !utf8.Valid(low[:n]) {
			return lemmaCand{}, false
		}
		return lemmaCand{lower: true, n: n, add: r.Add}, true
	}
	n := len(form) - r.Strip
	if n < 0 || !utf8.ValidString(form[:n]) {
		return lemmaCand{}, false
	}
	return lemmaCand{n: n, add: r.Add}, true
}

// hash returns hashString of the candidate's text.
func (c lemmaCand) hash(form string, low []byte) uint64 {
	var h uint64
	if c.lower {
		h = hashBytes(low[:c.n])
	} else {
		h = hashString(form[:c.n])
	}
	for i := 0; i < len(c.add); i++ {
		h ^= uint64(c.add[i])
		h *= fnvPrime
	}
	return h
}

// text returns the candidate as a string.
func (c lemmaCand) text(form string, low []byte) string {
	if c.lower && c.n <= len(form) && form[:c.n] == string(low[:c.n]) {
		c.lower = false // the form is already lower-case there
	}
	if !c.lower {
		if c.add == "" {
			return form[:c.n]
		}
		return form[:c.n] + c.add
	}
	var b strings.Builder
	b.Grow(c.n + len(c.add))
	b.Write(low[:c.n])
	b.WriteString(c.add)
	return b.String()
}
