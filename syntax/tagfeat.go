package syntax

import (
	"unicode"
	"unicode/utf8"
)

// Tagger feature template identifiers.
const (
	tfBias uint64 = iota + 1
	tfLower
	tfForm
	tfSuf1
	tfSuf2
	tfSuf3
	tfSuf4
	tfSuf5
	tfPre1
	tfPre2
	tfPre3
	tfShape
	tfFlags
	tfLowerM1
	tfLowerP1
	tfLowerM2
	tfLowerP2
	tfTagM1
	tfTagM2M1
	tfTagM1Lower
	tfSuf3M1
	tfSuf3P1
	tfAmb
	tfAmbP1
	tfAmbP2
	tfAmbM1
	tfLowerM1Lower
	tfLowerLowerP1
	tfTagM1Amb
	tfAmbAmbP1
	tfTagM1LowerP1
	tfShapeP1
	tfShapeM1
	tfFlagsLower
	tfCapTri
	tfSentCase
	tfSentCaseLower
	tfCapM1Lower
	tfCapP1Lower
	tfAmbTri
	tfTagM1AmbP1
	tfAmbM1Lower
	tfAmbP1Lower
)

// Sentinel atoms for positions outside the sentence.
// They are hashString("<s>"), hashString("</s>") and hashString("<none>")
// (TestAtoms checks this).
const (
	atomStart uint64 = 0x6fd48a182fe34c12
	atomEnd   uint64 = 0x7bd4011ad427ea99
	atomNone  uint64 = 0x77621236764fd319
)

// tokAtoms holds the hashed atomic properties of one word used by the
// tagger and the parser.
type tokAtoms struct {
	lower, form, shape, flags uint64
	suf                       [5]uint64 // suffixes of 1..5 runes of the lower-cased form
	pre                       [3]uint64 // prefixes of 1..3 runes
	amb                       uint64    // ambiguity class from the tag dictionary
	fixed                     int32     // class forced by the tag dictionary, or -1
	sentCase                  uint64    // bucket of the share of capitalised words in the sentence
}

// capMask selects the flags that describe capitalisation and word class.
const capMask = flagTitle | flagAllUpper | flagAlpha | flagDigit | flagPunct | flagFirst

// setSentCase stores in every atom the bucketed share of title-case words
// among the alphabetic words of the sentence (headlines are mostly title case).
func setSentCase(at []tokAtoms) {
	alpha, title := 0, 0
	for i := range at {
		if at[i].flags&flagAlpha != 0 && at[i].flags&flagFirst == 0 {
			alpha++
			if at[i].flags&flagUpper != 0 {
				title++
			}
		}
	}
	b := uint64(0)
	if alpha > 0 {
		b = uint64(1 + 4*title/(alpha+1))
	}
	for i := range at {
		at[i].sentCase = b
	}
}

// Word flags.
const (
	flagDigit = 1 << iota
	flagHyphen
	flagUpper
	flagTitle
	flagAllUpper
	flagPunct
	flagFirst
	flagPeriod
	flagAlpha
)

// computeAtoms fills a with the properties of word w at position i, using
// buf as scratch space for the lower-cased form; it returns buf for reuse.
func computeAtoms(a *tokAtoms, w string, i int, buf []byte) []byte {
	return computeAtomsFold(a, w, i, buf, false)
}

// computeAtomsFold is computeAtoms; with fold, w is taken as if it were
// written in lower case (form, shape and flags; the lower-cased form is the
// same either way).
func computeAtomsFold(a *tokAtoms, w string, i int, buf []byte, fold bool) []byte {
	buf = buf[:0]
	var flags uint64
	nUpper, nLetters := 0, 0
	var shape uint64 = fnvOffset
	var last byte
	for j, r := range w {
		var cls byte
		if fold {
			r = unicode.ToLower(r)
		}
		switch {
		case unicode.IsUpper(r):
			cls = 'X'
			nUpper++
			nLetters++
			if j == 0 {
				flags |= flagTitle
			}
		case unicode.IsLetter(r):
			cls = 'x'
			nLetters++
		case unicode.IsDigit(r):
			cls = 'd'
			flags |= flagDigit
		case r == '-':
			cls = '-'
			flags |= flagHyphen
		case r == '.':
			cls = '.'
			flags |= flagPeriod
		default:
			cls = '#'
			if r < utf8.RuneSelf {
				cls = byte(r)
			}
		}
		if cls != last {
			shape ^= uint64(cls)
			shape *= fnvPrime
			last = cls
		}
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
	}
	if nUpper > 0 {
		flags |= flagUpper
	}
	if nLetters > 1 && nUpper == nLetters {
		flags |= flagAllUpper
	}
	if nLetters > 0 {
		flags |= flagAlpha
	} else if flags&flagDigit == 0 {
		flags |= flagPunct
	}
	if i == 0 {
		flags |= flagFirst
	}
	a.flags = flags
	a.shape = shape
	a.lower = hashBytes(buf)
	if fold {
		a.form = a.lower
	} else {
		a.form = hashString(w)
	}
	// Suffixes and prefixes in runes.
	end := len(buf)
	for k := 0; k < len(a.suf); k++ {
		if end > 0 {
			_, size := utf8.DecodeLastRune(buf[:end])
			end -= size
		}
		a.suf[k] = hashBytes(buf[end:]) + uint64(k)
	}
	pos := 0
	for k := 0; k < len(a.pre); k++ {
		if pos < len(buf) {
			_, size := utf8.DecodeRune(buf[pos:])
			pos += size
		}
		a.pre[k] = hashBytes(buf[:pos]) + uint64(k)
	}
	a.amb = 0
	a.fixed = -1
	return buf
}

