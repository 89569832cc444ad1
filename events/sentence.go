package events

import (
	"slices"
	"strings"

	"entente/events/verbdict"
	"entente/quotes"
	"entente/syntax/tree"
	"entente/text"
)

// codeSentence codes the verbs of one sentence with its actor spans into
// out; base holds the fields every event of the sentence shares.
func (c *Coder) codeSentence(out *output, s *tree.Sentence, spans []span, base Event, qs []quotes.Quote) {
	start := len(out.events)
	toks, qspans := matcherInput(s, spans)
	matches := make([]verbdict.Match, s.Len())
	coded := make([]bool, s.Len())
	// reach[v] is the verb of v's chain its pattern read through, -1
	reach := make([]int, s.Len())
	for v := 0; v < s.Len(); v++ {
		reach[v] = -1
		if (s.UPOS(v) != "VERB" || matcherPOS(s, v) != "VERB") && !c.missedMainVerb(s, v) {
			continue // a participle used as an adjective is no event
		}
		if futureComplement(s, v) >= 0 {
			continue // "is going to help": the future, no travel (goingto.go)
		}
		if c.tenseMismatch(s, v) {
			continue // "turned to natural gas and demand from China cooled"
		}
		// "vowed to wage war": a chained verb the dictionary lacks is read
		// through (chain.go)
		var open []int
		partners := chainPartners(s, v)
		for _, p := range partners {
			if readThrough(c, s, v, p, coded) {
				open = append(open, chainOpen(s, v, p)...)
			}
		}
		q := verbQuery(s, v, toks, qspans, open)
		m, ok := c.match(q)
		if !ok {
			m, ok = c.multiwordAfter(s, q)
		}
		if !ok || m.Code.IsNull() || m.Code.Active == "" {
			if mm, ok2 := c.modalVerbBefore(s, q); ok2 {
				m, ok = mm, true
			}
		}
		matches[v], coded[v] = m, ok && !m.Code.IsNull() && (m.Code.Active != "" || givers(s, v, m, spans) != nil) && !stateUncoded(s, v, m) && !bareUncoded(s, v, m)
		if lo, hi, ok := namingLabel(s, v); ok && m.Pattern == nil && !criticism(m.Code.Active) {
			// "called the behavior outrageous" (naming.go)
			matches[v], coded[v] = namingMatch(s, lo, hi, m)
		} else if m.Pattern == nil && callFor(s, v) {
			coded[v] = false // "called to ban Muslims" (naming.go)
		}
		for _, p := range partners {
			if m.Pattern != nil && readThrough(c, s, v, p, coded) && reads(m, v, p) {
				reach[v] = p
			}
		}
		if n, pc, ok := protestNoun(s, v); ok && !(coded[v] && (strings.HasPrefix(m.Code.Active, "14") || slices.Contains(m.Tokens, n))) {
			// "continued their hunger strike", "riots against X are
			// continuing": the protest noun names the event (unless the
			// pattern took it: "launched strikes against Hezbollah" is
			// the attack the supplement codes, not a labour strike)
			matches[v], coded[v] = verbdict.Match{Verb: m.Verb, Code: verbdict.Code{Active: pc}, Source: -1, Target: -1, Specificity: 1}, true
		}
	}
	// "won't try to clash": a pattern read through a verb the dictionary
	// codes as no event (chain.go)
	c.rematchChains(s, toks, qspans, matches, coded, reach)
	// "refused to meet X": the complement carries the rejection (125),
	// more specific than the refusing verb's own code
	suppress := make([]bool, s.Len())
	// "agreed to hold exercises", "threatened to cut aid": the complement
	// as an intent (0312, 1311) rather than the governing verb's code
	promised := make([]bool, s.Len()) // complement of a promise or threat
	combined := make([]bool, s.Len()) // … or of a refusal
	for v := 0; v < s.Len(); v++ {
		h := s.Head(v)
		if h >= 0 && coded[v] && vowedPassive(s, h, v) {
			// "vowed that Israel will be punished": the vower's own act
			suppress[h], promised[v], combined[v] = true, true, true
			continue
		}
		// a complement, or a to-infinitive the parser hung as a purpose
		// clause ("threatened today to impose")
		complement := s.Rel(v) == "xcomp" || (s.Rel(v) == "advcl" && hasMarkTo(s, v))
		if h < 0 || !complement || s.UPOS(v) != "VERB" || reach[h] == v {
			continue // (a pattern of h read through v: h carries the event)
		}
		if code, ok := requestCode(s, h, v, matches[v], coded[v], spans); ok {
			// "Sharon wants Germany to pay compensation": an appeal to
			// Germany (025), not a payment; the wanting verb carries it,
			// with the dictionary's code when that is a request already
			// (or the bare 020/100 of a verb matched without a pattern, when
			// the request is more specific: "urged X to lift sanctions", 0251)
			if hc := matches[h].Code.Active; !coded[h] || (!strings.HasPrefix(hc, "02") && !strings.HasPrefix(hc, "10") && matches[h].Pattern == nil) ||
				(matches[h].Pattern == nil && moreSpecific(code, hc)) {
				matches[h] = verbdict.Match{Verb: matches[h].Verb, Code: verbdict.Code{Active: code}, Source: -1, Target: -1, Specificity: 1}
			}
			coded[h], suppress[v] = true, true
			continue
		}
		if !coded[v] && refusals[strings.ToLower(s.Lemma(h))] {
			// "refused to commit to any assistance to the US": a refusal of
			// an act the dictionary does not code is a rejection, 120 (the
			// negation of an unspecified cooperation, 030)
			matches[v], coded[v] = verbdict.Match{Code: verbdict.Code{Active: "030"}, Source: -1, Target: -1}, true
		}
		if !coded[v] && promises[strings.ToLower(s.Lemma(h))] && !negated(s, h) {
			// "Jordan and Britain agreed to undertake joint exercises": a
			// promise of an act the dictionary does not code is an intent
			// to cooperate, 030 (the governing verb's bare 050 says less)
			matches[v], coded[v] = verbdict.Match{Code: verbdict.Code{Active: "030"}, Source: -1, Target: -1}, true
			suppress[h], combined[v] = true, true
			continue
		}
		if !coded[v] {
			continue
		}
		code := matches[v].Code.Active
		switch hl := strings.ToLower(s.Lemma(h)); {
		case negators[hl] && rejectCode(code) != "":
			suppress[h], combined[v] = true, true
		case intentVerbs[hl] && intentCode(code) != code:
			suppress[h], promised[v], combined[v] = true, true, true
		case enactors[hl]:
			// "Germany voted to condemn Russia": the vote is the
			// condemnation (122), not the bare decision (030)
			suppress[h] = true
		}
	}
	// "agreed there was a need for progress": a shared view, 019; "agreed
	// that their countries should cooperate": an intent (accord.go)
	for h := 0; h < s.Len(); h++ {
		if !coded[h] || suppress[h] {
			continue
		}
		if code, c, sup, ok := accordCode(s, h, matches[h], matches, coded, spans); ok {
			matches[h] = verbdict.Match{Verb: matches[h].Verb, Code: verbdict.Code{Active: code}, Source: -1, Target: -1, Specificity: 1}
			suppress[c] = suppress[c] || sup
		}
	}
	// "urged the EC to support the PLO": an appeal to support or oppose
	// an actor rallies others for or against it (rally.go)
	var rallies map[int]rally // nil until an appeal rallies
	for h := 0; h < s.Len(); h++ {
		if coded[h] && strings.HasPrefix(matches[h].Code.Active, "02") && !negated(s, h) {
			if r, ok := rallyOf(s, h, spans); ok {
				if rallies == nil {
					rallies = map[int]rally{}
				}
				rallies[h] = r
			}
		}
	}
	// "Russia said Ukraine shelled the plant": the dictionary's
	// transformations rewrite reported events (112)
	handled := make([]bool, s.Len())
	c.transformed(out, s, spans, matches, coded, handled, base, qs)
	// "said he was skeptical over Moscow's will": a pessimistic comment
	c.outlookEvents(out, s, spans, base, qs)
	// "Lavrov said Washington was responsible for the escalation": 112
	c.blameEvents(out, s, spans, base, qs)
	for v := 0; v < s.Len(); v++ {
		if handled[v] {
			continue
		}
		if c.obligationEvents(out, s, v, matches, coded, spans, base, qs) {
			continue // "Russia said Sudan must return …": a demand, no returning
		}
		if !coded[v] || suppress[v] || allegation(s, v) {
			continue
		}
		if h := s.Head(v); h >= 0 && s.Rel(v) == "xcomp" && coded[h] && !suppress[h] && !negated(s, h) {
			// "threatened to impose", "wants X to pay": the governing verb
			// carries the event (PETRARCH-2 combines the two)
			continue
		}
		m := matches[v]
		if m.Code.Active == "010" && m.Pattern == nil {
			// a bare "say": the statement's content is coded, not the saying
			continue
		}
		cameoCode := m.Code.Active
		givenBy := givers(s, v, m, spans)
		received := givenBy != nil
		if received && cameoCode == "" {
			cameoCode = m.Code.Passive // "received tanks from the United States" (received.go)
		} else if cameoCode == "" {
			continue
		}
		r, rallied := rallies[v]
		if rallied {
			cameoCode = r.code
		}
		if _, subjs := subjects(s, v); len(subjs) > 0 {
			if nc, ok := nominalCode(s, v, subjs); ok {
				cameoCode = nc
			}
		}
		if strings.HasPrefix(cameoCode, "18") && duringProtest(s, v) {
			cameoCode = "145" // "threw stones during demonstrations": a riot
		}
		switch md := moodOf(s, v); {
		case md == irrealis && !combined[v] && !patternTookHead(s, v, m):
			continue
		case halted(s, v):
			// "would stop sending weapons to Ukraine": 1622, not 072 (halt.go)
			if cameoCode = haltCode(cameoCode); cameoCode == "" {
				continue
			}
		case negated(s, v) && !patternNegated(s, m):
			if cameoCode = rejectCode(cameoCode); cameoCode == "" {
				continue
			}
		case ((md == future && !patternFuture(s, m)) || promised[v]) && !c.NoIntentForm:
			cameoCode = intentCode(cameoCode)
		}
		sources, targets := c.participants(s, v, m, spans)
		if h := s.Head(v); len(sources) == 0 && h >= 0 && vowedPassive(s, h, v) {
			if sj := s.Child(h, "nsubj"); sj >= 0 {
				sources = phraseActors(s, sj, spans) // the one who vowed it
			}
		}
		if received {
			// the subject received; the giver is the source
			sources, targets = givenBy, sources
		}
		targets = travelTargets(s, v, m, spans, targets)     // "went after Walker" (travel.go)
		targets = hostTargets(s, v, spans, sources, targets) // "hosted peace talks in Jeddah"
		// emit drops a posting as a source whatever rule made it one; it is
		// taken out here as well so that the clause rules below (fallback
		// targets, the mutual act) do not read it as the clause's source
		// (without this, NGEC story 3322 gains a wrong ZWEGOVJUD→COD 050).
		sources = slices.DeleteFunc(sources, func(a Actor) bool { return a.posted })
		if rallied {
			targets = r.targets
		}
		if strings.HasPrefix(cameoCode, "13") && (len(targets) == 0 || sameActors(targets, sources)) {
			// "Iran threatened to close the strait if the United States
			// imposes sanctions": the threat is aimed at the condition's subject
			if ct := conditionActors(s, v, spans); len(ct) > 0 {
				targets = ct
			}
		}
		if strings.HasPrefix(cameoCode, "14") && (len(targets) == 0 || sameActors(targets, sources)) {
			// "demonstrators blocked a road to protest US policies": the
			// target is what is protested
			if pt := protestTargets(s, v, spans, sources); len(pt) > 0 {
				targets = pt
			}
		}
		if c.NewActorLength > 0 {
			sources, targets = c.newActors(s, v, spans, sources, targets)
		}
		if c.NullActors {
			sources, targets = nullSides(s, v, sources, targets)
		}
		if len(sources) == 0 || len(targets) == 0 {
			continue
		}
		proto := verbEvent(base, s, v, m, qs)
		for _, src := range sources {
			for _, tgt := range targets {
				if strings.HasPrefix(cameoCode, "19") && isPerson(src, spans) && isPerson(tgt, spans) {
					// "Donald Trump defeated Ted Cruz in Indiana": one person
					// fighting another with conventional force is an election
					// or a figure of speech, no military act
					continue
				}
				c.emitSlots(out, proto, src, tgt, cameoCode, m.Source >= 0 && m.Target >= 0)
				// a paired code [A:P] also codes the reciprocal event: "X
				// visited Y" is X→Y 042 and Y→X 043 (PETRARCH's reading)
				if p := m.Code.Passive; p != "" && p != "---" && cameoCode == m.Code.Active && !isPassive(s, v) {
					c.emit(out, proto, tgt, src, p)
				}
			}
		}
	}
	// "The Israeli airstrike on the Iranian consulate drew condemnation" (nominalact.go)
	c.nominalActs(out, s, spans, base, qs)
	// "China said Israel's response was disproportionate" (evaluation.go)
	c.condemnationEvents(out, s, spans, base, qs, start)
}

