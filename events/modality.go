package events

import (
	"strings"

	"entente/syntax/tree"
)

// Modality: what the grammar of a clause says about whether its event
// happened. The CAMEO manual codes a future or promised action as an intent
// (root 03 for cooperation, 13 for conflict: "Portugal will support Turkey"
// → 032), a refused or negated cooperation as a rejection (root 12: "refused
// to meet" → 125), and an action that is only hoped for, conditional or a
// purpose as no event.

// futureMarkers are auxiliaries of a future or promised action.
var futureMarkers = map[string]bool{"will": true, "shall": true, "would": true, "'ll": true, "’ll": true}

// possibilityMarkers make an act an intent only with a condition of its own
// ("may halt mediation if …"); alone they are a guess ("Iran may attack").
var possibilityMarkers = map[string]bool{"may": true, "might": true, "could": true}

// hasCondition reports whether verb v has a conditional clause (if,
// unless) of its own.
func hasCondition(s *tree.Sentence, v int) bool {
	for _, ch := range s.Children(v) {
		if s.Rel(ch) != "advcl" {
			continue
		}
		if m := s.Child(ch, "mark"); m >= 0 && conditionMarks[strings.ToLower(s.Form(m))] {
			return true
		}
	}
	return false
}

// intentHeads govern an infinitive that is a plan or readiness, not a deed
// ("plans to visit", "is ready to help", "is set to sign").
var intentHeads = map[string]bool{"plan": true, "intend": true, "willing": true, "ready": true,
	"prepared": true, "set": true, "due": true, "expect": true, "aim": true, "prepare": true}

// intentVerbs promise or threaten the action of their infinitive ("agreed
// to hold exercises" → 0312, "threatened to cut aid" → 1311).
var intentVerbs = map[string]bool{"agree": true, "promise": true, "pledge": true, "vow": true,
	"offer": true, "undertake": true, "commit": true, "threaten": true, "swear": true, "decide": true,
	"plan": true, "intend": true, "announce": true, "volunteer": true, "resolve": true,
	"seek": true} // "was seeking to destroy Ukraine's energy grid": 1384, not SEEK's own 030

// vowers are the verbs of promising whose future passive complement is
// their subject's own act.
var vowers = map[string]bool{"promise": true, "pledge": true, "vow": true, "swear": true, "threaten": true}

// vowedPassive reports whether verb v is a future passive naming no agent
// in the clause a verb of promising h governs ("Iran's supreme leader vowed
// that Israel will be punished"): what is promised is done by h's subject,
// an intent or, for a coercive act, a threat (intentCode: 170 → 137). A
// past one is reported, not promised ("announced that three NGOs were
// banned").
func vowedPassive(s *tree.Sentence, h, v int) bool {
	if s.Rel(v) != "ccomp" || s.UPOS(v) != "VERB" || !isPassive(s, v) || agentOf(s, v) >= 0 ||
		!vowers[strings.ToLower(s.Lemma(h))] || negated(s, h) {
		return false
	}
	for _, ch := range s.Children(v) {
		if s.Rel(ch) == "aux" && futureMarkers[strings.ToLower(s.Form(ch))] {
			return true
		}
	}
	return false
}

// enactors are verbs whose infinitive is the act they perform: a body that
// votes or moves to condemn condemns ("voted to condemn" → 122, where the
// dictionary codes "vote" itself as a decision, 030).
var enactors = map[string]bool{"vote": true, "move": true, "proceed": true}

// promises are the intent verbs whose complement, when the dictionary does
// not code it, is still a commitment to cooperate ("agreed to undertake
// joint exercises" → 030); threats, plans and decisions are left out.
var promises = map[string]bool{"agree": true, "promise": true, "pledge": true, "vow": true,
	"offer": true, "undertake": true, "commit": true, "swear": true, "volunteer": true}

// irrealisHeads take a clause whose event the source only hopes, wishes
// or expects ("we trust that China supports Israel", "he was confident
// that the United States would remove …").
var irrealisHeads = map[string]bool{"hope": true, "trust": true, "wish": true, "want": true,
	"expect": true, "able": true, "unable": true, "would": true, "like": true, "need": true,
	"confident": true, "hopeful": true, "optimistic": true}

// mandativeHeads ask for the act of their that-clause: the demand or
// appeal is their own event (100, 020), the act asked for is none.
var mandativeHeads = map[string]bool{"demand": true, "request": true, "urge": true, "ask": true,
	"propose": true, "recommend": true}

// conditionMarks open a clause whose event depends on another.
var conditionMarks = map[string]bool{"if": true, "unless": true, "whether": true, "lest": true}

// mood is the modality of a verb: realis (a deed), future (an intent),
// or irrealis (no event).
type mood int

const (
	realis mood = iota
	future
	irrealis
)

