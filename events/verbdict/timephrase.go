package verbdict

import "entente/text"

// A pattern's bare prepositional phrase ("* (ON)", "* (FOR)") stands for a
// complement of the verb: "called on the allies", "asked for help". A
// phrase naming a time ("telephoned Kozyrev on Tuesday") is an adjunct of
// any verb and does not fill it, nor does the infinitive marker "to"
// (tagged PART: "praised Haiti's efforts to improve …" is no "* (TO)").
// Being an adjunct, a time phrase also costs nothing when the matcher skips
// it between two pattern elements: wire copy puts the date right after the
// verb ("forced out on Wednesday more than 1,000 refugees", "released
// Sunday 20 prisoners"), where PETRARCH's parse tree saw a separate phrase.

// bareOK reports whether the token at p may be the preposition of a bare
// prepositional pattern: no infinitive marker, no time phrase.
func (m *matcher) bareOK(p int) bool {
	return m.pos[p] != "PART" && !m.timePhrase(p)
}

// timeModifiers may stand between the preposition and the time word ("on
// the same day", "for two weeks", "on 12 March").
var timeModifiers = map[string]bool{"DET": true, "NUM": true, "ADJ": true}

// timePhrase reports whether the preposition at p opens a time phrase: its
// next word, after at most three determiners, numbers or adjectives, is a
// day, month or time-of-day word. Without POS tags only the next word is
// read.
func (m *matcher) timePhrase(p int) bool {
	for i := p + 1; i <= m.hi && i <= p+4; i++ {
		if m.isTimeWord(i) {
			return true
		}
		if !timeModifiers[m.pos[i]] {
			return false
		}
	}
	return false
}

// timeTok reports whether token p belongs to a time phrase: a day, month or
// time-of-day word, or a preposition opening a time phrase (timePhrase) and
// the modifiers up to its time word ("on the same day"). Without POS tags
// only the time words themselves count.
func (m *matcher) timeTok(p int) bool {
	if m.isTimeWord(p) {
		return true
	}
	if m.pos[p] == "ADP" {
		return m.timePhrase(p)
	}
	if !timeModifiers[m.pos[p]] {
		return false
	}
	// a modifier between a time phrase's preposition and its time word
	for i := p - 1; i >= m.lo && i >= p-3; i-- {
		if m.pos[i] == "ADP" {
			return m.timePhrase(i)
		}
		if !timeModifiers[m.pos[i]] {
			return false
		}
	}
	return false
}

// isTimeWord reports whether token p is a day, month or time-of-day word:
// the name of a day or month as written ("March", not "a march"), or a day
// adverb, part of a day or "weekend" (text's calendar words).
func (m *matcher) isTimeWord(p int) bool {
	if w := m.q.Tokens[p].Word; text.IsWeekday(w) || text.IsMonth(w) {
		return true
	}
	w := m.word[p]
	return text.IsDayAdverb(w) || text.IsDayPart(w) || w == "weekend"
}
