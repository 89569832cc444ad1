package actors

import "entente/actors/internal/norm"

// A religion or nationality adjective on a noun that names a thing, not
// people, is no actor: "the Muslim holiday Eid-al-Adha", "Major Islamic
// Holiday", "Jewish law", "French architecture". The thing nouns are a closed
// list (thingNouns: feasts and the calendar, law, the arts, language, food,
// dress, faith and rites, doctrine); a noun that is no agent word is not
// enough, as most words for people are no agents in Phoenix ("Muslim
// families", "Mexican comedians"). The rule applies only where nothing
// composed: dictionary phrases ("Islamic State", "Muslim Brotherhood") and
// roles ("Chinese government", "Russian law enforcement") match first. Up to
// maxAdjectives adjectives may stand before the noun ("a Muslim holy day");
// the noun must end its phrase (endsNounPhrase), and a dictionary phrase
// right after it makes it a modifier of people ("Islamic law scholars").

// thingNouns name things that a religion or a nationality qualifies.
const thingNouns = `HOLIDAY HOLIDAYS FESTIVAL FESTIVALS FEAST FEASTS CALENDAR CALENDARS DAY DAYS SABBATH
LAW LAWS ARCHITECTURE ART ARTS CULTURE CULTURES CUISINE FOOD FOODS MUSIC LITERATURE POETRY
LANGUAGE LANGUAGES DRESS CLOTHING FAITH PRAYER PRAYERS RITUAL RITUALS RITE RITES TRADITION
TRADITIONS SCRIPTURE SCRIPTURES IDEOLOGY THEOLOGY DOCTRINE`

// isReligion reports whether code is a religion's, as a religion adjective
// ("Muslim", "Islamic", "Jewish", "Catholic") is coded: "MUS", "CHRCTH".
func isReligion(code string) bool {
	if len(code) < 3 {
		return false
	}
	switch code[:3] {
	case "JEW", "MUS", "MOS", "CHR", "BUD", "HIN", "SIK":
		return true
	}
	return false
}

// thingAfter reports whether the words from j, right after a religion or
// nationality adjective, name a thing (see above). k is the first atom at or
// after j.
func (c *composer) thingAfter(k, j int) bool {
	ws := c.ws
	if j == 0 || j >= len(ws) || ws[j].sent != ws[j-1].sent || !c.blankBetween(j) {
		return false
	}
	things := c.d.special.things
	e := j
	for n := 0; n < maxAdjectives && e < len(ws) && ws[e].sent == ws[j].sent && !things[ws[e].id] && c.adjective(e, false); n++ {
		e++
	}
	if e >= len(ws) || ws[e].sent != ws[j].sent || !things[ws[e].id] || !c.blankBetween(e) {
		return false
	}
	if k < len(c.atoms) && int(c.atoms[k].i) <= e+1 {
		return false // a dictionary phrase among the words or right after the noun
	}
	return c.endsNounPhrase(e + 1)
}

// endsNounPhrase reports whether the noun phrase before word h ends there:
// at the sentence's end or a punctuation mark other than an attached hyphen
// ("Chinese holiday-makers"), before a function word or common verb ("the
// Islamic faith and", "Jewish law says" does not pass: -s may be a plural),
// or before a capitalised name ("the Muslim holiday Eid-al-Adha"). Another
// noun may follow a thing noun and be the head: "French freelance music
// photographer", "faith leaders".
func (c *composer) endsNounPhrase(h int) bool {
	ws := c.ws
	if h >= len(ws) || ws[h].sent != ws[h-1].sent {
		return true
	}
	w := ws[h]
	switch {
	case w.id == c.d.special.hyphen:
		return w.start != ws[h-1].end
	case w.flags&norm.Punct != 0, c.d.special.notAdjective[w.id]:
		return true
	}
	return w.flags&norm.Upper != 0 && c.blankBetween(h)
}
