package events

import (
	"strings"

	"entente/syntax/tree"
	"entente/text"
)

// newActors fills the sides of verb v's event that the dictionaries left
// without an actor with PETRARCH's new actors (Coder.NewActorLength): the
// text of the subject's conjuncts (the "by" agent's for a passive) and of the
// object or prepositional complement (the subject's for a passive), when it
// has at most NewActorLength words. A conjunct of a subject whose other
// conjunct names an actor is a new actor of its own ("Eriador's death and
// injury toll": ERI and "INJURY TOLL").
func (c *Coder) newActors(s *tree.Sentence, v int, spans []span, sources, targets []Actor) ([]Actor, []Actor) {
	passive, subjs := subjects(s, v)
	subj := -1
	if len(subjs) > 0 {
		subj = subjs[0]
	}
	srcHead, tgtHead := subj, objectHead(s, v)
	if passive {
		srcHead, tgtHead = agentOf(s, v), subj
	}
	if srcHead >= 0 {
		for _, h := range conjuncts(s, srcHead) {
			if _, ok := phraseActor(s, h, spans); ok {
				continue
			}
			if a, ok := c.newActor(s, h); ok {
				sources = append(sources, a)
			}
		}
	}
	if len(targets) == 0 && tgtHead >= 0 {
		if _, ok := phraseActor(s, tgtHead, spans); !ok {
			if a, ok := c.newActor(s, tgtHead); ok {
				targets = []Actor{a}
			}
		}
	}
	return sources, targets
}

// objectHead is the head of active verb v's object, else of its first
// prepositional complement, or -1.
func objectHead(s *tree.Sentence, v int) int {
	for _, rel := range []string{"obj", "obl"} {
		for _, ch := range s.Children(v) {
			if s.FullRel(ch) == rel && nominal(s, ch) && (rel == "obj" || s.Child(ch, "case") >= 0) {
				return ch
			}
		}
	}
	return -1
}

// conjuncts returns h and the heads of its conjuncts.
func conjuncts(s *tree.Sentence, h int) []int {
	out := []int{h}
	for _, ch := range s.Children(h) {
		if s.Rel(ch) == "conj" {
			out = append(out, ch)
		}
	}
	return out
}

// newActor returns the new actor named by the noun phrase headed by h: its
// words upper-cased and quoted, as PETRARCH writes them (`"INJURY TOLL"`),
// when the phrase has 1 to NewActorLength words. Left out of the phrase: its
// preposition, punctuation, the possessive "'s", conjuncts, clauses,
// appositions and temporal modifiers ("on Wednesday"). A pronoun is no new
// actor.
func (c *Coder) newActor(s *tree.Sentence, h int) (Actor, bool) {
	if s.UPOS(h) == "PRON" || !nominal(s, h) {
		return Actor{}, false
	}
	var words []string
	var collect func(w int, top bool) bool
	collect = func(w int, top bool) bool {
		for _, ch := range s.Children(w) {
			if ch > w {
				break
			}
			if keepInName(s, ch, top) && !collect(ch, false) {
				return false
			}
		}
		if s.UPOS(w) != "PUNCT" && s.Tokens[w].XPOS != "POS" {
			words = append(words, strings.ToUpper(s.Form(w)))
		}
		if len(words) > c.NewActorLength {
			return false
		}
		for _, ch := range s.Children(w) {
			if ch > w && keepInName(s, ch, top) && !collect(ch, false) {
				return false
			}
		}
		return true
	}
	if !collect(h, true) || len(words) == 0 {
		return Actor{}, false
	}
	name := strings.Join(words, " ")
	return Actor{Name: name, Code: `"` + name + `"`}, true
}

// keepInName reports whether dependent ch belongs to a new actor's name;
// top is true for the dependents of the phrase head.
func keepInName(s *tree.Sentence, ch int, top bool) bool {
	switch s.Rel(ch) {
	case "conj", "cc", "acl", "appos", "parataxis", "advcl", "punct":
		return false
	case "case":
		return !top
	case "nmod":
		return !temporal(s, ch)
	}
	return true
}

// temporal reports whether word w heads a time expression ("on Wednesday",
// "next week"), in any case: a name of a day or month, a day adverb or part
// of a day (text's calendar words), or a week, month, year or weekend.
func temporal(s *tree.Sentence, w int) bool {
	f := strings.ToLower(s.Form(w))
	switch f {
	case "", "week", "month", "year", "weekend":
		return f != ""
	}
	name := strings.ToUpper(f[:1]) + f[1:] // "MONDAY", "monday" → "Monday"
	return text.IsWeekday(name) || text.IsMonth(name) || text.IsDayAdverb(f) || text.IsDayPart(f)
}
