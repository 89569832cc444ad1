package events

import (
	"fmt"
	"strings"

	"entente/actors"
	"entente/actors/coref"
	"entente/events/cameo"
	"entente/events/verbdict"
	"entente/quotes"
	"entente/syntax/tree"
	"entente/text"
)

// Coder turns parsed sentences into CAMEO events. It only reads its tables
// after NewCoder, so one Coder is safe for concurrent use.
type Coder struct {
	Dict  *verbdict.Dictionary
	Table *cameo.Table
	// Options are passed to verbdict's matcher.
	Options verbdict.Options
}

// NewCoder loads the embedded CAMEO verb dictionary and code table.
func NewCoder() (*Coder, error) {
	d, err := verbdict.Load()
	if err != nil {
		return nil, err
	}
	t, err := cameo.Load()
	if err != nil {
		return nil, err
	}
	return &Coder{Dict: d, Table: t}, nil
}

// span is an actor mention of one sentence in word indexes [lo, hi).
type span struct {
	lo, hi int
	actor  Actor
}

// negators are the verbs whose xcomp complement did not happen.
var negators = map[string]bool{"refuse": true, "fail": true, "decline": true, "avoid": true}

// Code codes every sentence of an article. td is the text layer, pd its
// parse, acts the dictionary actor mentions, cd the coreference (may be nil)
// and qs the quotes (may be nil; they only set QuoteID). Events come in text
// order; an event needs a source and a target whose country parts (first
// three letters of the codes) differ.
func (c *Coder) Code(articleID, date string, td *text.Doc, pd *tree.Doc, acts []actors.Mention, cd *coref.Doc, qs []quotes.Quote) []Event {
	if td == nil || pd == nil {
		return nil
	}
	var out []Event
	seen := map[string]bool{}
	for si := range pd.Sentences {
		s := &pd.Sentences[si]
		if s.Len() == 0 || s.Index < 0 || s.Index >= len(td.Sentences) {
			continue
		}
		sent := td.Sentences[s.Index].Span
		spans := sentenceActors(s, sent, acts, cd)
		if len(spans) < 2 {
			continue
		}
		toks := make([]verbdict.Token, s.Len())
		for i := range toks {
			toks[i] = verbdict.Token{Word: s.Form(i), Lemma: s.Lemma(i), POS: matcherPOS(s, i)}
		}
		qspans := make([]verbdict.Span, len(spans))
		for i, a := range spans {
			qspans[i] = verbdict.Span{Start: a.lo, End: a.hi}
		}
		evidence := td.Text[sent.Start:sent.End]
		matches := make([]verbdict.Match, s.Len())
		coded := make([]bool, s.Len())
		for v := 0; v < s.Len(); v++ {
			if s.UPOS(v) != "VERB" {
				continue
			}
			passive, _ := subjects(s, v)
			q := verbdict.Query{Tokens: toks, Verb: v, Actors: qspans, Passive: passive}
			m, ok := c.Dict.Match(q, c.Options)
			matches[v], coded[v] = m, ok && !m.Code.IsNull() && m.Code.Active != ""
		}
		for v := 0; v < s.Len(); v++ {
			if !coded[v] || negated(s, v) || allegation(s, v) {
				continue
			}
			if h := s.Head(v); h >= 0 && s.Rel(v) == "xcomp" && coded[h] && !negated(s, h) {
				// "threatened to impose", "wants X to pay": the governing verb
				// carries the event (PETRARCH-2 combines the two)
				continue
			}
			passive, subjs := subjects(s, v)
			m := matches[v]
			if m.Code.Active == "010" && m.Pattern == nil {
				// a bare "say": the statement's content is coded, not the saying
				continue
			}
			var sources, targets []Actor
			if m.Source >= 0 && m.Source < len(spans) {
				sources = []Actor{spans[m.Source].actor}
			}
			if m.Target >= 0 && m.Target < len(spans) {
				targets = []Actor{spans[m.Target].actor}
			}
			speech := strings.HasPrefix(m.Code.Active, "01")
			if passive {
				if sources == nil {
					sources = phraseActors(s, agentOf(s, v), spans)
				}
				if targets == nil && len(subjs) > 0 {
					targets = phraseActors(s, subjs[0], spans)
				}
			} else {
				if targets == nil {
					targets = objectActors(s, v, spans, !speech)
				}
				if targets == nil {
					targets = matchedTarget(s, m, v, spans)
				}
				if sources == nil {
					for _, sj := range subjs {
						sources = phraseActors(s, sj, spans)
						if len(sources) > 0 && !sameActors(sources, targets) {
							break
						}
					}
				}
			}
			if len(sources) == 0 || len(targets) == 0 {
				continue
			}
			code, _, ok := c.Table.Resolve(m.Code.Active)
			if !ok {
				continue
			}
			conf := 0.5 + 0.1*float64(m.Specificity)
			if conf > 0.95 {
				conf = 0.95
			}
			vs := text.Span{Start: s.Words[v].Start, End: s.Words[v].End}
			qid := quoteID(articleID, qs, vs.Start)
			for _, src := range sources {
				for _, tgt := range targets {
					if !distinct(src.Code, tgt.Code) {
						continue
					}
					// a sentence or a quote printed twice is coded once
					where := evidence
					if qid != "" {
						where = qid
					}
					key := where + "\x00" + src.Code + "\x00" + tgt.Code + "\x00" + m.Code.Active
					if seen[key] {
						continue
					}
					seen[key] = true
					out = append(out, Event{
						ID:        fmt.Sprintf("%s/e%d", articleID, len(out)),
						ArticleID: articleID, Date: date,
						Source: src, Target: tgt,
						CAMEO: m.Code.Active, CAMEORoot: code.Root,
						Plover:    Plover{Type: code.PloverType, Mode: code.PloverMode},
						Goldstein: code.Goldstein, QuadClass: code.QuadClass,
						Sentence: sent, EvidenceText: evidence,
						QuoteID: qid, Confidence: conf, Verb: vs,
					})
				}
			}
		}
	}
	return out
}

