package tree

import (
	"strings"

	"entente/syntax"
)

// "Israel launched airstrikes after Hamas militants attacked southern
// Israel", "Relations have soured since Russia annexed Crimea": the parser
// often reads a clause after a subordinating "after", "since", "before" as
// a prepositional phrase ("after Hamas militants") followed by a noun
// phrase whose modifier is the clause's verb ("attacked southern Israel").
// When a past form hangs on a later noun as its modifier, the noun right
// before it is marked by such a word, and the later noun has no
// preposition of its own, the three are a clause: the verb takes the
// marked noun's place as an adverbial clause, the marked noun is its
// subject, the later noun its object and the word its mark.
//
// The parser also joins such a clause's verb to the main verb ("Israel
// summoned the Russian ambassador after Moscow hosted the Hamas
// delegation", read as an ambassador "after Moscow" and Israel hosting):
// a finite verb joined with no subject of its own, right after a noun so
// marked, is the clause's verb and the noun its subject
// (joinedSubordinateClause).

// clauseMarks are the words that mark a clause as well as a noun phrase.
var clauseMarks = map[string]bool{"after": true, "before": true, "since": true, "until": true,
	"till": true, "once": true}

// withSubordinateClauses returns p with such clauses repaired, or p itself.
func withSubordinateClauses(forms []string, p *syntax.Sentence) *syntax.Sentence {
	var arcs []Arc
	for v := range p.Tokens {
		if subj, obj, mark, ok := subordinateClause(forms, p, v); ok {
			arcs = append(arcs, Arc{Word: v, Head: p.Tokens[subj].Head - 1, Deprel: "advcl", XPOS: "VBD"},
				Arc{Word: subj, Head: v, Deprel: "nsubj"}, Arc{Word: obj, Head: v, Deprel: "obj"},
				Arc{Word: mark, Head: v, Deprel: "mark", UPOS: "SCONJ"})
		} else if subj, mark, ok := joinedSubordinateClause(forms, p, v); ok {
			arcs = append(arcs, Arc{Word: v, Head: p.Tokens[v].Head - 1, Deprel: "advcl"},
				Arc{Word: subj, Head: v, Deprel: "nsubj"},
				Arc{Word: mark, Head: v, Deprel: "mark", UPOS: "SCONJ"})
		}
	}
	return reattached(p, arcs)
}

// joinedSubordinateClause reports whether word v, a finite verb joined
// (conj) to the verb before it with no subject of its own, is the verb of a
// clause whose mark the parser read as the preposition of the noun right
// before v (see above); it returns that noun and the mark.
func joinedSubordinateClause(forms []string, p *syntax.Sentence, v int) (subj, mark int, ok bool) {
	ts := p.Tokens
	t := ts[v]
	if v < 2 || t.UPOS != "VERB" || (t.XPOS != "VBD" && t.XPOS != "VBZ" && t.XPOS != "VBP") || t.Deprel != "conj" {
		return 0, 0, false
	}
	subj, mark = v-1, -1
	rel, _, _ := strings.Cut(ts[subj].Deprel, ":")
	if u := ts[subj].UPOS; (u != "NOUN" && u != "PROPN") || (rel != "nmod" && rel != "obl") {
		return 0, 0, false
	}
	for i, c := range ts {
		switch r, _, _ := strings.Cut(c.Deprel, ":"); {
		case c.Head-1 == v && r == "nsubj":
			return 0, 0, false // the verb has its subject
		case c.Head-1 == subj && c.Deprel == "case" && mark < 0:
			mark = i
		}
	}
	if mark < 0 || mark >= subj || !clauseMarks[strings.ToLower(forms[mark])] {
		return 0, 0, false
	}
	return subj, mark, true
}

// subordinateClause reports whether word v is the verb of such a clause
// (see above) and returns its subject, object and mark.
func subordinateClause(forms []string, p *syntax.Sentence, v int) (subj, obj, mark int, ok bool) {
	ts := p.Tokens
	t := ts[v]
	if t.UPOS != "VERB" || (t.XPOS != "VBD" && t.XPOS != "VBN") || t.Deprel != "amod" || t.Head-1 <= v || v == 0 {
		return 0, 0, 0, false
	}
	obj, subj = t.Head-1, v-1
	if ts[subj].Deprel == "flat" && ts[subj].Head-1 < subj {
		subj = ts[subj].Head - 1 // "President Vladimir Putin"
	}
	head := ts[subj].Head - 1 // the verb's head after the repair
	if (ts[subj].UPOS != "NOUN" && ts[subj].UPOS != "PROPN") || head < 0 || dominates(p, obj, head) || dominates(p, v, head) {
		return 0, 0, 0, false // no clause, or the repair would make a cycle
	}
	mark = -1
	for i, c := range ts {
		switch {
		case c.Head-1 == obj && c.Deprel == "case":
			return 0, 0, 0, false // "after X attacked in Y"
		case c.Head-1 == subj && c.Deprel == "case" && i < subj && clauseMarks[strings.ToLower(forms[i])]:
			mark = i
		}
	}
	if mark < 0 || !followsNounPhrase(p, subj, v) {
		return 0, 0, 0, false
	}
	return subj, obj, mark, true
}
