package events

import (
	"slices"
	"strings"

	"entente/events/verbdict"
	"entente/syntax/tree"
)

// negators are the verbs whose xcomp complement did not happen.
var negators = map[string]bool{"refuse": true, "fail": true, "decline": true, "avoid": true}

// refusals are the negators whose subject rejects the act ("refused to
// commit"), unlike failing or avoiding it.
var refusals = map[string]bool{"refuse": true, "decline": true}

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
	if h := s.Head(v); h >= 0 && (s.Rel(v) == "xcomp" || (s.Rel(v) == "advcl" && hasMarkTo(s, v))) &&
		negators[strings.ToLower(s.Lemma(h))] {
		return true
	}
	if futureOf(s, v) && negated(s, s.Head(v)) {
		return true // "is not going to help" (goingto.go)
	}
	if forgone(s, v) {
		return true // "Iran refrained from attacking Israel"
	}
	// "Trump avoids condemning Russia", where the parser took "avoids" for
	// a plural noun and the gerund for its modifier
	if h := s.Head(v); h >= 0 && h == v-1 && s.Rel(v) == "acl" && strings.HasSuffix(strings.ToLower(s.Form(v)), "ing") &&
		negators[strings.ToLower(s.Lemma(h))] {
		return true
	}
	return false
}

// accusers are verbs whose complement is what the source alleges, not an
// event in its own right ("X accused Y of attacking Z" codes only the
// accusation), and the verbs of suspicion and judgement that report an
// alleged act the same way ("arrested two Palestinians suspected of
// planning an attack", "convicted of spying for Russia").
var accusers = map[string]bool{"accuse": true, "blame": true, "charge": true, "allege": true,
	"deny": true, "condemn": true, "criticize": true, "criticise": true, "fault": true,
	"suspect": true, "convict": true, "indict": true, "acquit": true}

// allegation reports whether verb v is the complement of an accusation.
func allegation(s *tree.Sentence, v int) bool {
	h := s.Head(v)
	if h < 0 {
		return false
	}
	switch s.Rel(v) {
	case "advcl", "ccomp", "xcomp", "acl":
		if accusers[strings.ToLower(s.Lemma(h))] {
			return true
		}
		// "accused the United States of trying to destroy Russia": the
		// alleged act may be the infinitive of the alleged attempt
		return s.Rel(v) == "xcomp" && allegation(s, h)
	}
	return false
}

