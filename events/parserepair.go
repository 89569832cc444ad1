package events

import (
	"strings"

	"entente/syntax/tree"
)

// Parse repairs before coding: a news lead always has a main verb, and a
// past participle the parser hung on a noun as a modifier, when that noun
// has a subject of its own, is that main verb ("Zambia extradited suspected
// British militant Aswad to Britain", parsed as a noun phrase "Aswad" with
// the subject "Zambia"; "The United Nations on Tuesday reduced food
// supplies to …"; "The Israeli army forced out … refugees", an army that
// was forced). The participle takes the noun's place in the tree, the noun
// becomes its object and the subject its subject.
//
// A verbless clause whose head is its subject noun ("Irish nationalist
// guerrillas wounded two British soldiers …, police said", parsed as the
// noun "guerrillas" with the object "soldiers" and "wounded" an adjective
// of it; "Palestinian police in Jericho confiscated weapons …") gets the
// same repair: the past form that modifies the subject's object becomes the
// clause's verb, retagged as one when the tagger took it for an adjective
// (verbPredicate).

// repaired returns s with such participles made main verbs, or s itself.
func (c *Coder) repaired(s *tree.Sentence) *tree.Sentence {
	var arcs []tree.Arc
	done := map[int]bool{} // nouns already given their verb
	for v := 0; v < s.Len(); v++ {
		var retag tree.Arc
		subj, obj, ok := participlePredicate(s, v)
		head := obj // the word whose place the verb takes
		if !ok {
			if subj, obj, retag, ok = c.verbPredicate(s, v); ok {
				head = subj
			}
		}
		if !ok || done[obj] || done[head] {
			continue
		}
		done[obj], done[head] = true, true
		verb := tree.Arc{Word: v, Head: s.Head(head), Deprel: s.FullRel(head), UPOS: retag.UPOS, XPOS: retag.XPOS, Lemma: retag.Lemma}
		arcs = append(arcs, verb,
			tree.Arc{Word: obj, Head: v, Deprel: "obj"},
			tree.Arc{Word: subj, Head: v, Deprel: "nsubj"})
		// what stood between subject and verb belongs to the verb ("on
		// Tuesday", "today"); so does what the subject noun heads after
		// the verb
		for _, ch := range s.Children(obj) {
			if ch > subj && ch < v {
				arcs = append(arcs, tree.Arc{Word: ch, Head: v, Deprel: oblique(s, ch)})
			}
		}
		if s.Head(subj) == obj && s.Rel(subj) == "compound" {
			// the subject was parsed as a name in the object's phrase: the
			// words before it are its own ("German Chancellor Olaf")
			for _, ch := range s.Children(obj) {
				if ch < subj {
					arcs = append(arcs, tree.Arc{Word: ch, Head: subj, Deprel: s.FullRel(ch)})
				}
			}
		}
		if head == subj {
			for _, ch := range s.Children(subj) {
				if ch > v && ch != obj {
					arcs = append(arcs, tree.Arc{Word: ch, Head: v, Deprel: oblique(s, ch)})
				}
			}
		}
	}
	for v := 0; v < s.Len(); v++ {
		if subj, r, ok := reportedPredicate(s, v); ok && !done[subj] {
			done[subj] = true
			arcs = append(arcs, tree.Arc{Word: v, Head: r, Deprel: "ccomp"},
				tree.Arc{Word: subj, Head: v, Deprel: "nsubj"})
		}
	}
	if len(arcs) == 0 {
		return s
	}
	return s.Reattached(arcs)
}

// reportedPredicate reports whether past form v, hung on the noun before
// it as a modifier, is the verb of a clause a report verb r after it
// reports ("Israeli airstrikes killed at least 20 people in Gaza, the
// health ministry said", parsed as airstrikes that were killed and that
// said): the noun is r's subject, r has a subject of its own after v, and v
// an object and no "by" agent. It returns the noun, v's subject, and r.
func reportedPredicate(s *tree.Sentence, v int) (subj, r int, ok bool) {
	if x := s.Tokens[v].XPOS; s.UPOS(v) != "VERB" || (x != "VBN" && x != "VBD") || s.FullRel(v) != "acl" {
		return -1, -1, false
	}
	subj = s.Head(v)
	if subj != v-1 || !isNoun(s, subj) || s.Rel(subj) != "nsubj" || agentOf(s, v) >= 0 || s.Child(v, "obj") < 0 {
		return -1, -1, false
	}
	r = s.Head(subj)
	if r <= v || !reportVerbs[strings.ToLower(s.Lemma(r))] {
		return -1, -1, false
	}
	for _, ch := range s.Children(r) {
		if ch > v && s.Rel(ch) == "nsubj" {
			return subj, r, true
		}
	}
	return -1, -1, false
}

// oblique is the relation of word ch moved from a noun to a verb: a
// nominal modifier or compound becomes an oblique.
func oblique(s *tree.Sentence, ch int) string {
	if r := s.Rel(ch); r == "nmod" || r == "compound" {
		return "obl"
	}
	return s.FullRel(ch)
}

