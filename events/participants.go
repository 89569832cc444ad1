package events

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"entente/events/verbdict"
	"entente/syntax/tree"
)

// participants finds the source and target actors of coded verb v: the
// pattern's $ and + slots first, then the parse (subject, passive agent,
// object, prepositional and clausal complements), then the word order
// (TABARI's rule: the nearest actor before the verb in its clause, the first
// after it) where the parse gives none. The members of a compound actor in
// the pattern's '%' slot before the verb act on each other; after the verb
// they are the targets. A compound subject with no target
// is a reciprocal event ("Jordan and Britain agreed …"): each member is the
// other's target.
func (c *Coder) participants(s *tree.Sentence, v int, m verbdict.Match, spans []span) (sources, targets []Actor) {
	if m.Source >= 0 && m.Source < len(spans) {
		sources = []Actor{spans[m.Source].actor}
	}
	if m.Target >= 0 && m.Target < len(spans) {
		targets = []Actor{spans[m.Target].actor}
		if w := spanHead(s, spans[m.Target]); w >= 0 {
			// "travelled to Qatar and Egypt": the slot's actor and those
			// joined to it (headActors' first is the slot's own phrase)
			for i, a := range headActors(s, w, spans) {
				if i > 0 && !slices.Contains(targets, a) {
					targets = append(targets, a)
				}
			}
		}
	}
	if comp := compoundActors(m, v, spans); comp != nil {
		if spans[m.Compound[0]].lo > v {
			// after the verb, the compound is the target ("* WITH %":
			// "agrees with the Philippines and France")
			targets = comp
		} else if m.Source < 0 {
			// before it, its members act on each other ("% * DIPLOMATIC":
			// "Gondor and Osgiliath renewed diplomatic ties"), or together
			// on the '+' target
			if targets == nil {
				targets = comp
			}
			return comp, targets
		}
	}
	// the subject of a clausal complement is a target, but not of a
	// statement (what is said is its own event) nor of a consultation: one
	// thinks, hears or learns "that Israel …" without consulting Israel
	clausal := !strings.HasPrefix(m.Code.Active, "01") && !strings.HasPrefix(m.Code.Active, "04")
	passive, subjs := subjects(s, v)
	if passive {
		if sources == nil {
			sources = phraseActors(s, agentOf(s, v), spans)
		}
		if sources == nil {
			// "murdered in an attack on a patrol by Kosovo Albanians":
			// the attack's agent is the deed's
			sources = phraseActors(s, attackAgent(s, v), spans)
		}
		if targets == nil && len(subjs) > 0 {
			targets = phraseActors(s, subjs[0], spans)
			if s.Head(v) == subjs[0] {
				// a participle on its subject ("talks mediated by Saudi
				// Arabia and the United States"): its own agents are no
				// target of it
				targets = outsideOf(s, v, targets, spans)
			}
			if len(targets) == 0 && len(sources) > 0 && s.UPOS(subjs[0]) == "NOUN" {
				// "Sanctions were imposed on Iran by the European Union",
				// "sanctions imposed by Washington on Caracas": a thing
				// imposed or sent names no actor; the one acted on is in a
				// prepositional phrase of the verb
				targets = passiveObliqueActors(s, v, spans)
			}
		}
		return sources, targets
	}
	// "backs Trump over Democratic nominee Hillary Clinton" with no code
	// for Trump: the one acted on is known, and no actor of the dictionary
	unknown := targets == nil && namedObject(s, v, spans)
	place := false // the target is where the act happened
	if targets == nil && !unknown {
		targets, place = objectActorsWhere(s, v, spans, clausal)
	}
	if targets == nil && !unknown {
		// "refused to meet X", "agreed to send X", "signed an accord to
		// supply X": the object of the complement or purpose infinitive
		for _, ch := range s.Children(v) {
			if targets == nil && (s.Rel(ch) == "xcomp" || (s.Rel(ch) == "advcl" && hasMarkTo(s, ch))) {
				targets = infinitiveObject(s, ch, spans)
			}
		}
		// "abandoned efforts to stop an anti-Gondor parade": an object
		// naming an undertaking and no actor, the infinitive on it does
		// (not a text's purpose: "proposed a resolution to condemn Russia")
		if o := s.Child(v, "obj"); targets == nil && o > v && undertakings[strings.ToLower(s.Lemma(o))] {
			for _, ch := range s.Children(o) {
				if targets == nil && s.Rel(ch) == "acl" && s.UPOS(ch) == "VERB" && hasMarkTo(s, ch) {
					targets = infinitiveObject(s, ch, spans)
				}
			}
		}
	}
	if len(targets) > 0 && len(subjs) > 0 && m.Target < 0 {
		// an actor of the subject's own country is no target ("Katsav refused
		// to meet the king in Tel Aviv"): look past it in the object phrase,
		// unless the pattern's + slot named it
		if sa := phraseActors(s, subjs[0], spans); len(sa) > 0 && sameActors(targets, sa) && !domesticPair(targets, sa[0], spans) {
			others := otherCountries(spans, sa[0].Code)
			if t := targets[0]; personOther(t, sa[0], spans) {
				// another actor of the subject's country is acted on: look
				// only in its own phrase ("Trump attacked Clinton for her
				// support of military action in Libya" is no act on Libya);
				// the subject itself ("renewing his license in Michel
				// Delving") lets the act's other phrases name the target
				others = inPhraseOf(s, v, actorWord(s, t, spans), others)
			}
			if alt := objectActors(s, v, others, clausal); len(alt) > 0 {
				targets = alt
			} else if c := s.Child(v, "ccomp"); clausal && c > v && ownSubject(s, c, spans) {
				// "warned that Tehran would respond to any Israeli
				// attack", "began to question whether he had a future
				// with the Morgul Orcs": what the subject says of itself
				// is aimed at the other actor of its clause
				if alt := objectActors(s, c, others, false); len(alt) > 0 {
					targets = alt
				}
			}
		}
	}
	if targets == nil && !unknown {
		targets = matchedTarget(s, m, v, spans)
	}
	if patternTookHead(s, v, m) {
		// "NOTED + *": "Falastur noted that Cirith Ungol regretted …" is
		// Falastur's act on Cirith Ungol
		if up := s.Child(s.Head(v), "nsubj"); up >= 0 {
			subjs = append(subjs, up)
		}
	}
	if sources == nil {
		for _, sj := range subjs {
			sources = phraseActors(s, sj, spans)
			if sj == s.Head(v) {
				// a participle on its noun ("a battle involving the United
				// States and China", "laws found in countries including
				// Bahrain, China …"): the actors of its own phrase are no
				// source of it
				sources = outsideOf(s, v, sources, spans)
			}
			if len(sources) > 0 && !sameActors(sources, targets) {
				break
			}
		}
	}
	if len(sources) > 0 && m.Source < 0 {
		sources = subjectList(s, v, spans, sources)
	}
	if len(sources) == 0 {
		// no subject, or a subject phrase without an actor (often a
		// misparsed lead: "Human rights watchdog Amnesty International accused …")
		from := 0
		if len(subjs) > 0 {
			from, _ = s.Subtree(subjs[0])
		}
		if h := s.Head(v); h >= 0 && s.Rel(v) == "conj" && s.UPOS(h) == "VERB" {
			// "They have been treating the state like the new Ukraine … and
			// affirming …": a joined verb's clause begins at the verb's own
			// phrase; the first verb's object is not its subject
			from = max(from, conjStart(s, v))
		}
		sources = precedingActor(s, v, from, spans, targets)
	}
	if unknown {
		return sources, nil
	}
	if place && meetingInPlace(s, v, m.Code.Active, subjs, sources) && !sameActors(sources, targets) {
		// "Israeli and Palestinian negotiators met in Cairo": they met each
		// other, not Egypt
		return sources, sources
	}
	if m.Target < 0 && ownCountriesTarget(s, v, m, subjs, sources, targets, spans) {
		return sources, sources
	}
	if len(targets) == 0 && len(sources) > 1 {
		if !mutualAct(s, v, m) {
			return sources, nil // "Obama and Clinton took office": no act on each other
		}
		return sources, sources
	}
	if len(targets) == 0 && len(sources) > 0 && m.Pattern == nil && !hasComplement(s, v) {
		targets = followingActor(s, v, spans)
	}
	return sources, targets
}

