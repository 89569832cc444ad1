package tree

import "entente/syntax"

// Tree walks over a parse before it becomes a Sentence, shared by the
// repairs (thatclause.go, subordclause.go, timephrase.go, verbreading.go),
// and the one way a parse is changed by new arcs (reattach), which
// Sentence.Reattached uses too.

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

// reattach returns a copy of tokens with the words of arcs attached anew
// (and retagged where an arc says so), or false when an arc names a word
// out of range or the result would not be a tree: Sentence.Reattached and
// the repairs make their changes through it.
func reattach(tokens []syntax.Token, arcs []Arc) ([]syntax.Token, bool) {
	n := len(tokens)
	out := append([]syntax.Token(nil), tokens...)
	for _, a := range arcs {
		if a.Word < 0 || a.Word >= n || a.Head < -1 || a.Head >= n || a.Head == a.Word {
			return nil, false
		}
		t := &out[a.Word]
		t.Head, t.Deprel = a.Head+1, a.Deprel
		if a.UPOS != "" {
			t.UPOS = a.UPOS
		}
		if a.XPOS != "" {
			t.XPOS = a.XPOS
		}
		if a.Lemma != "" {
			t.Lemma = a.Lemma
		}
	}
	if !acyclic(out) {
		return nil, false
	}
	return out, true
}

// reattached returns p with the words of arcs attached anew, or p itself
// when there are none or the change would break the tree (reattach).
func reattached(p *syntax.Sentence, arcs []Arc) *syntax.Sentence {
	if len(arcs) == 0 {
		return p
	}
	if tokens, ok := reattach(p.Tokens, arcs); ok {
		return &syntax.Sentence{Tokens: tokens}
	}
	return p
}

// acyclic reports whether every word of tokens reaches the root through
// its heads: a repair that would break the tree is not made.
func acyclic(tokens []syntax.Token) bool {
	n := len(tokens)
	for i := range tokens {
		w, steps := i, 0
		for ; w >= 0 && steps <= n; steps++ {
			h := tokens[w].Head - 1
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
