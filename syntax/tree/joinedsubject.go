package tree

import "entente/syntax"

// withJoinedSubjects returns p with each subject the parser split in two
// joined again ("The United States and Saudi Arabia hosted peace talks",
// read as two subjects of "hosted" with "and" on the verb: the second read
// as another party), or p itself: a verb's second subject after a
// conjunction hung on the verb between the two becomes the first one's
// conjunct, and the conjunction its mark of joining.
func withJoinedSubjects(p *syntax.Sentence) *syntax.Sentence {
	var arcs []Arc
	for v := range p.Tokens {
		a, c, b := -1, -1, -1
		for i, t := range p.Tokens {
			if t.Head-1 != v || i > v {
				continue
			}
			switch {
			case t.Deprel == "nsubj" && a < 0:
				a = i
			case t.Deprel == "cc" && a >= 0 && c < 0:
				c = i
			case t.Deprel == "nsubj" && c >= 0 && b < 0:
				b = i
			}
		}
		if a >= 0 && c > a && b > c {
			arcs = append(arcs, Arc{Word: b, Head: a, Deprel: "conj"}, Arc{Word: c, Head: b, Deprel: "cc"})
		}
	}
	return reattached(p, arcs)
}
