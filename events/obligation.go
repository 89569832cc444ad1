package events

import (
	"strings"

	"entente/events/verbdict"
	"entente/quotes"
	"entente/syntax/tree"
)

// Obligations and requests: "Russia said Sudan must return the helicopter"
// reports no returning; it is Russia's demand on Sudan (CAMEO 10, here 1053
// from the code of "return a helicopter"). "should" makes it an appeal
// (02), as does wanting another to act ("Sharon wants Germany to pay more
// compensation": 025); expecting or requiring it is a demand. The ICEWS
// coders and the CAMEO manual code such sentences so.

// reportVerbs introduce what their subject states or tells.
var reportVerbs = map[string]bool{"say": true, "tell": true, "state": true, "declare": true,
	"insist": true, "stress": true, "reiterate": true, "repeat": true, "add": true, "warn": true,
	"announce": true, "assert": true, "emphasize": true, "emphasise": true, "argue": true,
	"maintain": true, "write": true, "remind": true, "underline": true, "underscore": true}

// obligation tells whether verb v is an obligation: under "must" (demand)
// or "should"/"ought" (appeal), or the infinitive of "has to"/"needs to"
// (demand). clause is the verb heading the obligation's clause (v, or the
// "need"/"have" governing it). "must have" (an inference) is none.
func obligation(s *tree.Sentence, v int) (clause int, demand, ok bool) {
	if modal := obligationModal(s, v); modal != "" {
		return v, modal == "must", true
	}
	if s.Rel(v) == "xcomp" && hasMarkTo(s, v) {
		h := s.Head(v)
		switch strings.ToLower(s.Lemma(h)) {
		case "need", "have":
			// not "would need to": a judgement, not a demand
			if s.Child(h, "aux") < 0 {
				return h, true, true
			}
		}
	}
	return -1, false, false
}

// obligationModal returns the modal of obligation ("must", "should",
// "ought") that word w carries, or "". "must have" is an inference, no
// obligation.
func obligationModal(s *tree.Sentence, w int) string {
	modal := ""
	for _, ch := range s.Children(w) {
		if s.Rel(ch) != "aux" {
			continue
		}
		switch f := strings.ToLower(s.Form(ch)); f {
		case "must", "should", "ought":
			modal = f
		case "have", "'ve", "’ve":
			return ""
		}
	}
	return modal
}

// reportedObligation returns, for a verb v that is an obligation reported
// by another verb ("China said Israel must withdraw", "Israel must
// withdraw, China said"), the reporting verb and the subject of the
// obligation's clause; ok is false otherwise.
func reportedObligation(s *tree.Sentence, v int) (report, subj int, demand, ok bool) {
	c, demand, ok := obligation(s, v)
	if !ok {
		return -1, -1, false, false
	}
	if subj = s.Child(c, "nsubj"); subj < 0 {
		return -1, -1, false, false
	}
	if r := reportingVerb(s, c); r >= 0 {
		return r, subj, demand, true
	}
	return -1, -1, false, false
}

// obligationEvents codes verb (or copular predicate) v when it is a
// reported obligation: the reporter demands of (or appeals to) the subject
// of the obligation, with the code of the action demanded when the
// dictionary has one (matches, coded: per word). It reports whether v was
// such an obligation; v is then no event of its own.
func (c *Coder) obligationEvents(out *output, s *tree.Sentence, v int, matches []verbdict.Match, coded []bool, spans []span, base Event, qs []quotes.Quote) bool {
	if s.UPOS(v) != "VERB" && s.Child(v, "cop") < 0 {
		return false
	}
	r, subj, demand, ok := reportedObligation(s, v)
	if !ok {
		return false
	}
	act := v
	if s.UPOS(v) != "VERB" {
		// "the US must be ready to mediate": the action is the infinitive
		act = s.Child(v, "xcomp")
	}
	code := ""
	if act >= 0 && coded[act] && !negated(s, v) {
		code = matches[act].Code.Active // "must not attack" demands no attack: 100
	}
	code = demandCode(code, demand)
	proto := verbEvent(base, s, r, verbdict.Match{Specificity: 1}, qs)
	for _, src := range reporters(s, r, spans) {
		for _, tgt := range phraseActors(s, subj, spans) {
			c.emit(out, proto, src, tgt, code)
		}
	}
	return true
}

// reporters returns the actors of the subject of reporting verb r (or of
// the governing clause it climbs to when r has none).
func reporters(s *tree.Sentence, r int, spans []span) []Actor {
	_, subjs := subjects(s, r)
	for _, sj := range subjs {
		if a := phraseActors(s, sj, spans); len(a) > 0 {
			return a
		}
	}
	return nil
}

// demandCode is the CAMEO code of demanding (demand) or appealing for the
// action coded c: its intent form (03x) moved to root 10 or 02 ("withdraw"
// 0874 → intent 0356 → 1056 or 0256), else 100 or 020.
func demandCode(c string, demand bool) string {
	ic := intentCode(c)
	if !strings.HasPrefix(ic, "03") {
		ic = "030"
	}
	if demand {
		if d, ok := demandByIntent[ic]; ok {
			return d
		}
		return "10" + ic[2:]
	}
	if ic == "039" {
		return "028"
	}
	return "02" + ic[2:]
}

// demandByIntent lists the demands whose code is not the intent's with root
// 10: CAMEO's 10 family has no general demand for material cooperation
// (101 is "demand information"), puts yielding under 105 only in its
// subcodes, and numbers meetings 108 and mediation 105.
var demandByIntent = map[string]string{
	"030": "100", "031": "100", "035": "100",
	"036": "108", "037": "100", "038": "105", "039": "105",
}

// requestVerbs ask another actor to act when they govern an infinitive
// with its own subject ("wants Germany to pay"): true for a demand, false
// for an appeal.
var requestVerbs = map[string]bool{"want": false, "wish": false, "like": false, "urge": false,
	"encourage": false, "expect": true, "require": true, "order": true, "instruct": true,
	"command": true, "demand": true}

// requestCode returns the code of verb h when it asks another actor to do
// what its infinitive complement v says ("Sharon wants Germany to pay
// compensation", "we expect Russia to recognize …"): the appeal or demand
// for v's action (m, coded: v's match). ok is false when h is no such
// verb or names no actor to act (spans: the sentence's actors): "Iran
// wants to attack" is left to the dictionary's transformations.
func requestCode(s *tree.Sentence, h, v int, m verbdict.Match, coded bool, spans []span) (string, bool) {
	demand, ok := requestVerbs[strings.ToLower(s.Lemma(h))]
	if !ok || s.UPOS(h) != "VERB" {
		return "", false
	}
	addressee := s.Child(h, "obj")
	if addressee < 0 {
		// "urged Uganda to repatriate …": parsers also hang the one asked
		// as an indirect object
		addressee = s.Child(h, "iobj")
	}
	if addressee < 0 {
		addressee = s.Child(v, "nsubj")
	}
	if addressee < 0 || len(phraseActors(s, addressee, spans)) == 0 {
		return "", false
	}
	code := ""
	if coded && !negated(s, v) {
		code = m.Code.Active
	}
	return demandCode(code, demand), true
}