// namedObject reports whether verb v's first object (direct or indirect)
// is a name without an actor code, and v moves nothing to anyone ("to"): a
// proper noun head with no determiner ("backs Trump", not "signed the Paris
// Agreement") and no actor in its phrase, outside a headline. The event's
// target is then someone the dictionaries lack, not an actor found further
// on (a later object the parser split off: "over Democratic nominee Hillary
// Clinton").
func namedObject(s *tree.Sentence, v int, spans []span) bool {
	obj := -1
	for _, ch := range s.Children(v) {
		switch r := s.Rel(ch); {
		case r == "obl" && strings.EqualFold(caseWord(s, ch), "to"):
			return false // "extradited Barlet to France": the named one is moved
		case obj < 0 && (r == "obj" || r == "iobj"):
			obj = ch
		}
	}
	return obj >= 0 && s.UPOS(obj) == "PROPN" && s.Child(obj, "det") < 0 && phraseActors(s, obj, spans) == nil &&
		!titleCase(s) // "Jamaica and Maldives Sign New Extradition Treaty"
}

// titleCase reports whether sentence s is written in title case, as
// headlines are: at least three words of four letters or more after the
// first, and all of them capitalised (a word with an apostrophe, "Côte
// d’Ivoire's", aside). Its proper-noun tags are no sign of names.
func titleCase(s *tree.Sentence) bool {
	n := 0
	for i := 1; i < s.Len(); i++ {
		f := s.Form(i)
		first, _ := utf8.DecodeRuneInString(f)
		if utf8.RuneCountInString(f) < 4 || !unicode.IsLetter(first) || strings.ContainsAny(f, "'’") {
			continue
		}
		if !unicode.IsUpper(first) {
			return false
		}
		n++
	}
	return n >= 3
}