// distinct reports whether two actor codes are both present and of
// different countries (first three letters).
func distinct(a, b string) bool {
	if len(a) < 3 || len(b) < 3 {
		return false
	}
	return !strings.EqualFold(a[:3], b[:3])
}

func quoteID(articleID string, qs []quotes.Quote, off int) string {
	for i, q := range qs {
		if q.Span.Contains(off) || q.Clause.Contains(off) {
			return fmt.Sprintf("%s/q%d", articleID, i)
		}
		for _, o := range q.Occurrences {
			if o.Contains(off) {
				return fmt.Sprintf("%s/q%d", articleID, i)
			}
		}
	}
	return ""
}

// sentenceActors collects the coded actor mentions of a sentence in word
// indexes: the dictionary mentions first, then coreference mentions of coded
// entities (pronouns, surnames, descriptions) that overlap none of them.
func sentenceActors(s *tree.Sentence, sent text.Span, acts []actors.Mention, cd *coref.Doc) []span {
	var out []span
	add := func(start, end int, a Actor, country string) {
		a.Code = countryCode(a.Code, country)
		if a.Code == "" || start < sent.Start || end > sent.End || end <= start {
			return
		}
		lo, hi := s.WordAt(start), s.WordAt(end-1)
		if lo < 0 || hi < 0 {
			return
		}
		for _, o := range out {
			if lo < o.hi && o.lo <= hi {
				return
			}
		}
		out = append(out, span{lo: lo, hi: hi + 1, actor: a})
	}
	for _, m := range acts {
		if len(m.Code) < 3 {
			continue
		}
		name := m.Name
		if name == "" {
			name = m.Text
		}
		add(m.Start, m.End, Actor{Name: name, Code: m.Code, EntityID: m.EntityID}, m.Country)
	}
	if cd != nil {
		for _, m := range cd.Mentions {
			if m.Start < sent.Start || m.End > sent.End || m.Entity < 0 || m.Entity >= len(cd.Entities) {
				continue
			}
			e := cd.Entities[m.Entity]
			if len(e.Code) < 3 {
				continue
			}
			id := e.ActorEntity
			if id == "" {
				id = fmt.Sprintf("coref/%d", e.ID)
			}
			add(m.Start, m.End, Actor{Name: e.Name, Code: e.Code, EntityID: id}, e.Country)
		}
	}
	// text order
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].lo < out[j-1].lo; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// negated reports whether verb v is negated or the complement of a verb of
// refusal or failure.
func negated(s *tree.Sentence, v int) bool {
	for _, ch := range s.Children(v) {
		if ch > v {
			break
		}
		if s.Rel(ch) == "advmod" || s.Rel(ch) == "neg" || s.Rel(ch) == "part" {
			switch strings.ToLower(s.Form(ch)) {
			case "not", "n't", "never", "n’t":
				return true
			}
		}
	}
	if h := s.Head(v); h >= 0 && s.Rel(v) == "xcomp" && negators[strings.ToLower(s.Lemma(h))] {
		return true
	}
	return false
}

