package events

import (
	"slices"
	"strings"

	"entente/events/verbdict"
	"entente/syntax/tree"
)

// Verb chains: a verb and its to-infinitive complement ("vowed to wage
// war", "won't try to clash"). The matcher stops at a verb as at a clause
// boundary; TABARI and PETRARCH read a pattern through the chain, so
// "VOW * WAR" codes "vowed on Thursday to wage war" and "WON'T * OVER
// EFFORTS" codes "won't try to clash over the efforts". Only a partner the
// dictionary does not code is read through: a coded one carries its own
// event and the combination rules (refusal, promise, request) join the two.
// The file also holds the other places a pattern may read past a boundary
// as TABARI did: the "that" before a clause (to its governing verb), a
// participle inside a noun phrase, a joined phrase in the complement clause.

// chainComplement reports whether v is the to-infinitive complement of its
// head: an xcomp, or a to-infinitive the parser hung as advcl.
func chainComplement(s *tree.Sentence, v int) bool {
	return s.Rel(v) == "xcomp" || (s.Rel(v) == "advcl" && hasMarkTo(s, v))
}

// chainPartners returns the verbs chained to v: its head when v is a
// complement, and its own complements.
func chainPartners(s *tree.Sentence, v int) []int {
	var ps []int
	if h := s.Head(v); h >= 0 && chainComplement(s, v) && s.UPOS(h) == "VERB" {
		ps = append(ps, h)
	}
	for _, ch := range s.Children(v) {
		if chainComplement(s, ch) && s.UPOS(ch) == "VERB" {
			ps = append(ps, ch)
		}
	}
	return ps
}

// chainOpen returns the tokens the matcher may read through between v and
// its chain partner p: p itself and the "to" and auxiliaries of the
// complement ("to be allowed").
func chainOpen(s *tree.Sentence, v, p int) []int {
	low := v // the complement of the two
	if s.Head(p) == v {
		low = p
	}
	open := []int{p}
	for _, ch := range s.Children(low) {
		switch s.Rel(ch) {
		case "mark", "aux":
			open = append(open, ch)
		}
	}
	return open
}

// inDict reports whether verb p is in the dictionary (by lemma or form).
func (c *Coder) inDict(s *tree.Sentence, p int) bool {
	f := strings.ToLower(s.Form(p))
	return len(c.Dict.Verbs(s.Lemma(p))) > 0 || len(c.Dict.Verbs(f)) > 0 || len(c.Dict.Lemmas(f)) > 0
}

// readThrough reports whether the first match of v may read through its
// chain partner p: p is not in the dictionary, or, matched already (it comes
// first), is not coded.
func readThrough(c *Coder, s *tree.Sentence, v, p int, coded []bool) bool {
	if p < v && !coded[p] {
		return true
	}
	return !c.inDict(s, p)
}

// rematchChains re-matches every verb with patterns chained to a verb the
// dictionary has but codes as no event ("try" [---]), reading through the
// partner; a more specific pattern found so replaces the verb's match and
// reach[v] records the partner. (A partner not in the dictionary at all, or
// one before the verb, is read through in the first match.)
func (c *Coder) rematchChains(s *tree.Sentence, toks []verbdict.Token, qspans []verbdict.Span,
	matches []verbdict.Match, coded []bool, reach []int) {
	for v := 0; v < s.Len(); v++ {
		if s.UPOS(v) != "VERB" || matcherPOS(s, v) != "VERB" || matches[v].Verb == nil || len(matches[v].Verb.Block.Patterns) == 0 {
			continue // not in the dictionary, or no pattern to find
		}
		for _, p := range chainPartners(s, v) {
			if p < v || coded[p] || !c.inDict(s, p) {
				continue // (read through in the first match)
			}
			m, ok := c.match(verbQuery(s, v, toks, qspans, chainOpen(s, v, p)))
			if !ok || m.Pattern == nil || m.Specificity <= matches[v].Specificity || !reads(m, v, p) {
				continue
			}
			matches[v], coded[v] = m, !m.Code.IsNull() && m.Code.Active != ""
			reach[v] = p
		}
	}
}