// moodOf classifies verb v.
func moodOf(s *tree.Sentence, v int) mood {
	if futureOf(s, v) {
		if moodOf(s, s.Head(v)) == irrealis {
			return irrealis // "may be going to attack": a guess
		}
		return future // "is going to help" (goingto.go)
	}
	if h := s.Head(v); h >= 0 && s.Rel(v) == "ccomp" {
		switch hl := strings.ToLower(s.Lemma(h)); {
		case irrealisHeads[hl]:
			return irrealis // "hopes that Germany will send weapons": no intent of Germany's
		case mandativeHeads[hl]:
			return irrealis // "demanded that Sweden extradite militants": asked, not done
		}
	}
	for _, ch := range s.Children(v) {
		switch s.Rel(ch) {
		case "aux":
			if f := strings.ToLower(s.Form(ch)); futureMarkers[f] {
				if f == "would" && hypothetical(s, v) {
					return irrealis
				}
				return future
			}
			if possibilityMarkers[strings.ToLower(s.Form(ch))] {
				if hasCondition(s, v) {
					// "the EC may halt mediation if cooperation founders": a
					// conditional announcement, an intent or threat as "will"
					return future
				}
				return irrealis // "Iran may attack Israel": a guess, no act
			}
		case "mark":
			if conditionMarks[strings.ToLower(s.Form(ch))] {
				return irrealis
			}
			if f := strings.ToLower(s.Form(ch)); (f == "against" || f == "without") && gerund(s, v) {
				return irrealis // "warned the West against sending weapons to Ukraine"
			}
		}
	}
	if obligationModal(s, v) != "" {
		return irrealis // "Iran must stop enrichment": asked of it, not done
	}
	if prevented(s, v) {
		return irrealis // "Russia prevented Ukraine from joining NATO"
	}
	h := s.Head(v)
	if h < 0 {
		return realis
	}
	if s.Rel(v) == "xcomp" && obligationModal(s, h) != "" {
		return irrealis // "the US must be ready to mediate"
	}
	hl := strings.ToLower(s.Lemma(h))
	// "resorted to throwing stones": a gerund after the preposition "to"
	// is a deed, no purpose infinitive
	infinitive := hasMarkTo(s, v) && !gerund(s, v)
	switch s.Rel(v) {
	case "xcomp":
		if callFor(s, h) {
			return irrealis // "called to ban Muslims": asked for (naming.go)
		}
		if intentHeads[hl] {
			return future
		}
		if irrealisHeads[hl] {
			return irrealis
		}
	case "ccomp":
		if irrealisHeads[hl] || supposition(s, h) {
			return irrealis
		}
	case "acl", "advcl":
		if infinitive {
			// "a resolution to condemn X", "… to be able to strike"
			return irrealis
		}
	}
	if s.Rel(v) == "conj" {
		return moodOf(s, h)
	}
	return realis
}

// hypothetical reports whether "would" on verb v makes a supposition, not
// a promise: v heads the sentence (alone or as a conjunct of its head), with
// no condition of its own and no report verb commenting on it ("Allies in
// the United States would indeed help Mexico"). Under a verb of saying,
// confirming or suggesting, and with "if", "would" stays a future ("NATO
// confirmed it would tighten the blockade", "It would send troops,
// officials said").
func hypothetical(s *tree.Sentence, v int) bool {
	for v >= 0 && s.Rel(v) == "conj" {
		v = s.Head(v)
	}
	if v < 0 || s.Head(v) >= 0 || hasCondition(s, v) {
		return false
	}
	for _, ch := range s.Children(v) {
		if r := s.Rel(ch); (r == "parataxis" || r == "ccomp") && ch > v && reportVerbs[strings.ToLower(s.Lemma(ch))] {
			return false
		}
	}
	return true
}

// suppositionVerbs, said bare to the reader, ask them to picture a case
// ("Say Mexico demanded …", "Suppose Iran closed the strait").
var suppositionVerbs = map[string]bool{"say": true, "suppose": true, "imagine": true,
	"assume": true, "picture": true, "pretend": true}

// supposition reports whether verb h is an imperative of supposition: a
// supposition verb opening the sentence with no subject and no auxiliary,
// whose complement clause is a case put, no report.
func supposition(s *tree.Sentence, h int) bool {
	if !suppositionVerbs[strings.ToLower(s.Lemma(h))] {
		return false
	}
	for w := 0; w < h; w++ {
		if s.UPOS(w) != "PUNCT" {
			return false
		}
	}
	for _, ch := range s.Children(h) {
		switch s.Rel(ch) {
		case "nsubj", "aux", "expl":
			return false
		}
	}
	return true
}

// hasMarkTo reports whether v is a to-infinitive.
func hasMarkTo(s *tree.Sentence, v int) bool {
	for _, ch := range s.Children(v) {
		if ch > v {
			break
		}
		if s.Rel(ch) == "mark" && strings.EqualFold(s.Form(ch), "to") {
			return true
		}
	}
	return false
}

