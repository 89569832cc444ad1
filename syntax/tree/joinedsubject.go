package tree

import (
	"slices"

	"entente/syntax"
)

// withJoinedSubjects returns p with each subject the parser split in two
// joined again ("The United States and Saudi Arabia hosted peace talks",
// read as two subjects of "hosted" with "and" on the verb: the second read
// as another party), or p itself: a verb's second subject after a
// conjunction hung on the verb between the two becomes the first one's
// conjunct, and the conjunction its mark of joining.
func withJoinedSubjects(p *syntax.Sentence) *syntax.Sentence {
	var arcs []Arc
	var joined []int // verbs already given their joined subject
	for c, t := range p.Tokens {
		v := t.Head - 1
		if t.Deprel != "cc" || v <= c || slices.Contains(joined, v) {
			continue // only a conjunction hung on a later verb is looked at further
		}
		a, b := -1, -1
		for i, u := range p.Tokens[:v] {
			if u.Head-1 != v || u.Deprel != "nsubj" {
				continue
			}
			if i < c && a < 0 {
				a = i
			} else if i > c && b < 0 {
				b = i
			}
		}
		if a >= 0 && b >= 0 {
			joined = append(joined, v)
			arcs = append(arcs, Arc{Word: b, Head: a, Deprel: "conj"}, Arc{Word: c, Head: b, Deprel: "cc"})
		}
	}
	return reattached(p, arcs)
}