// reads reports whether match m of verb v holds a token beyond its chain
// partner p (on p's side of v): the pattern read through p.
func reads(m verbdict.Match, v, p int) bool {
	for _, t := range m.Tokens {
		if (p > v && t > p) || (p < v && t < p) {
			return true
		}
	}
	return false
}

// patternTookHead reports whether the pattern of match m for verb v took
// v's governing verb as one of its words ("+ HOSTING * TABASKI ^ $" on
// "Mordor will be hosting Osgiliath to celebrate Tabaski"): the pattern
// codes the construction as a whole, so the infinitive is no mere purpose.
func patternTookHead(s *tree.Sentence, v int, m verbdict.Match) bool {
	h := s.Head(v)
	return m.Pattern != nil && h >= 0 && slices.Contains(m.Tokens, h)
}

// complementSpan is the token range of v's complement clause after it
// (ccomp or xcomp: "allowed that Mordor isn't a really pleasant place"),
// empty when it has none. The matcher looks for a pattern's joined phrase
// there.
func complementSpan(s *tree.Sentence, v int) verbdict.Span {
	for _, ch := range s.Children(v) {
		if ch > v && (s.Rel(ch) == "ccomp" || s.Rel(ch) == "xcomp") {
			lo, hi := s.Subtree(ch)
			return verbdict.Span{Start: lo, End: hi + 1}
		}
	}
	return verbdict.Span{}
}

// clauseOpen returns the complementizer "that" between v and the verb
// governing its clause ("Falastur noted that Cirith Ungol regretted …"): a
// pre-verb pattern element may name the governing verb ("NOTED + *"), as
// TABARI read the words before the verb.
func clauseOpen(s *tree.Sentence, v int) []int {
	h := s.Head(v)
	if h < 0 || h > v || s.UPOS(h) != "VERB" || (s.Rel(v) != "ccomp" && s.Rel(v) != "parataxis") {
		return nil
	}
	var open []int
	for i := h + 1; i < v; i++ {
		if strings.EqualFold(s.Form(i), "that") && s.UPOS(i) == "SCONJ" {
			open = append(open, i)
		}
	}
	return open
}

// participleOpen returns the past participles that modify a noun of v's
// phrases after it ("welcomed assurances on cultural issues sent from
// Bree"): a reduced relative clause stays inside its noun phrase, where
// PETRARCH sought the pattern's prepositional phrase ("* ASSURANCES_ON
// &TIETYPES FROM").
func participleOpen(s *tree.Sentence, v int) []int {
	var open []int
	for i := v + 1; i < s.Len(); i++ {
		if s.UPOS(i) != "VERB" || s.FullRel(i) != "acl" || s.Tokens[i].XPOS != "VBN" ||
			s.Child(i, "nsubj") >= 0 || s.Child(i, "mark") >= 0 {
			continue
		}
		under := false
		s.Ancestors(i, func(a int) bool {
			under = a == v
			return !under && a > v
		})
		if under {
			open = append(open, i)
		}
	}
	return open
}

// verbQuery is the matcher's query for verb v of s: its voice, the words
// its clause, participle and chain partners (extra) open to the pattern, its
// complement and its subject.
func verbQuery(s *tree.Sentence, v int, toks []verbdict.Token, qspans []verbdict.Span, extra []int) verbdict.Query {
	passive, _ := subjects(s, v)
	return verbdict.Query{Tokens: toks, Verb: v, Actors: qspans, Passive: passive,
		Open: append(queryOpen(s, v), extra...), Complement: complementSpan(s, v), Subject: subjectSpan(s, v)}
}

// queryOpen returns the tokens the matcher may read through for verb v
// (Query.Open): the complementizer of its clause and the participles of its
// noun phrases.
func queryOpen(s *tree.Sentence, v int) []int {
	return append(clauseOpen(s, v), participleOpen(s, v)...)
}