// isPerson reports whether actor a is a person's mention in spans.
func isPerson(a Actor, spans []span) bool {
	for _, sp := range spans {
		if sp.actor == a {
			return sp.person
		}
	}
	return false
}

// verbEvent returns base with the fields of an event coded from verb v with
// match m: the verb's span, its quote and the confidence, 0.5 +
// 0.1·Specificity, at most 0.95.
func verbEvent(base Event, s *tree.Sentence, v int, m verbdict.Match, qs []quotes.Quote) Event {
	conf := min(0.5+0.1*float64(m.Specificity), 0.95)
	e := base
	e.Verb = text.Span{Start: s.Words[v].Start, End: s.Words[v].End}
	e.QuoteID = quoteID(base.ArticleID, qs, e.Verb.Start)
	e.Confidence = conf
	return e
}

// matcherInput is a sentence as the verb-pattern matcher reads it: its
// tokens (form, lemma, matcherPOS) and its actor spans in word indexes.
func matcherInput(s *tree.Sentence, spans []span) ([]verbdict.Token, []verbdict.Span) {
	toks := make([]verbdict.Token, s.Len())
	for i := range toks {
		toks[i] = verbdict.Token{Word: s.Form(i), Lemma: s.Lemma(i), POS: matcherPOS(s, i)}
	}
	qspans := make([]verbdict.Span, len(spans))
	for i, a := range spans {
		qspans[i] = verbdict.Span{Start: a.lo, End: a.hi}
	}
	return toks, qspans
}