// hashBytes is hashString for a byte slice.
func hashBytes(s []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range s {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// tagFeatures appends to keys the features of word i given the tags already
// predicted for words before i.
func tagFeatures(keys []uint64, at []tokAtoms, tags []int32, i int) []uint64 {
	n := len(at)
	cur := &at[i]
	capM1, capP1 := atomStart, atomEnd
	if i > 0 {
		capM1 = at[i-1].flags & capMask
	}
	if i+1 < n {
		capP1 = at[i+1].flags & capMask
	}
	capCur := cur.flags & capMask
	get := func(j int) (lower, amb, suf3, shape uint64) {
		if j < 0 {
			return atomStart, atomStart, atomStart, atomStart
		}
		if j >= n {
			return atomEnd, atomEnd, atomEnd, atomEnd
		}
		return at[j].lower, at[j].amb, at[j].suf[2], at[j].shape
	}
	tag := func(j int) uint64 {
		if j < 0 {
			return atomStart
		}
		return uint64(tags[j]) + 1
	}
	lm1, ambm1, sufm1, shm1 := get(i - 1)
	lm2, _, _, _ := get(i - 2)
	lp1, ambp1, sufp1, shp1 := get(i + 1)
	lp2, ambp2, _, _ := get(i + 2)
	t1, t2 := tag(i-1), tag(i-2)
	keys = append(keys,
		feat1(tfBias, 0),
		feat1(tfLower, cur.lower),
		feat1(tfForm, cur.form),
		feat1(tfSuf1, cur.suf[0]),
		feat1(tfSuf2, cur.suf[1]),
		feat1(tfSuf3, cur.suf[2]),
		feat1(tfSuf4, cur.suf[3]),
		feat1(tfSuf5, cur.suf[4]),
		feat1(tfPre1, cur.pre[0]),
		feat1(tfPre2, cur.pre[1]),
		feat1(tfPre3, cur.pre[2]),
		feat1(tfShape, cur.shape),
		feat1(tfFlags, cur.flags),
		feat1(tfLowerM1, lm1),
		feat1(tfLowerP1, lp1),
		feat1(tfLowerM2, lm2),
		feat1(tfLowerP2, lp2),
		feat1(tfTagM1, t1),
		feat2(tfTagM2M1, t2, t1),
		feat2(tfTagM1Lower, t1, cur.lower),
		feat1(tfSuf3M1, sufm1),
		feat1(tfSuf3P1, sufp1),
		feat1(tfAmb, cur.amb),
		feat1(tfAmbP1, ambp1),
		feat1(tfAmbP2, ambp2),
		feat1(tfAmbM1, ambm1),
		feat2(tfLowerM1Lower, lm1, cur.lower),
		feat2(tfLowerLowerP1, cur.lower, lp1),
		feat2(tfTagM1Amb, t1, cur.amb),
		feat2(tfAmbAmbP1, cur.amb, ambp1),
		feat2(tfTagM1LowerP1, t1, lp1),
		feat1(tfShapeP1, shp1),
		feat1(tfShapeM1, shm1),
		feat2(tfFlagsLower, cur.flags&^flagFirst, cur.lower),
		feat3(tfCapTri, capM1, capCur, capP1),
		feat2(tfSentCase, cur.sentCase, capCur),
		feat3(tfSentCaseLower, cur.sentCase, capCur, cur.lower),
		feat2(tfCapM1Lower, capM1, cur.lower),
		feat2(tfCapP1Lower, capP1, cur.lower),
		feat3(tfAmbTri, ambm1, cur.amb, ambp1),
		feat2(tfTagM1AmbP1, t1, ambp1),
		feat2(tfAmbM1Lower, ambm1, cur.lower),
		feat2(tfAmbP1Lower, ambp1, cur.lower),
	)
	return keys
}
