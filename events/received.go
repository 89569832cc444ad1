package events

import (
	"strings"

	"entente/events/verbdict"
	"entente/syntax/tree"
)

// Acts received: CAMEO.2.0 writes what one gets from another with a
// passive code only, "[:072]" ("RECEIVE * TANKS", "GET * SUPPORT (FROM)",
// "OBTAIN * &CURRENCY (FROM)"): "Ukraine received 31 Abrams tanks from the
// United States" is the United States' military aid to Ukraine, 072. The
// subject is the target; the source is the giver the verb names with
// "from" or "by", in its own phrase or its object's ("received a letter
// from Putin"). With no giver named there is no event. A pattern whose own
// slots name the parties ("+ * MONEY $") is read as written.

// The same block codes some gifts received with an active code ("RECEIVE *
// &WEAPON [072]", "* {&MILITARY AID} [072]"), which would make the
// receiver the giver: a verb of receiving whose code is one of giving aid
// (07x) is read the same way when it names the giver ("Ukraine will
// receive F-16 jets from Denmark"). Without a giver the active reading
// stays, as for "GET * &FOOD (TO)", getting food to someone.

// receiveVerbs are the lemmas of CAMEO.2.0's OBTAIN block.
var receiveVerbs = map[string]bool{"receive": true, "get": true, "obtain": true, "acquire": true, "gain": true,
	"earn": true, "win": true, "procure": true, "attain": true}

// givers returns the givers of what v's subject received, when verb v,
// active and matched as m by a pattern that binds no slot, reads as a
// receipt: a pattern with a passive code only, or a verb of receiving coded
// as giving aid (07x); nil otherwise or when no from- or by-phrase names a
// giver. The event is then the givers' act on v's subject.
func givers(s *tree.Sentence, v int, m verbdict.Match, spans []span) []Actor {
	c := m.Code
	passiveOnly := c.Active == "" && c.Passive != "" && c.Passive != verbdict.NullCode
	aid := strings.HasPrefix(c.Active, "07") && receiveVerbs[strings.ToLower(s.Lemma(v))]
	if !passiveOnly && !aid || isPassive(s, v) || m.Source >= 0 || m.Target >= 0 || len(m.Compound) > 0 {
		return nil
	}
	return giverActors(s, v, spans)
}

// giverActors returns the actors of a from- or by-phrase of verb v or of
// its object: the giver of what v's subject received.
func giverActors(s *tree.Sentence, v int, spans []span) []Actor {
	heads := []int{v}
	if o := s.Child(v, "obj"); o > v {
		heads = append(heads, o)
	}
	for _, h := range heads {
		for _, ch := range s.Children(h) {
			if r := s.Rel(ch); r != "obl" && r != "nmod" {
				continue
			}
			switch strings.ToLower(caseWord(s, ch)) {
			case "from", "by":
				if as := phraseActors(s, ch, spans); len(as) > 0 {
					return as
				}
			}
		}
	}
	return nil
}
