package events

import (
	"strings"

	"entente/syntax/tree"
)

// "Russia is going to help Syria": "going to" before an infinitive is the
// future, as "will" is. CAMEO.2.0.txt files GO among the travel verbs, whose
// bare code is a consultation (040), so the future marker coded a meeting
// with whoever the infinitive acts on ("I'm going to help Ted" → a
// consultation of Ted). The going is no event; the infinitive carries it, in
// the future mood (an intent), and takes its negation ("is not going to
// help" refuses help). Travel keeps its code: in "went to Moscow to meet
// Putin" the "to" after the verb is a preposition.

// futureComplement returns the infinitive that verb v makes a future of, or
// -1: v is "going" and the very next word is the infinitive's "to".
func futureComplement(s *tree.Sentence, v int) int {
	if v+1 >= s.Len() || !strings.EqualFold(s.Lemma(v), "go") || !strings.EqualFold(s.Form(v+1), "to") ||
		!strings.EqualFold(s.Tokens[v].XPOS, "VBG") {
		return -1
	}
	x := s.Head(v + 1)
	if x <= v || s.Head(x) != v || s.Rel(v+1) != "mark" || s.UPOS(x) != "VERB" {
		return -1
	}
	if r := s.Rel(x); r != "xcomp" && r != "advcl" {
		return -1
	}
	return x
}

// futureOf reports whether verb v is the infinitive of a future "going to"
// (futureComplement of its head).
func futureOf(s *tree.Sentence, v int) bool {
	h := s.Head(v)
	return h >= 0 && futureComplement(s, h) == v
}
