package events

import (
	"slices"
	"strings"

	"entente/events/verbdict"
	"entente/quotes"
	"entente/syntax/tree"
)

// Reported condemnation: "Wang Yi said Israel's response went beyond the
// scope of self-defense" names no verb of the dictionary, yet the speaker
// denounces Israel (CAMEO 111, "Criticize or denounce"). A clause reported
// by a speech verb whose predicate calls its subject's conduct one of the
// condemnations below codes the reporter's criticism of that subject,
// unless the clause is negated or the sentence already codes a criticism
// or accusation (11, 12) between the two.

// condemnations are word sequences (lower case, hyphens dropped, British
// spelling as American) that denounce the conduct they are said of: the
// vocabulary of international law and of diplomatic protest.
var condemnations = [][]string{
	{"beyond", "self", "defense"},
	{"beyond", "the", "scope", "of", "self", "defense"},
	{"beyond", "the", "limits", "of", "self", "defense"},
	{"beyond", "the", "bounds", "of", "self", "defense"},
	{"collective", "punishment"},
	{"disproportionate"},
	{"indiscriminate"},
	{"excessive", "force"},
	{"excessive", "use", "of", "force"},
	{"war", "crime"},
	{"war", "crimes"},
	{"war", "criminal"},
	{"crimes", "against", "humanity"},
	{"genocide"},
	{"ethnic", "cleansing"},
	{"state", "terrorism"},
	{"unacceptable"},
	{"violation", "of", "international", "law"},
	{"violations", "of", "international", "law"},
	{"violates", "international", "law"},
	{"violated", "international", "law"},
	{"breach", "of", "international", "law"},
	// epithets of condemnation
	{"outrageous"},
	{"reckless"},
	{"irresponsible"},
	{"provocative"},
	{"barbaric"},
	{"hypocritical"},
	{"disgrace"},
	{"disgraceful"},
	{"shameful"},
	{"disrespectful"},
	{"illegal"},
	{"illegitimate"},
	{"criminal"},
	{"terrorist"},
	{"terrorists"},
}

// condemnationCode is the code of a reported condemnation.
const condemnationCode = "111"

// reportingVerb returns the speech verb that reports clause c ("China said
// Israel must withdraw", "Israel must withdraw, China said"), or -1.
func reportingVerb(s *tree.Sentence, c int) int {
	if r := s.Head(c); r >= 0 && s.Rel(c) == "ccomp" && reportVerbs[strings.ToLower(s.Lemma(r))] {
		return r
	}
	for _, r := range s.Children(c) {
		if r > c && (s.Rel(r) == "parataxis" || s.Rel(r) == "ccomp") &&
			reportVerbs[strings.ToLower(s.Lemma(r))] && s.Child(r, "nsubj") >= 0 {
			return r
		}
	}
	return -1
}

// condemnationEvents codes the reported condemnations of sentence s; the
// sentence's events so far are out.events[start:].
func (c *Coder) condemnationEvents(out *output, s *tree.Sentence, spans []span, base Event, qs []quotes.Quote, start int) {
	if !mayCondemn(s) {
		return
	}
	for p := 0; p < s.Len(); p++ {
		subj := s.Child(p, "nsubj")
		if subj < 0 || reportVerbs[strings.ToLower(s.Lemma(p))] || negated(s, p) || !condemns(s, p, subj) {
			continue // (a report of a report: its subject is a speaker, not the one condemned)
		}
		r := reportingVerb(s, p)
		if r < 0 || negated(s, r) {
			continue
		}
		proto := verbEvent(base, s, r, verbdict.Match{Specificity: 1}, qs)
		for _, src := range reporters(s, r, spans) {
			for _, tgt := range phraseActors(s, subj, spans) {
				if !criticized(out.events[start:], src, tgt) {
					c.emit(out, proto, src, tgt, condemnationCode)
				}
			}
		}
	}
}

// mayCondemn reports whether sentence s holds the first word of a
// condemnation: most sentences hold none, and are passed over cheaply.
func mayCondemn(s *tree.Sentence) bool {
	for w := 0; w < s.Len(); w++ {
		f := s.Form(w)
		if len(f) < 3 {
			continue
		}
		b := f[0] | 0x20 // ASCII lower case
		for _, c := range condemnations {
			if c[0][0] == b && strings.EqualFold(c[0], f) {
				return true
			}
		}
	}
	return false
}

// condemns reports whether the predicate of clause p (its words outside the
// subject subj) holds a condemnation.
func condemns(s *tree.Sentence, p, subj int) bool {
	lo, hi := s.Subtree(p)
	slo, shi := s.Subtree(subj)
	return condemnsWords(s, lo, hi, slo, shi)
}

// condemnsWords reports whether words lo..hi of s, leaving out skipLo..skipHi,
// hold a condemnation (quote marks and hyphens passed over).
func condemnsWords(s *tree.Sentence, lo, hi, skipLo, skipHi int) bool {
	words := make([]string, 0, hi-lo+1)
	for w := lo; w <= hi; w++ {
		if w >= skipLo && w <= skipHi {
			continue
		}
		f := strings.ToLower(s.Form(w))
		switch f {
		case "-", "‐", "–", "“", "”", "\"", ",":
			continue
		case "defence":
			f = "defense"
		}
		words = append(words, f)
	}
	for i := range words {
		for _, c := range condemnations {
			if i+len(c) <= len(words) && slices.Equal(words[i:i+len(c)], c) {
				return true
			}
		}
	}
	return false
}

// criticized reports whether evs holds a criticism or accusation (root 11
// or 12) of src's country on tgt's.
func criticized(evs []Event, src, tgt Actor) bool {
	for _, e := range evs {
		if criticism(e.CAMEO) && !distinct(e.Source.Code, src.Code) && !distinct(e.Target.Code, tgt.Code) {
			return true
		}
	}
	return false
}
