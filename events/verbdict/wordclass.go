package verbdict

// Word classes the matcher reads: noun heads and phrases, clause
// boundaries.

// headOK: a noun matched as the head of a group must not be followed by
// another noun ("aid" in "aid workers" is not the head). Adjectives are not
// checked: UD-PETRARCH's tests expect "(ON &TIETYPES)" to match "on
// economic issue" (measured: checking them loses 2 of the 222 unit-test
// records TestUDRecordsVerbCodes finds).
func (m *matcher) headOK(a atom, p, far int) bool {
	if !a.head || m.opt.NoHeadCheck {
		return true
	}
	last := max(p, far)
	if !isNounTag(m.pos[last]) || last+1 >= len(m.pos) {
		return true
	}
	return !isNounTag(m.pos[last+1])
}

func isNounTag(t string) bool { return t == "NOUN" || t == "PROPN" }

// nounPhrase matches '^' without an actor span: up to 4 tokens ending with
// a noun, pronoun or number (one token when POS is unknown).
func (m *matcher) nounPhrase(p, dir int) (int, bool) {
	if m.pos[p] == "" {
		return p, !m.barrier(p, dir, gapNP)
	}
	if dir < 0 {
		if !isNominal(m.pos[p]) {
			return 0, false
		}
		f := p
		for i := p - 1; i >= m.lo && p-i < 4 && nominalModifier(m.pos[i]); i-- {
			f = i
		}
		return f, true
	}
	for i := p; i <= m.hi && i-p < 4; i++ {
		if isNominal(m.pos[i]) {
			// Take following nouns too: the head is the last noun.
			for i+1 <= m.hi && isNounTag(m.pos[i+1]) && i+1-p < 4 {
				i++
			}
			return i, true
		}
		if !nominalModifier(m.pos[i]) {
			return 0, false
		}
	}
	return 0, false
}

func isNominal(t string) bool {
	return t == "NOUN" || t == "PROPN" || t == "PRON" || t == "NUM"
}

func nominalModifier(t string) bool {
	return t == "DET" || t == "ADJ" || t == "NUM" || t == "NOUN" || t == "PROPN" || t == "PART"
}

// isStopPunct: clause-ending punctuation.
func isStopPunct(w string) bool {
	switch w {
	case ".", ";", ":", "?", "!":
		return true
	}
	return false
}

// thoseOf reports whether token p is part of "those of" or "that of", the
// pronoun standing for a noun already named: "to those of X" is read as
// "to X" inside a phrase.
func (m *matcher) thoseOf(p int) bool {
	demonstrative := func(i int) bool {
		return i >= 0 && (m.word[i] == "those" || m.word[i] == "that") && (m.pos[i] == "" || m.pos[i] == "PRON")
	}
	switch {
	case demonstrative(p):
		return p+1 < len(m.word) && m.word[p+1] == "of"
	case m.word[p] == "of":
		return demonstrative(p - 1)
	}
	return false
}

// isClauseWord: words that open a new clause.
func isClauseWord(w string) bool {
	switch w {
	case "that", "which", "who", "whom", "whose", "because", "while", "although",
		"though", "whether", "if", "unless", "whereas":
		return true
	}
	return false
}

// isPrepWord: prepositions and conjunctions that end a noun phrase when no
// POS tag is given.
func isPrepWord(w string) bool {
	switch w {
	case "of", "in", "on", "at", "to", "for", "with", "by", "from", "into", "against",
		"over", "under", "about", "between", "after", "before", "during", "without",
		"through", "toward", "towards", "across", "upon", "within", "and", "or", "but":
		return true
	}
	return false
}

// barrier reports whether token p may not be skipped in a gap of kind g
// going in direction dir. Tokens inside actor spans and the query's Open
// tokens are never barriers.
func (m *matcher) barrier(p, dir int, g gapKind) bool {
	if m.open != nil && m.open[p] {
		return false
	}
	w, t := m.word[p], m.pos[p]
	if isStopPunct(w) || t == "SCONJ" {
		return true
	}
	if g == gapNP && m.thoseOf(p) {
		return false // "compared X to those of Nazi Germany"
	}
	if isClauseWord(w) && (t == "" || t == "PRON") {
		return true
	}
	switch t {
	case "VERB":
		return true
	case "AUX":
		if dir > 0 {
			return true
		}
	}
	if g == gapNP {
		switch t {
		case "ADP", "CCONJ", "AUX", "PUNCT":
			return w != "-" && w != "'s" && w != "'"
		case "":
			return isPrepWord(w) || w == ","
		}
	}
	return false
}

// particleWords are the adverbial particles of phrasal verbs. A pattern that
// writes one bare after the verb ("- * ON [190] # PRESS", "- * UP PRESSURE",
// "- * DOWN [1712] # BURN") means the verb's particle ("pressed on", "stepped
// up pressure", "burned down"), as TABARI read it; the patterns of a block
// apply to all its verbs, and matched as any later word "* ON" made
// "demanded an apology from Britain on Monday" and "demanding a referendum
// on independence" attacks (190).
var particleWords = map[string]bool{"on": true, "off": true, "out": true, "up": true,
	"down": true, "back": true, "away": true, "ahead": true, "aside": true, "over": true,
	"around": true, "along": true}

// particleOK reports whether the particle word at p, after skipped tokens
// (units gap units: an actor is one) from the verb, is the verb's
// particle: right after the verb, or after a short object ("called the
// talks off", "threw reporter Jorge Ramos out of …") with no noun phrase
// following it (then it is a preposition: "pressed Israel on the issue");
// never a time phrase ("demanded on Monday"). Without POS tags any
// position does.
func (m *matcher) particleOK(p, skipped, units int) bool {
	if m.pos[p] == "" {
		return true
	}
	if m.timePhrase(p) {
		return false
	}
	if skipped == 0 {
		return true
	}
	if units > m.opt.MaxNPGap {
		return false
	}
	if n := p + 1; n <= m.hi {
		if m.spanAt[n] >= 0 {
			return false
		}
		switch m.pos[n] {
		case "DET", "NOUN", "PROPN", "ADJ", "NUM", "PRON":
			return false
		}
	}
	return true
}