// infinitiveObject is the target found in infinitive v's complements
// (objectActors), else, when v is "help", the direct object of the act it
// helps ("sent troops to help defend Kuwait", "will contribute yen to help
// finance a railway in Mozambique"): "help" takes the act as its bare
// infinitive, whose object is the one aided or fought. Other chains
// ("to try to bring …", "not to recommend indicting …") and the act's
// place or circumstances (obl) name no target.
func infinitiveObject(s *tree.Sentence, v int, spans []span) []Actor {
	if a := objectActors(s, v, spans, false); a != nil {
		return a
	}
	if !strings.EqualFold(s.Lemma(v), "help") || negated(s, v) {
		return nil
	}
	for _, ch := range s.Children(v) {
		if s.Rel(ch) != "xcomp" || s.UPOS(ch) != "VERB" || negated(s, ch) {
			continue
		}
		for _, o := range s.Children(ch) {
			if s.Rel(o) == "obj" || s.Rel(o) == "iobj" {
				if a := phraseActors(s, o, spans); a != nil {
					return a
				}
			}
		}
	}
	return nil
}

// mutualCode reports whether an act of the CAMEO code c done by a compound
// subject with no target is done by its members to each other: accord
// (019), intents to cooperate, consultations, diplomatic and material cooperation (03–06:
// "Jordan and Britain signed a defence treaty"), de-escalation (087x:
// ceasefires, pull-backs) and fighting (190, 193: "the two armies
// clashed"; not occupying or shelling a third party). Other acts of several actors ("Obama and Clinton took
// office", "… created a danger") name no target.
func mutualCode(c string) bool {
	if len(c) < 2 {
		return false
	}
	if c == "019" || strings.HasPrefix(c, "087") || c == "190" || c == "193" {
		return true // "Reagan and Mubarak agreed …", "the two sides declared a ceasefire"
	}
	if c == "042" || c == "043" {
		return false // a visit and its hosting go to a third party
	}
	switch c[:2] {
	case "03", "04", "05", "06":
		return true
	}
	return false
}

// symmetricVerbs name acts done with one another: "Putin and Xi met" is
// each meeting the other. CAMEO.2.0.txt gives its bare consultation (040)
// to many verbs that are not ("Clinton and Sanders face the voters",
// "Merkel and Hollande have gone as far as Cameron", "Bush and Rubio are
// racing to bank ballots"), so a bare 040 is mutual only for these.
var symmetricVerbs = map[string]bool{"meet": true, "confer": true, "consult": true, "talk": true,
	"discuss": true, "negotiate": true, "gather": true, "assemble": true, "convene": true, "reconvene": true,
	"huddle": true, "converge": true, "congregate": true, "reunite": true, "unite": true}

// mutualAct reports whether verb v matched as m, done by a compound subject
// with no target, is done by its members to each other (mutualCode; a bare
// 040 only of a symmetric verb).
func mutualAct(s *tree.Sentence, v int, m verbdict.Match) bool {
	if m.Code.Active == "040" && m.Pattern == nil {
		return symmetricVerbs[strings.ToLower(s.Lemma(v))]
	}
	return mutualCode(m.Code.Active)
}

// conjStart is the first word of joined verb v's own phrase, past the
// punctuation and conjunction that join it.
func conjStart(s *tree.Sentence, v int) int {
	lo, _ := s.Subtree(v)
	for lo < v && (s.UPOS(lo) == "PUNCT" || s.UPOS(lo) == "CCONJ") {
		lo++
	}
	return lo
}

