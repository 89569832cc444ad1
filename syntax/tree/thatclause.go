package tree

import (
	"strings"

	"entente/syntax"
)

// "Wang Yi told his Israeli counterpart that Israel's actions went beyond
// self-defence": after a verb of telling and its listener, the EWT-trained
// parser often reads "that" as a relative pronoun, the clause after it as
// a relative clause on the listener ("the counterpart that … went"). Such a
// clause is the verb's complement when "that" is not its subject and it has
// a subject of its own, and the verb has no other complement: the clause
// then hangs on the verb as its ccomp and "that" marks it. A real relative
// clause keeps "that" as its subject ("told reporters that were present").

// tellVerbs are the lemmas of verbs of telling that take a listener and a
// that-clause.
var tellVerbs = map[string]bool{"tell": true, "inform": true, "assure": true, "reassure": true,
	"warn": true, "remind": true, "notify": true, "advise": true, "promise": true,
	"convince": true, "persuade": true, "caution": true}

// withThatClauses returns p with such clauses made complements, or p itself.
func withThatClauses(forms []string, p *syntax.Sentence) *syntax.Sentence {
	var arcs []Arc
	for r := range p.Tokens {
		if that, verb, ok := thatClause(forms, p, r); ok {
			arcs = append(arcs, Arc{Word: r, Head: verb, Deprel: "ccomp"},
				Arc{Word: that, Head: r, Deprel: "mark", UPOS: "SCONJ", XPOS: "IN"})
		}
	}
	return reattached(p, arcs)
}

// thatClause reports whether word r heads a relative clause that is the
// complement of a verb of telling (see above); it returns the word "that"
// and the verb.
func thatClause(forms []string, p *syntax.Sentence, r int) (that, verb int, ok bool) {
	ts := p.Tokens
	noun := ts[r].Head - 1
	if !strings.HasPrefix(ts[r].Deprel, "acl:relcl") || noun < 0 || noun > r || ts[r].UPOS != "VERB" {
		return 0, 0, false
	}
	rel, _, _ := strings.Cut(ts[noun].Deprel, ":")
	verb = ts[noun].Head - 1
	if (rel != "obj" && rel != "iobj") || verb < 0 || verb > noun || !tellVerbs[ts[verb].Lemma] {
		return 0, 0, false
	}
	that, subject := -1, false
	for i, t := range ts {
		switch {
		case t.Head-1 == verb && strings.HasPrefix(t.Deprel, "ccomp"):
			return 0, 0, false // the verb has its complement
		case t.Head-1 != r:
		case i < r && strings.EqualFold(forms[i], "that") && that < 0:
			if strings.HasPrefix(t.Deprel, "nsubj") {
				return 0, 0, false // "reporters that were present"
			}
			that = i
		case strings.HasPrefix(t.Deprel, "nsubj"):
			subject = true
		}
	}
	if that < 0 || !subject || that != noun+1 && !followsNounPhrase(p, noun, that) {
		return 0, 0, false
	}
	return that, verb, true
}