// verbPredicate reports whether word v, a past form of a dictionary verb
// tagged as a verb or an adjective, modifies (amod) a noun that hangs on an
// earlier noun as its object, an apposition (with no comma: openBetween) or
// a modifier with no preposition, when
// that earlier noun heads a clause (root, ccomp, parataxis) with no verb
// and no copula: the earlier noun is the subject, the later the object. For
// an adjective, retag is the verb's tags and lemma.
func (c *Coder) verbPredicate(s *tree.Sentence, v int) (subj, obj int, retag tree.Arc, ok bool) {
	if s.FullRel(v) != "amod" || v == 0 {
		return -1, -1, retag, false
	}
	f := strings.ToLower(s.Form(v))
	switch {
	case s.UPOS(v) == "VERB" && (s.Tokens[v].XPOS == "VBN" || s.Tokens[v].XPOS == "VBD"):
	case s.UPOS(v) == "ADJ" && strings.HasSuffix(f, "ed"):
		for _, l := range c.Dict.Lemmas(f) {
			if l != f {
				retag = tree.Arc{UPOS: "VERB", XPOS: "VBD", Lemma: l}
				break
			}
		}
		if retag.Lemma == "" {
			return -1, -1, retag, false
		}
	default:
		return -1, -1, retag, false
	}
	obj = s.Head(v)
	if obj <= v || !isNoun(s, obj) {
		return -1, -1, retag, false
	}
	switch s.Rel(obj) {
	case "obj", "appos": // "The Chinese coast guard used water cannon", cannon an apposition
	case "nmod":
		if s.Child(obj, "case") >= 0 {
			return -1, -1, retag, false
		}
	default:
		return -1, -1, retag, false
	}
	subj = s.Head(obj)
	if subj < 0 || subj >= v || !isNoun(s, subj) || s.Child(subj, "cop") >= 0 {
		return -1, -1, retag, false
	}
	switch s.Rel(subj) {
	case "root", "ccomp", "parataxis":
	default:
		return -1, -1, retag, false
	}
	if !openBetween(s, subj, v) {
		return -1, -1, retag, false
	}
	return subj, obj, retag, true
}

// participlePredicate reports whether word v is a past participle the
// parser hung on a noun that is really its object, and returns the
// subject and object: either v modifies (amod) a later noun that has a
// subject before v (or, heading the sentence, a name in a compound right
// before v), or v modifies (acl) a subject noun right before it whose
// clause head is a later noun. Nouns with a copula ("X is a suspected
// militant") and participles with a "by" agent or a comma before them keep
// their reading.
func participlePredicate(s *tree.Sentence, v int) (subj, obj int, ok bool) {
	if x := s.Tokens[v].XPOS; s.UPOS(v) != "VERB" || (x != "VBN" && x != "VBD") {
		return -1, -1, false
	}
	h := s.Head(v)
	if h < 0 || !isNoun(s, h) || agentOf(s, v) >= 0 {
		return -1, -1, false
	}
	switch s.FullRel(v) {
	case "amod":
		subj, obj = s.Child(h, "nsubj"), h
		if subj < 0 && v > 0 && s.Rel(h) == "root" && s.Head(v-1) == h && s.Rel(v-1) == "compound" && s.UPOS(v-1) == "PROPN" {
			// "German Chancellor Olaf Scholz pledged continued military
			// support for Ukraine", parsed as one noun phrase: the name
			// right before the verb is its subject
			subj = v - 1
		}
	case "acl":
		if s.Rel(h) != "nsubj" || s.Child(v, "mark") >= 0 {
			return -1, -1, false
		}
		subj, obj = h, s.Head(h)
	default:
		return -1, -1, false
	}
	if subj < 0 || obj < 0 || subj >= v || obj <= v || !isNoun(s, obj) || s.Child(obj, "cop") >= 0 || s.UPOS(subj) == "PRON" {
		return -1, -1, false
	}
	if !openBetween(s, subj, v) {
		return -1, -1, false
	}
	return subj, obj, true
}

// openBetween reports whether nothing between subject subj and verb v
// (exclusive) stops the verb from being the subject's predicate: no comma,
// no verb and no auxiliary.
func openBetween(s *tree.Sentence, subj, v int) bool {
	for i := subj + 1; i < v; i++ {
		if s.Form(i) == "," || s.UPOS(i) == "VERB" || s.UPOS(i) == "AUX" {
			return false
		}
	}
	return true
}

// isNoun: a common or proper noun.
func isNoun(s *tree.Sentence, i int) bool { return s.UPOS(i) == "NOUN" || s.UPOS(i) == "PROPN" }

// tenseMismatch reports whether v, a bare base form (VB) with no auxiliary,
// no "to" and no subject of its own, is joined to a verb in the past
// ("utilities turned to natural gas and demand from China cooled"): joined
// verbs share their form, so v is a noun the tagger took for a verb.
func (c *Coder) tenseMismatch(s *tree.Sentence, v int) bool {
	h := s.Head(v)
	if h < 0 || s.Rel(v) != "conj" || s.Tokens[v].XPOS != "VB" {
		return false
	}
	f := strings.ToLower(s.Form(v))
	for _, l := range c.Dict.Lemmas(f) {
		if l != f {
			return false // "and froze the assets", tagged VB: a past form the dictionary knows
		}
	}
	if s.Tokens[h].XPOS != "VBD" {
		return false
	}
	for _, ch := range s.Children(v) {
		switch s.Rel(ch) {
		case "aux", "mark", "nsubj":
			return false
		}
	}
	return true
}