// precedingActor is the nearest actor between word from and v in v's
// clause, other than the target: the source when the parse found no subject
// actor (from is then the start of the subject phrase, else 0).
func precedingActor(s *tree.Sentence, v, from int, spans []span, targets []Actor) []Actor {
	for i := len(spans) - 1; i >= 0; i-- {
		a := spans[i]
		if a.hi > v {
			continue
		}
		if a.lo < from {
			return nil
		}
		if clauseBreak(s, a.hi, v) {
			return nil
		}
		if len(targets) > 0 && !distinct(a.actor.Code, targets[0].Code) {
			continue
		}
		rel, h := spanRole(s, a)
		if h != v && (rel == "obj" || rel == "iobj") {
			continue // another verb's object ("murdering Israelis and abducting …")
		}
		if !subjectLike(rel) && !onlyAdverbialsBetween(s, a.hi, v) {
			// a modifier in another phrase ("the fact-checkers at the
			// Washington Post will award …", "the Latin American pope
			// demonstrated …"): no subject of v
			return nil
		}
		if a.hi < v && inRelative(s, a.lo, v) {
			// "The film, which debuts on Netflix Friday, explores …" (an
			// actor right before the verb is its subject whatever the
			// parse: "… after Russia seized Crimea", misparsed)
			continue
		}
		return []Actor{a.actor}
	}
	return nil
}

// subjectLike reports whether an actor phrase in relation rel may be a
// verb's misparsed subject: a subject of another word, the root, a
// conjunct or apposition of one, or a determiner ("for the US support its
// plan").
func subjectLike(rel string) bool {
	switch rel {
	case "nsubj", "nsubj:pass", "root", "conj", "appos", "det":
		return true
	}
	return false
}

// onlyAdverbialsBetween reports whether words lo..hi-1 are only adverbs,
// prepositions, determiners, numbers, auxiliaries, particles and time
// words (temporal: "Pyongyang on Thursday fired"): nothing that could hold
// a subject of its own.
func onlyAdverbialsBetween(s *tree.Sentence, lo, hi int) bool {
	for i := lo; i < hi; i++ {
		switch s.UPOS(i) {
		case "ADV", "ADP", "DET", "NUM", "AUX", "PART":
			continue
		}
		if !temporal(s, i) {
			return false
		}
	}
	return true
}

// inRelative reports whether word w lies in a relative clause that does
// not hold verb v: the clause describes a noun, its actors do not act in v.
func inRelative(s *tree.Sentence, w, v int) bool {
	for cur := w; cur >= 0 && cur != v; cur = s.Head(cur) {
		if s.FullRel(cur) == "acl:relcl" {
			lo, hi := s.Subtree(cur)
			return v < lo || v > hi
		}
	}
	return false
}

// followingActor is the first actor starting within 6 words after v with
// no clause boundary between: the target when the parse found none.
func followingActor(s *tree.Sentence, v int, spans []span) []Actor {
	for _, a := range spans {
		if a.lo <= v {
			continue
		}
		from := v + 1
		if from < s.Len() && strings.EqualFold(s.Form(from), "that") {
			from++ // "demanded that the Sudanese government …"
		}
		if a.lo > v+6 || clauseBreak(s, from, a.lo) {
			return nil
		}
		if rel, h := spanRole(s, a); h != v && (rel == "nsubj" || rel == "nsubj:pass") {
			return nil // the subject of the next clause
		}
		return []Actor{a.actor}
	}
	return nil
}

// clauseBreak reports whether the words [lo, hi) hold a clause boundary: a
// strong punctuation mark, a subordinator, a pronoun subject or a clause verb.
func clauseBreak(s *tree.Sentence, lo, hi int) bool {
	for w := lo; w < hi; w++ {
		switch s.UPOS(w) {
		case "SCONJ", "AUX":
			return true
		case "PUNCT":
			switch s.Form(w) {
			case ";", ":", "(", ")", "—", "–":
				return true
			}
		case "PRON":
			if s.Rel(w) == "nsubj" {
				return true
			}
		case "VERB":
			switch s.Rel(w) {
			case "root", "ccomp", "advcl", "parataxis", "conj", "xcomp":
				return true
			}
		}
	}
	return false
}

// hasComplement reports whether v has an object, a prepositional or a
// clausal complement: when it has one without an actor, the target is not
// an actor and no word-order fallback applies.
func hasComplement(s *tree.Sentence, v int) bool {
	for _, ch := range s.Children(v) {
		switch s.Rel(ch) {
		case "obj", "iobj", "obl", "ccomp", "xcomp":
			return true
		}
	}
	return false
}

// spanRole returns the relation and head of an actor span's syntactic head
// (its word attached outside the span).
func spanRole(s *tree.Sentence, a span) (rel string, head int) {
	if w := spanHead(s, a); w >= 0 {
		return s.Rel(w), s.Head(w)
	}
	return "", -1
}
