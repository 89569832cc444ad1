package actors

import "entente/actors/internal/norm"

// Adjectives between a possessive and a role ("Ithilen's awful and evil
// minister", "Israel's far-right finance minister") are told without a tagger:
// lower-case words of letters that no dictionary phrase starts at (a capitalised
// word is a name: "Iran's notorious Evin Prison"), at most maxAdjectives of
// them, joined by blanks or hyphens, or two joined by "and" or a comma. A
// function word, a word ending in -ed (a past tense; "newly elected" passes
// after an -ly adverb) or in -s (a verb or a plural noun: "Russia's war kills
// soldiers"; -ss, -us and -is pass) ends the run, and so do the common irregular
// past tenses of notAdjectives. The run counts only when a role follows it.

// maxAdjectives bounds the words skipped before a role.
const maxAdjectives = 3

// notAdjectives end a run of adjectives: articles, pronouns, prepositions,
// conjunctions, auxiliaries and irregular verbs of news text.
const notAdjectives = `A AN THE THIS THAT THESE THOSE SOME ANY NO NOT EACH EVERY ALL BOTH
HIS HER ITS THEIR OUR MY YOUR WHOSE WHO WHOM WHICH WHAT HE SHE IT THEY WE I YOU THEM HIM
OF IN ON AT TO FOR FROM WITH BY AS INTO ONTO OVER UNDER ABOUT AGAINST BETWEEN AMONG DURING
AFTER BEFORE SINCE UNTIL WHILE WHEN WHERE THAN THEN THERE HERE ALSO ONLY JUST EVEN STILL
AND OR BUT NOR SO YET IF BECAUSE THOUGH ALTHOUGH WHETHER
IS ARE WAS WERE BE BEEN BEING AM HAS HAVE HAD DO DOES DID WILL WOULD SHALL SHOULD CAN COULD
MAY MIGHT MUST
SAID SAY TOLD TELL MET MEET SENT SEND MADE MAKE TOOK TAKE GAVE GIVE HELD HOLD LED LEFT
WON LOST HIT HURT CUT PUT SET LET GOT GET SAW SEE CAME COME WENT GO RAN RUN FOUGHT SHOT
KEPT SOUGHT BROUGHT BOUGHT THOUGHT CAUGHT TAUGHT BEGAN BEGUN SPOKE STRUCK STOOD STOLE
SHUT SPREAD QUIT BEAT FELT FELL KNEW KNOWN GREW THREW DREW WROTE CHOSE DROVE ROSE BROKE
PAID PAY SOLD SELL BUILT SPENT FOUND HEARD MEANT LAID FLED FED LENT DEALT BOUND SWORE BLEW
FLEW HID BID FORGAVE FROZE WITHDREW OVERSAW UNDERTOOK UPHELD WITHHELD SHOOK SANK SPOKE
FORCE FORCES WARN URGE CALL ASK KILL ATTACK ARREST ACCUSE BLAME`

// skipAdjectives returns the word after a run of adjectives starting at word j
// when a role (an agent atom, or a modifier word) follows the run; otherwise it
// returns j. k is the first atom at or after j. After a nationality (no
// possessive) a word in -ing ends the run too: "U.S. general shooting Muslims"
// is no composition.
func (c *composer) skipAdjectives(k, j int) int {
	return c.skipAdjectivesAfter(k, j, false)
}

// skipAdjectivesAfter is skipAdjectives; noIng ends the run at a word in -ing.
func (c *composer) skipAdjectivesAfter(k, j int, noIng bool) int {
	ws := c.ws
	if j >= len(ws) || c.d.special.modifiers[ws[j].id] || k >= len(c.atoms) || c.atoms[k].agent < 0 ||
		int(c.atoms[k].i) > j+2*maxAdjectives || int(c.atoms[k].i) == j {
		return j // no role near, or one right here
	}
	stop := int(c.atoms[k].i) // no word of a dictionary phrase is an adjective
	sent := ws[j].sent
	e, n := j, 0
	adverb := false // the previous adjective ended in -ly
	conj := false
	for e < stop && ws[e].sent == sent {
		w := ws[e]
		switch {
		case n == 1 && !conj && (w.id == c.d.special.and || w.id == c.d.special.comma) && e+2 == stop:
			// Two adjectives joined: "awful and evil", not "brother and fellow
			// longtime".
			adverb, conj = false, true
			e++
			continue
		case n > 0 && e+1 < stop && c.d.attachedHyphen(ws, e):
			e++
			continue
		}
		if n == maxAdjectives || !c.adjective(e, adverb) || noIng && c.endsWith(e, "ING") {
			return j
		}
		adverb = c.endsWith(e, "LY")
		n++
		e++
	}
	if e != stop || n == 0 || ws[e-1].flags&norm.Punct != 0 || ws[e].sent != sent {
		return j
	}
	return e
}

// adjective reports whether word e may be an adjective (see above).
func (c *composer) adjective(e int, afterAdverb bool) bool {
	w := c.ws[e]
	if int(w.end) > len(c.doc) || w.flags&(norm.Upper|norm.Punct|norm.Digit) != 0 || w.letters < 2 || c.d.special.notAdjective[w.id] || !c.blankBetween(e) {
		return false
	}
	switch {
	case c.endsWith(e, "ED"):
		return afterAdverb
	case c.endsWith(e, "S"):
		return c.endsWith(e, "SS") || c.endsWith(e, "US") || c.endsWith(e, "IS")
	}
	return true
}

// endsWith reports whether the text of word e ends with suffix (upper case
// ASCII), ignoring case.
func (c *composer) endsWith(e int, suffix string) bool {
	w := c.ws[e]
	s, t := int(w.start), int(w.end)
	if s < 0 || t > len(c.doc) || t-s < len(suffix) {
		return false
	}
	tail := c.doc[t-len(suffix) : t]
	for i := 0; i < len(suffix); i++ {
		ch := tail[i]
		if ch >= 'a' && ch <= 'z' {
			ch -= 'a' - 'A'
		}
		if ch != suffix[i] {
			return false
		}
	}
	return true
}
