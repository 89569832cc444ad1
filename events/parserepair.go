package events

import "entente/syntax/tree"

// Parse repairs before coding: a news lead always has a main verb, and a
// past participle the parser hung on a noun as a modifier, when that noun
// has a subject of its own, is that main verb ("Zambia extradited suspected
// British militant Aswad to Britain", parsed as a noun phrase "Aswad" with
// the subject "Zambia"; "The United Nations on Tuesday reduced food
// supplies to …"; "The Israeli army forced out … refugees", an army that
// was forced). The participle takes the noun's place in the tree, the noun
// becomes its object and the subject its subject.

// repaired returns s with such participles made main verbs, or s itself.
func repaired(s *tree.Sentence) *tree.Sentence {
	var arcs []tree.Arc
	done := map[int]bool{} // nouns already given their verb
	for v := 0; v < s.Len(); v++ {
		subj, obj, ok := participlePredicate(s, v)
		if !ok || done[obj] {
			continue
		}
		done[obj] = true
		arcs = append(arcs,
			tree.Arc{Word: v, Head: s.Head(obj), Deprel: s.FullRel(obj)},
			tree.Arc{Word: obj, Head: v, Deprel: "obj"},
			tree.Arc{Word: subj, Head: v, Deprel: "nsubj"})
		// what stood between subject and verb belongs to the verb ("on
		// Tuesday", "today")
		for _, c := range s.Children(obj) {
			if c > subj && c < v {
				rel := s.FullRel(c)
				if r := s.Rel(c); r == "nmod" || r == "compound" {
					rel = "obl"
				}
				arcs = append(arcs, tree.Arc{Word: c, Head: v, Deprel: rel})
			}
		}
	}
	if len(arcs) == 0 {
		return s
	}
	return s.Reattached(arcs)
}

// participlePredicate reports whether word v is a past participle the
// parser hung on a noun that is really its object, and returns the
// subject and object: either v modifies (amod) a later noun that has a
// subject before v, or v modifies (acl) a subject noun right before it
// whose clause head is a later noun. Nouns with a copula ("X is a suspected
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
	for i := subj + 1; i < v; i++ {
		if s.Form(i) == "," || s.UPOS(i) == "VERB" || s.UPOS(i) == "AUX" {
			return -1, -1, false
		}
	}
	return subj, obj, true
}

// isNoun: a common or proper noun.
func isNoun(s *tree.Sentence, i int) bool { return s.UPOS(i) == "NOUN" || s.UPOS(i) == "PROPN" }