// accusers are verbs whose complement is what the source alleges, not an
// event in its own right ("X accused Y of attacking Z" codes only the
// accusation).
var accusers = map[string]bool{"accuse": true, "blame": true, "charge": true, "allege": true,
	"deny": true, "condemn": true, "criticize": true, "criticise": true, "fault": true}

// allegation reports whether verb v is the complement of an accusation.
func allegation(s *tree.Sentence, v int) bool {
	h := s.Head(v)
	if h < 0 {
		return false
	}
	switch s.Rel(v) {
	case "advcl", "ccomp", "xcomp", "acl":
		return accusers[strings.ToLower(s.Lemma(h))]
	}
	return false
}

// subjects returns whether v is passive and the candidate head words of
// its subject, nearest first: its own subject, else the subjects met climbing
// to the governing clauses (conj, xcomp, advcl), or the modified noun of a
// participle (acl). Later candidates serve when a nearer one names the same
// actor as the target (a misattached conjunct).
func subjects(s *tree.Sentence, v int) (passive bool, subj []int) {
	passive = s.Child(v, "aux:pass") >= 0 || s.Child(v, "nsubj:pass") >= 0
	cur := v
	for range 8 {
		if sj := s.Child(cur, "nsubj"); sj >= 0 {
			if cur == v {
				return passive, []int{sj}
			}
			subj = append(subj, sj)
		}
		h := s.Head(cur)
		if h < 0 {
			return passive, subj
		}
		switch s.Rel(cur) {
		case "conj", "xcomp", "advcl":
			cur = h
		case "ccomp":
			if len(subj) == 0 {
				return passive, subj
			}
			cur = h // only a fallback behind a nearer subject
		case "acl":
			if s.FullRel(cur) == "acl:relcl" || s.Child(cur, "mark") >= 0 {
				// "a resolution to condemn X": the noun is not the actor
				return passive, subj
			}
			if cur == v && strings.HasSuffix(strings.ToLower(s.Form(v)), "ed") {
				// "a delegation led by X": the noun is the target
				passive = true
			}
			return passive, append(subj, h)
		default:
			return passive, subj
		}
	}
	return passive, subj
}

// agentOf returns the head of the "by" agent of a passive verb, or -1.
func agentOf(s *tree.Sentence, v int) int {
	for _, ch := range s.Children(v) {
		if s.Rel(ch) != "obl" {
			continue
		}
		if s.FullRel(ch) == "obl:agent" {
			return ch
		}
		if c := s.Child(ch, "case"); c >= 0 && strings.EqualFold(s.Form(c), "by") {
			return ch
		}
	}
	return -1
}

// objectActors finds the target of an active verb: its object or indirect
// object, else a prepositional (obl) complement, else the subject of a
// clausal complement (for speech acts).
func objectActors(s *tree.Sentence, v int, spans []span, ccomp bool) []Actor {
	for _, rel := range []string{"obj", "iobj"} {
		for _, ch := range s.Children(v) {
			if s.Rel(ch) == rel {
				if a := phraseActors(s, ch, spans); len(a) > 0 {
					return a
				}
			}
		}
	}
	for _, ch := range s.Children(v) {
		if s.Rel(ch) == "obl" && s.FullRel(ch) != "obl:tmod" {
			if a := phraseActors(s, ch, spans); len(a) > 0 {
				return a
			}
		}
	}
	for _, ch := range s.Children(v) {
		if ccomp && s.Rel(ch) == "ccomp" {
			if sj := s.Child(ch, "nsubj"); sj >= 0 {
				if a := phraseActors(s, sj, spans); len(a) > 0 {
					return a
				}
			}
		}
	}
	return nil
}

