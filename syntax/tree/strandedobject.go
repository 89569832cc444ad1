package tree

import (
	"strings"

	"entente/syntax"
	"entente/text"
)

// "Chinese President Xi Jinping welcomed Brazilian President Luiz Inacio
// Lula da Silva to Beijing", "Soldiers from Gondor have cordoned off for
// construction the roads leading into Mordor": after a long name or a
// phrase between verb and object, the parser sometimes reads the object as
// the subject of nothing, hung on the sentence's final punctuation. A noun
// so stranded whose phrase follows a verb's own words with no punctuation
// between is that verb's object, when the verb has a subject before it and
// no object or clause of its own.

// clauseTakers are the lemmas of verbs of saying and knowing, after which
// a noun the parser stranded is a clause's subject or, inverted, the
// speaker ("said people misunderstand Trump", "said the man who …").
var clauseTakers = map[string]bool{"say": true, "tell": true, "add": true, "claim": true, "report": true,
	"know": true, "think": true, "believe": true, "argue": true, "insist": true, "note": true,
	"announce": true, "write": true, "ask": true, "hope": true, "fear": true, "suggest": true,
	"predict": true, "show": true, "find": true, "mean": true, "realize": true, "see": true}

// withStrandedObjects returns p with such objects attached to their verbs,
// or p itself. A marked clause stranded on the same punctuation after the
// object goes to the verb too ("China warned the United States against
// selling weapons to Taiwan").
func withStrandedObjects(forms []string, p *syntax.Sentence) *syntax.Sentence {
	var arcs []Arc
	for n := range p.Tokens {
		if v, ok := strandedObject(forms, p, n); ok {
			arcs = append(arcs, Arc{Word: n, Head: v, Deprel: "obj"})
			h := p.Tokens[n].Head - 1
			for i := n + 1; i < len(p.Tokens); i++ {
				if strandedClause(p, h, i) {
					arcs = append(arcs, Arc{Word: i, Head: v, Deprel: p.Tokens[i].Deprel})
				}
			}
		}
	}
	return reattached(p, arcs)
}

// withStrandedGerunds returns p with each marked gerund clause that the
// parser hung on a punctuation mark attached to the verb that mark closes
// ("Iran has been accused by the United States of supplying drones to
// Russia": "of supplying" hung on the full stop, out of the accusation's
// reach), or p itself.
func withStrandedGerunds(p *syntax.Sentence) *syntax.Sentence {
	var arcs []Arc
	for i, t := range p.Tokens {
		h := t.Head - 1
		if h < 0 || p.Tokens[h].UPOS != "PUNCT" || t.XPOS != "VBG" || !strandedClause(p, h, i) {
			continue
		}
		if v := p.Tokens[h].Head - 1; v >= 0 && p.Tokens[v].UPOS == "VERB" {
			arcs = append(arcs, Arc{Word: i, Head: v, Deprel: t.Deprel})
		}
	}
	return reattached(p, arcs)
}

// strandedClause reports whether word i is the verb of an adverbial
// clause with a mark of its own ("against selling") hung on punctuation h.
func strandedClause(p *syntax.Sentence, h, i int) bool {
	t := p.Tokens[i]
	if t.Head-1 != h || t.UPOS != "VERB" || t.Deprel != "advcl" {
		return false
	}
	for _, c := range p.Tokens {
		if c.Head-1 == i && c.Deprel == "mark" {
			return true
		}
	}
	return false
}

// strandedObject reports whether word n is a stranded object (see above)
// and returns its verb. The object's phrase starts with a word, not
// punctuation, right after the verb, its particle or adverb, or after a
// noun of the verb's phrases when it opens with an article ("for
// construction the roads": a noun right before a name is a title, "worked
// for pollster Frank Luntz"). No punctuation stands between the verb and
// its subject, and every verb after the object is in its phrase ("said
// people misunderstand Trump" is a clause). A time of day is no object
// ("changed the night Obama won Iowa").
func strandedObject(forms []string, p *syntax.Sentence, n int) (v int, ok bool) {
	ts := p.Tokens
	t := ts[n]
	h := t.Head - 1
	if h < 0 || ts[h].UPOS != "PUNCT" || t.Deprel != "nsubj" || (t.UPOS != "NOUN" && t.UPOS != "PROPN") ||
		text.IsDayPart(strings.ToLower(forms[n])) {
		return 0, false
	}
	lo := n
	for lo > 0 && dominates(p, n, lo-1) {
		lo--
	}
	if lo == 0 || !isWordToken(ts[lo]) {
		return 0, false
	}
	switch before := ts[lo-1]; before.UPOS {
	case "VERB", "ADV":
	case "ADP", "PART":
		if before.Deprel != "compound:prt" {
			return 0, false
		}
	case "NOUN", "PROPN":
		if ts[lo].UPOS != "DET" || ts[lo].Deprel != "det" {
			return 0, false
		}
	default:
		return 0, false
	}
	for v = lo - 1; v >= 0 && ts[v].UPOS != "VERB"; v-- {
		if ts[v].UPOS == "PUNCT" {
			return 0, false
		}
	}
	if v < 0 || clauseTakers[strings.ToLower(ts[v].Lemma)] {
		return 0, false
	}
	for i := v + 1; i < lo; i++ {
		if !dominates(p, v, i) {
			return 0, false
		}
	}
	for i := n + 1; i < len(ts); i++ {
		if (ts[i].UPOS == "VERB" || ts[i].UPOS == "AUX") && !dominates(p, n, i) && !strandedClause(p, h, i) {
			return 0, false
		}
	}
	subject := -1
	for i, c := range ts {
		if c.Head-1 != v {
			continue
		}
		switch c.Deprel {
		case "nsubj":
			if i < v {
				subject = i
			}
		case "obj", "ccomp", "xcomp", "nsubj:pass", "aux:pass", "expl":
			return 0, false
		}
	}
	if subject < 0 {
		return 0, false
	}
	for i := subject + 1; i < v; i++ {
		if ts[i].UPOS == "PUNCT" && !dominates(p, subject, i) {
			return 0, false
		}
	}
	return v, true
}
