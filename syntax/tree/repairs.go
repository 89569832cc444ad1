package tree

import "entente/syntax"

// Tree walks over a parse before it becomes a Sentence, shared by the
// repairs (thatclause.go, subordclause.go, timephrase.go, verbreading.go).

// followsNounPhrase reports whether word w comes right after the words of
// noun's phrase before it ("counterpart that", "militants attacked").
func followsNounPhrase(p *syntax.Sentence, noun, w int) bool {
	last := noun
	for i := noun + 1; i < w; i++ {
		if dominates(p, noun, i) {
			last = i
		}
	}
	return last == w-1
}

// dominates reports whether word a is word i or one of its heads.
func dominates(p *syntax.Sentence, a, i int) bool {
	for steps := 0; i >= 0 && steps <= len(p.Tokens); steps++ {
		if i == a {
			return true
		}
		i = p.Tokens[i].Head - 1
	}
	return false
}

// acyclic reports whether every word of p reaches the root through its
// heads: a repair that would break the tree is not made.
func acyclic(p *syntax.Sentence) bool {
	n := len(p.Tokens)
	for i := range p.Tokens {
		w, steps := i, 0
		for ; w >= 0 && steps <= n; steps++ {
			h := p.Tokens[w].Head - 1
			if h >= n {
				return false
			}
			w = h
		}
		if steps > n {
			return false
		}
	}
	return true
}

// rootWord returns the index of the root word of p, -1 for none.
func rootWord(p *syntax.Sentence) int {
	for i, t := range p.Tokens {
		if t.Head == 0 {
			return i
		}
	}
	return -1
}