// subjects returns whether v is passive and the candidate head words of
// its subject, nearest first: its own subject, else the subjects met climbing
// to the governing clauses (conj, xcomp, advcl), or the modified noun of a
// participle (acl). Later candidates serve when a nearer one names the same
// actor as the target (a misattached conjunct).
func subjects(s *tree.Sentence, v int) (passive bool, subj []int) {
	passive = isPassive(s, v)
	cur := v
	for range 8 {
		if sj := s.Child(cur, "nsubj"); sj >= 0 {
			if cur == v {
				if s.UPOS(sj) == "PRON" && s.Rel(v) == "ccomp" && s.Head(v) >= 0 {
					// "Ethiopia indicated it would act": the governing
					// subject when the pronoun names no actor
					if up := s.Child(s.Head(v), "nsubj"); up >= 0 {
						return passive, []int{sj, up}
					}
				}
				if h := s.Head(v); s.FullRel(v) == "acl:relcl" && h >= 0 && h < sj && relativePronoun(s, sj) {
					// "Hezbollah, which is backed by Iran": the relative
					// pronoun stands for the noun the clause modifies
					return passive, []int{h}
				}
				if h := s.Head(v); s.FullRel(v) == "acl:relcl" && sj == v-1 && h == sj-1 && s.UPOS(sj) == "PROPN" {
					// "the official news agency WFNA said": a name after
					// its noun, misparsed as a relative clause's subject;
					// the noun's phrase is the fallback
					return passive, []int{sj, h}
				}
				return passive, []int{sj}
			}
			subj = append(subj, sj)
		}
		h := s.Head(cur)
		if h < 0 {
			return passive, subj
		}
		if o := fromGerundSubject(s, cur); o >= 0 {
			return passive, append(subj, o) // "blocked Sweden from joining"
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
			if cur == v && strings.HasSuffix(strings.ToLower(s.Form(v)), "ed") && !misparsedMain(s, v) && !statePassive(s, v) {
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

// relativePronoun reports whether word w is a relative pronoun (who,
// which, that) as the tagger reads one.
func relativePronoun(s *tree.Sentence, w int) bool {
	switch strings.ToLower(s.Form(w)) {
	case "who", "which", "that":
		return s.UPOS(w) == "PRON"
	}
	return false
}

// misparsedMain reports whether participle v, hung on the sentence's root
// noun, is its main verb: a sentence has one, so a root noun followed (no
// comma between) by a participle of promising, refusing or stating without
// a "by" agent is its subject ("Ithilen's militia vowed on Thursday to wage
// war", "Danish media and government warned at Gondor", parsed as a militia
// that was vowed). Verbs whose passive is common without an agent (accuse,
// tell, attack, kill …) keep the passive reading ("soldier wounded in Gaza")
// unless the participle has a direct object, which a passive participle
// has not ("The Syrian army forced out on Tuesday 500 villagers", "A
// court convicted Turkey"), and is no verb of giving, whose passive keeps
// its second object ("prisoners granted an amnesty").
func misparsedMain(s *tree.Sentence, v int) bool {
	h := s.Head(v)
	if h < 0 || h > v || s.Head(h) >= 0 || (s.UPOS(h) != "NOUN" && s.UPOS(h) != "PROPN") {
		return false
	}
	if a := agentOf(s, v); a >= 0 && !(activeObject(s, v) && !hasCase(s, a, "by")) {
		return false // (with an object, "from their homes" is no agent)
	}
	switch l := strings.ToLower(s.Lemma(v)); {
	case l == "tell" || l == "remind":
		return false
	case activeObject(s, v):
	case !intentVerbs[l] && !negators[l] && !reportVerbs[l]:
		return false
	}
	for i := h + 1; i < v; i++ {
		if s.Form(i) == "," {
			return false
		}
	}
	return true
}

// doubleObject verbs take two objects, or an object and its predicate
// ("named him envoy"), so their passive participle keeps one ("refugees
// granted asylum", "a man handed a sentence", "officials named envoys").
var doubleObject = map[string]bool{"give": true, "grant": true, "award": true, "offer": true,
	"deny": true, "promise": true, "show": true, "tell": true, "hand": true, "send": true,
	"pay": true, "lend": true, "allow": true, "owe": true, "teach": true, "ask": true,
	"assign": true, "charge": true, "fine": true, "sentence": true, "call": true, "name": true,
	"elect": true, "appoint": true, "declare": true, "consider": true}

// activeObject reports whether participle v has a direct object after it
// and is no verb of two objects: it is active.
func activeObject(s *tree.Sentence, v int) bool {
	if doubleObject[strings.ToLower(s.Lemma(v))] {
		return false
	}
	for _, ch := range s.Children(v) {
		if ch > v && s.Rel(ch) == "obj" {
			return true
		}
	}
	return false
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
		if c := s.Child(ch, "case"); c >= 0 && (strings.EqualFold(s.Form(c), "by") || strings.EqualFold(s.Form(c), "from")) {
			return ch
		}
	}
	return -1
}

// attackNouns name violent attacks whose "by" phrase names the attacker.
var attackNouns = map[string]bool{"attack": true, "raid": true, "ambush": true, "assault": true,
	"bombing": true, "strike": true, "shooting": true, "offensive": true}

// attackAgent returns, for a passive verb v with no agent of its own, the
// "by" phrase of an attack noun in its prepositional complement ("was
// murdered in an attack on a police patrol by Kosovo Albanians"), or -1.
func attackAgent(s *tree.Sentence, v int) int {
	for _, ch := range s.Children(v) {
		if s.Rel(ch) != "obl" || !attackNouns[strings.ToLower(s.Lemma(ch))] {
			continue
		}
		for _, n := range s.Children(ch) {
			if s.Rel(n) == "nmod" && hasCase(s, n, "by") {
				return n
			}
		}
	}
	return -1
}

// objectActors finds the target of an active verb: its object or indirect
// object, else the subject of its infinitive complement, else a
// prepositional (obl) complement, else, with ccomp, the subject of a
// clausal complement ("warned that Israel would pay").
func objectActors(s *tree.Sentence, v int, spans []span, ccomp bool) []Actor {
	a, _ := objectActorsWhere(s, v, spans, ccomp)
	return a
}

// objectActorsWhere is objectActors, also reporting whether the actors came
// from a phrase of place. A "with" phrase, the partner of the act, goes
// before the others: "celebrated Iftar at Osgiliath with the leaders of
// Gondor" is with Gondor.
func objectActorsWhere(s *tree.Sentence, v int, spans []span, ccomp bool) (actors []Actor, place bool) {
	for _, rel := range []string{"obj", "iobj"} {
		for _, ch := range s.Children(v) {
			if s.Rel(ch) == rel {
				if a := phraseActors(s, ch, spans); len(a) > 0 {
					return a, placeInObject(s, ch, a[0], spans)
				}
				// "his mushroom hunting trip in the White Downs": the
				// object phrase goes on through a split compound
				if g := compoundGerundAfter(s, ch); g >= 0 {
					if a := phraseActors(s, g, spans); len(a) > 0 {
						return a, false
					}
				}
			}
		}
	}
	for _, ch := range s.Children(v) {
		// "asked Tehran to provide …" parsed with Tehran as the subject of
		// the infinitive: the one asked is the object (also where the
		// infinitive was taken for a clause: "invited Mexico's President
		// Enrique Pena Nieto to visit")
		if s.Rel(ch) == "xcomp" {
			// a naming verb with no object and a noun predicate: the
			// parser took the object for it ("called Kosovo's prime
			// minister a terrorist")
			if o, _ := namingPredicate(s, v); o == ch {
				if a := phraseActors(s, ch, spans); len(a) > 0 {
					return a, false
				}
			}
		}
		infinitive := s.Rel(ch) == "advcl" || (s.Rel(ch) == "ccomp" && !strings.EqualFold(s.Lemma(v), "say"))
		// "accused the United States of trying …" parsed as a clause with
		// the United States its subject
		alleged := s.Rel(ch) == "advcl" && accusers[strings.ToLower(s.Lemma(v))] && markedBy(s, ch, "of", "for")
		if s.Rel(ch) == "xcomp" || (infinitive && hasMarkTo(s, ch)) || alleged {
			if sj := s.Child(ch, "nsubj"); sj >= 0 && sj < ch {
				if a := phraseActors(s, sj, spans); len(a) > 0 {
					return a, false
				}
			}
		}
	}
	for _, with := range []bool{true, false} {
		for _, ch := range s.Children(v) {
			c := strings.ToLower(caseWord(s, ch))
			if split := apposedCase(s, v, ch); c == "" && split != "" && (s.Rel(ch) == "conj" || s.Rel(ch) == "appos") && (s.UPOS(ch) == "PROPN" || s.UPOS(ch) == "NOUN") {
				c = strings.ToLower(split) // "travel to the capital, Damascus" parsed as a conjunct
			} else if s.Rel(ch) != "obl" || s.FullRel(ch) == "obl:tmod" || comparison(s, ch, spans) {
				continue
			}
			if (c == "with") != with {
				continue
			}
			if a := phraseActors(s, ch, spans); len(a) > 0 {
				return a, placePhrase(s, ch, c, spans)
			}
		}
	}
	if strings.EqualFold(s.Lemma(v), "say") {
		ccomp = false // what is said is its own event, whatever say's code
	}
	for _, ch := range s.Children(v) {
		if ccomp && s.Rel(ch) == "ccomp" {
			if sj := s.Child(ch, "nsubj"); sj >= 0 {
				if a := phraseActors(s, sj, spans); len(a) > 0 {
					return a, false
				}
			}
		}
	}
	return nil, false
}

// comparisonCases open a phrase that compares ("like Iran", "unlike Cuba",
// "than Russia"); comparisonHeads head one with "in" or "by" ("in contrast
// with Cuba and Iran", "by comparison with …").
var (
	comparisonCases = map[string]bool{"like": true, "unlike": true, "than": true}
	comparisonHeads = map[string]bool{"contrast": true, "comparison": true}
)

// comparison reports whether prepositional phrase n compares with or names
// a role: what it names is set beside the act, not acted on. An "as" phrase
// is a role or comparison when an actor stands at its head ("served as a
// senator", "as the United States …"); one whose head is no actor may hold
// the misplaced object ("denounced as an ugly crime Yugoslavia's
// suppression of …").
func comparison(s *tree.Sentence, n int, spans []span) bool {
	c := strings.ToLower(caseWord(s, n))
	if c == "as" {
		_, ok := covering(spans, n)
		return ok
	}
	return comparisonCases[c] || (comparisonHeads[strings.ToLower(s.Lemma(n))] && (c == "in" || c == "by"))
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
		if rel, h := spanRole(s, a); h != v && rel == "nsubj" {
			return nil // the subject of the next clause ("…, Israel said")
		}
		return []Actor{a.actor}
	}
	return nil
}

// matcherPOS is the tag the matcher sees: a participle that modifies a noun
// ("an American-proposed resolution") is an adjective there, not a verb that
// would end the noun phrase.
func matcherPOS(s *tree.Sentence, i int) string {
	p := s.UPOS(i)
	if p == "ADP" && s.Rel(i) == "mark" && strings.EqualFold(s.Form(i), "to") {
		// "racing to bank ballots" with "to" tagged a preposition: the
		// parse makes it the infinitive's marker, no "(TO)" phrase
		return "PART"
	}
	if p == "VERB" {
		switch s.Rel(i) {
		case "amod", "compound":
			return "ADJ"
		case "case", "mark":
			// "according to", "following the discovery": a verb form
			// used as a preposition is no event
			return "ADP"
		}
		if compoundGerund(s, i) {
			return "ADJ" // "mushroom hunting trip"
		}
	}
	return p
}

// isPassive reports whether v is in the passive voice: it has a passive
// auxiliary or subject, or it is a bare past participle with a "by" agent
// ("Rebuked by Arnor, Gondor …", "Backed by Russia, the rebels …").
func isPassive(s *tree.Sentence, v int) bool {
	if statePassive(s, v) {
		return false // "were engaged in ethnic cleansing" (statepassive.go)
	}
	if s.Child(v, "aux:pass") >= 0 || s.Child(v, "nsubj:pass") >= 0 {
		return true
	}
	// a regular past read as VBD ("a grain deal brokered by Turkey", hung
	// on the verb as a clause) is the same word as the participle
	participle := s.Tokens[v].XPOS == "VBN" ||
		(s.Tokens[v].XPOS == "VBD" && strings.HasSuffix(strings.ToLower(s.Form(v)), "ed"))
	if !participle || s.Child(v, "aux") >= 0 || s.Child(v, "nsubj") >= 0 {
		return false
	}
	a := agentOf(s, v)
	if a < 0 {
		return false
	}
	c := s.Child(a, "case")
	return s.FullRel(a) == "obl:agent" || (c >= 0 && strings.EqualFold(s.Form(c), "by"))
}

// patternNegated reports whether the matched pattern itself took the
// negation word ("&NEGATVAUXVRB * OVER EFFORTS"): its code already says so.
func patternNegated(s *tree.Sentence, m verbdict.Match) bool {
	if m.Pattern == nil {
		return false
	}
	for _, t := range m.Tokens {
		switch strings.ToLower(s.Form(t)) {
		case "not", "n't", "never", "n’t":
			return true
		}
	}
	return false
}

// patternFuture reports whether the matched pattern itself took the future
// auxiliary ("WILL NOT * [081]", "WILL * [036:036]"): its code already says
// what the future means, and no intent code replaces it.
func patternFuture(s *tree.Sentence, m verbdict.Match) bool {
	if m.Pattern == nil {
		return false
	}
	for _, t := range m.Tokens {
		if s.UPOS(t) == "AUX" && futureMarkers[strings.ToLower(s.Form(t))] {
			return true
		}
	}
	return false
}

// subjectSpan is v's own subject head word before it, as the matcher's
// Query.Subject: a pre-verb pattern word there is matched past the head's
// modifiers ("A roadside bombing near the town of Samarra on Sunday
// killed"; for a passive verb its passive subject). Empty when v has no
// subject of its own before it.
func subjectSpan(s *tree.Sentence, v int) verbdict.Span {
	for _, ch := range s.Children(v) {
		if ch < v && s.Rel(ch) == "nsubj" {
			return verbdict.Span{Start: ch, End: ch + 1}
		}
	}
	return verbdict.Span{}
}

// apposedCase is the preposition of the phrase of verb v that phrase p
// (hung on v without one) stands in apposition to, split off by the parser
// ("travel to the capital, Belgrade"): the case of the sibling phrase
// ending at the comma before p, or "".
func apposedCase(s *tree.Sentence, v, p int) string {
	if p < 2 || s.Form(p-1) != "," {
		return ""
	}
	for _, ch := range s.Children(v) {
		if _, hi := s.Subtree(ch); ch < p && s.Rel(ch) == "obl" && hi == p-2 {
			return caseWord(s, ch)
		}
	}
	return ""
}

// markedBy reports whether clause c is opened by one of the words marks
// ("of", "for").
func markedBy(s *tree.Sentence, c int, marks ...string) bool {
	m := s.Child(c, "mark")
	return m >= 0 && slices.ContainsFunc(marks, func(w string) bool { return strings.EqualFold(s.Form(m), w) })
}
