package events

import (
	"strings"

	"entente/events/verbdict"
	"entente/syntax/tree"
)

// Agreeing that: "Reagan and Mubarak agreed there was an urgent need for
// progress" states a shared view, CAMEO 019 ("Express accord: express
// common understanding, agreement, or accord"), not the diplomatic
// cooperation (050) the dictionary gives a bare "agree". When the agreed
// clause is the agreeing parties' own future cooperation ("officials agreed
// that their countries should cooperate"), it is their intent to do it
// (03x, "agree to … cooperate").

// accordVerbs state agreement with a clause.
var accordVerbs = map[string]bool{"agree": true, "concur": true}

// accordCode returns the code of verb h, matched as m, when h agrees that
// something is so: 019, or the intent form of a cooperative act (roots
// 04–08) the clause's verb c promises under a modal with no other actor
// as its subject (then suppress is true: c is no event of its own). ok is
// false when h is no such verb, took a pattern, or is negated.
func accordCode(s *tree.Sentence, h int, m verbdict.Match, matches []verbdict.Match, coded []bool, spans []span) (code string, c int, suppress, ok bool) {
	if !accordVerbs[strings.ToLower(s.Lemma(h))] || m.Pattern != nil || negated(s, h) {
		return "", -1, false, false
	}
	if c = s.Child(h, "ccomp"); c < 0 {
		return "", -1, false, false
	}
	if !coded[c] || !hasModal(s, c) || negated(s, c) {
		return "019", c, false, true
	}
	ic := intentCode(matches[c].Code.Active)
	r := matches[c].Code.Active
	if len(r) < 2 || r[:2] < "04" || r[:2] > "08" || !strings.HasPrefix(ic, "03") {
		return "019", c, false, true
	}
	if sj := s.Child(c, "nsubj"); sj >= 0 {
		own := phraseActors(s, sj, spans)
		_, hs := subjects(s, h)
		if len(own) > 0 && (len(hs) == 0 || !sameActors(own, phraseActors(s, hs[0], spans))) {
			return "019", c, false, true // another actor's act: a shared view
		}
	}
	return ic, c, true, true
}

// hasModal reports whether verb v carries a modal or future auxiliary
// (should, must, would, will, could, can, may, might, shall).
func hasModal(s *tree.Sentence, v int) bool {
	for _, ch := range s.Children(v) {
		if s.Rel(ch) != "aux" {
			continue
		}
		switch strings.ToLower(s.Form(ch)) {
		case "should", "must", "would", "will", "could", "can", "may", "might", "shall", "'ll", "’ll":
			return true
		}
	}
	return false
}