// matchedTarget is the fallback when the parse gives the verb no object: the
// first actor right after the last word the pattern matched ("providing
// aid to Ukraine" where the parse lost "aid").
func matchedTarget(s *tree.Sentence, m verbdict.Match, v int, spans []span) []Actor {
	if m.Pattern == nil {
		return nil
	}
	last := -1
	for _, t := range m.Tokens {
		last = max(last, t)
	}
	if last <= v {
		return nil
	}
	for _, a := range spans {
		if a.lo <= last || a.lo > last+4 {
			continue
		}
		for w := last + 1; w < a.lo; w++ {
			switch s.UPOS(w) {
			case "VERB", "SCONJ", "AUX", "PRON":
				return nil // another clause
			}
		}
		return []Actor{a.actor}
	}
	return nil
}

// sameActors reports whether every actor of a is of the country of b's first.
func sameActors(a, b []Actor) bool {
	if len(b) == 0 {
		return false
	}
	for _, x := range a {
		if distinct(x.Code, b[0].Code) {
			return false
		}
	}
	return true
}

// phraseActors returns the actors of the phrase headed by h: the actor of h
// and of each of its conjuncts ("China and Russia").
func phraseActors(s *tree.Sentence, h int, spans []span) []Actor {
	if h < 0 {
		return nil
	}
	var out []Actor
	if a, ok := phraseActor(s, h, spans); ok {
		out = append(out, a)
	}
	for _, ch := range s.Children(h) {
		if s.Rel(ch) != "conj" {
			continue
		}
		if a, ok := phraseActor(s, ch, spans); ok {
			out = append(out, a)
		}
	}
	return out
}

// phraseActor is the actor mention covering the head word h, else the first
// one inside h's phrase (relative clauses, appositions and conjuncts left out).
func phraseActor(s *tree.Sentence, h int, spans []span) (Actor, bool) {
	for _, a := range spans {
		if a.lo <= h && h < a.hi {
			return a.actor, true
		}
	}
	lo, hi := s.SubtreeExcept(h, "acl", "appos", "conj", "cc", "parataxis")
	for _, a := range spans {
		if a.lo >= lo && a.hi-1 <= hi && !insideClause(s, h, a.lo) {
			return a.actor, true
		}
	}
	return Actor{}, false
}

// insideClause reports whether word w sits in a clause (acl, relcl, ccomp,
// advcl) below h.
func insideClause(s *tree.Sentence, h, w int) bool {
	inside := false
	for cur := w; cur >= 0 && cur != h; cur = s.Head(cur) {
		switch s.Rel(cur) {
		case "acl", "advcl", "ccomp", "conj":
			inside = true
		}
	}
	return inside
}

// matcherPOS is the tag the matcher sees: a participle that modifies a noun
// ("an American-proposed resolution") is an adjective there, not a verb that
// would end the noun phrase.
func matcherPOS(s *tree.Sentence, i int) string {
	p := s.UPOS(i)
	if p == "VERB" {
		switch s.Rel(i) {
		case "amod", "compound":
			return "ADJ"
		}
	}
	return p
}

// roleCodes are the CAMEO sector and role codes (as in the actors package).
var roleCodes = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range strings.Fields("GOV MIL REB OPP PTY COP JUD SPY MED EDU BUS CRM CVL LAB LEG HLH REF MOD RAD ELI INS SEP UAF AGR DEV ENV HRI NGM PPL UNR OCC PRE IMG") {
		m[c] = true
	}
	return m
}()

// countryCode returns code with a country: a bare role code ("EDU") takes
// the country given, else it is dropped ("").
func countryCode(code, country string) string {
	if len(code) < 3 || !roleCodes[code[:3]] {
		return code
	}
	if len(country) == 3 && !roleCodes[country] {
		return country + code
	}
	return ""
}