// gerund reports whether verb v is an -ing form (not a verb whose lemma
// ends so, like "bring").
func gerund(s *tree.Sentence, v int) bool {
	f := strings.ToLower(s.Form(v))
	return strings.HasSuffix(f, "ing") && f != strings.ToLower(s.Lemma(v))
}

// intentCode is the CAMEO code for the future of an action coded c: an
// intent to cooperate (03) for cooperation, a threat (13) for conflict; c
// itself where CAMEO has no intent form (statements, appeals, demands …).
func intentCode(c string) string {
	if len(c) < 2 {
		return c
	}
	if v, ok := intentByCode[c]; ok {
		return v
	}
	if v, ok := intentByRoot[c[:2]]; ok {
		return v
	}
	return c
}

var intentByCode = map[string]string{
	"045": "039", "046": "036",
	"061": "0311", "062": "0312", "063": "0313", "064": "0314",
	"071": "0331", "072": "0332", "073": "0333", "074": "0334",
	"081": "0351", "082": "0352", "083": "034", "084": "0353", "0841": "0353", "0842": "0353",
	"085": "0354", "086": "0355", "087": "0356", "0871": "0356", "0872": "0356", "0873": "0356", "0874": "0356",
	"161": "1313", "162": "1311", "163": "1312", "164": "134", "165": "135", "166": "136",
	"1661": "136", "1662": "136", "1663": "136",
	"172": "132", "1721": "1321", "1722": "1322", "1723": "1323", "1724": "1324",
	"191": "1381", "192": "1382", "193": "1384", "194": "1384", "195": "1384",
}

var intentByRoot = map[string]string{
	"04": "036", "05": "032", "06": "031", "07": "033", "08": "035",
	"14": "133", "15": "138", "16": "131", "17": "137", "18": "1383", "19": "1384", "20": "1385",
}

// rejectCode is the CAMEO code for a negated or refused action coded c
// ("will not meet" → 125, "refused to lift the curfew" → 124), or "" when
// the negation leaves no event ("did not attack").
func rejectCode(c string) string { return mapCode(c, rejectByCode, rejectByRoot) }

// mapCode maps CAMEO code c through byCode, else its root through byRoot;
// "" when neither has it.
func mapCode(c string, byCode, byRoot map[string]string) string {
	if len(c) < 2 {
		return ""
	}
	if v, ok := byCode[c]; ok {
		return v
	}
	return byRoot[c[:2]]
}

var rejectByCode = map[string]string{
	"031": "121", "0311": "1211", "0312": "1212",
	"033": "122", "0331": "1221", "0332": "1222", "0333": "1223", "0334": "1224",
	"034": "123", "0341": "1231", "0342": "1232", "0343": "1233", "0344": "1234",
	"035": "124", "0351": "1241", "0352": "1242", "0353": "1243", "0354": "1244", "0355": "1245", "0356": "1246",
	"036": "125", "037": "127", "038": "126", "039": "126",
	"045": "126", "057": "127",
	"061": "1211", "062": "1212",
	"071": "1221", "072": "1222", "073": "1223", "074": "1224",
	"081": "1241", "082": "1242", "083": "123", "084": "1243", "0841": "1243", "0842": "1243",
	"085": "1244", "086": "1245", "087": "1246", "0871": "1246", "0872": "1246", "0873": "1246", "0874": "1246",
}

var rejectByRoot = map[string]string{
	"03": "120", "04": "125", "05": "120", "06": "121", "07": "122", "08": "124",
}

// conditionActors returns the actors of the subject of a conditional clause
// ("if the United States imposes sanctions") attached to verb v, to the
// infinitive v governs ("threatened to close the strait if …"), or, when v
// is that infinitive, to the verb governing it.
func conditionActors(s *tree.Sentence, v int, spans []span) []Actor {
	clauses := []int{v}
	if h := s.Head(v); h >= 0 && (s.Rel(v) == "xcomp" || (s.Rel(v) == "advcl" && hasMarkTo(s, v))) {
		clauses = append(clauses, h)
	}
	for _, ch := range s.Children(v) {
		if s.Rel(ch) == "xcomp" || (s.Rel(ch) == "advcl" && hasMarkTo(s, ch)) {
			clauses = append(clauses, ch)
		}
	}
	for _, w := range clauses {
		for _, ch := range s.Children(w) {
			if s.Rel(ch) != "advcl" {
				continue
			}
			mk := s.Child(ch, "mark")
			if mk < 0 || !conditionMarks[strings.ToLower(s.Form(mk))] {
				continue
			}
			if sj := s.Child(ch, "nsubj"); sj >= 0 {
				if a := phraseActors(s, sj, spans); len(a) > 0 {
					return a
				}
			}
		}
	}
	return nil
}
