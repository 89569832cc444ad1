package verbdict

import (
	"slices"
	"strings"
	"testing"
)

// toks builds tokens from "word/lemma/POS" fields; lemma and POS may be
// left out.
func toks(s string) []Token {
	var out []Token
	for _, f := range strings.Fields(s) {
		p := strings.Split(f, "/")
		t := Token{Word: p[0]}
		if len(p) > 1 {
			t.Lemma = p[1]
		}
		if len(p) > 2 {
			t.POS = p[2]
		}
		out = append(out, t)
	}
	return out
}

type matchCase struct {
	name     string
	sent     string
	verb     int
	actors   []Span
	passive  bool
	open     []int // Query.Open
	compl    Span  // Query.Complement
	subj     Span  // Query.Subject
	opt      Options
	ok       bool
	code     string
	pattern  string // normalised pattern, "" = verb only
	src, tgt int
	compound []int
	tokens   []int // nil = not checked
}

func runMatch(t *testing.T, d *Dictionary, tests []matchCase) {
	t.Helper()
	for _, tt := range tests {
		q := Query{Tokens: toks(tt.sent), Verb: tt.verb, Actors: tt.actors, Passive: tt.passive, Open: tt.open, Complement: tt.compl, Subject: tt.subj}
		m, ok := d.Match(q, tt.opt)
		if ok != tt.ok {
			t.Errorf("%s: ok = %v, want %v", tt.name, ok, tt.ok)
			continue
		}
		if !ok {
			continue
		}
		pat := ""
		if m.Pattern != nil {
			pat = m.Pattern.String()
		}
		if m.Code.String() != tt.code || pat != tt.pattern || m.Source != tt.src || m.Target != tt.tgt || !slices.Equal(m.Compound, tt.compound) {
			t.Errorf("%s: code %s pattern %q src %d tgt %d comp %d; want %s %q %d %d %d",
				tt.name, m.Code, pat, m.Source, m.Target, m.Compound, tt.code, tt.pattern, tt.src, tt.tgt, tt.compound)
		}
		if tt.tokens != nil && !slices.Equal(m.Tokens, tt.tokens) {
			t.Errorf("%s: tokens %v, want %v", tt.name, m.Tokens, tt.tokens)
		}
	}
}

func TestMatchSmall(t *testing.T) {
	d := parseSmall(t)
	none := -1
	runMatch(t, d, []matchCase{
		{name: "prep + noun phrase",
			sent: "Russia/Russia/PROPN asked/ask/VERB the/the/DET UN/UN/PROPN for/for/ADP financial/financial/ADJ aid/aid/NOUN",
			verb: 1, actors: []Span{{0, 1}, {3, 4}}, ok: true,
			code: "0231", pattern: "* (FOR {FINANCIAL AID}) [0231]", src: none, tgt: none, tokens: []int{1, 4, 5, 6}},
		{name: "bare noun", sent: "Iran/Iran/PROPN asked/ask/VERB aid/aid/NOUN", verb: 1, ok: true,
			code: "023", pattern: "* AID [023]", src: none, tgt: none},
		// a bare pattern noun is read in the object, not in a later
		// prepositional phrase (PETRARCH-2 writes those in parentheses)
		{name: "bare noun in a later phrase", sent: "Iran/Iran/PROPN asked/ask/VERB Iraq/Iraq/PROPN during/during/ADP the/the/DET aid/aid/NOUN again/again/ADV",
			verb: 1, actors: []Span{{0, 1}, {2, 3}}, ok: true, code: "020", pattern: "", src: none, tgt: none},
		{name: "bare noun after an amount's in", sent: "Iran/Iran/PROPN asked/ask/VERB millions/million/NOUN in/in/ADP aid/aid/NOUN",
			verb: 1, ok: true, code: "023", pattern: "* AID [023]", src: none, tgt: none},
		{name: "slots",
			sent: "Russia/Russia/PROPN asked/ask/VERB as/as/ADP dollar/dollar/NOUN with/with/ADP Iran/Iran/PROPN",
			verb: 1, actors: []Span{{0, 1}, {5, 6}}, ok: true,
			code: "045", pattern: "$ * (AS &CURRENCY) (WITH +) [045]", src: 0, tgt: 1},
		{name: "slot needs an actor", sent: "Russia/Russia/PROPN asked/ask/VERB as/as/ADP dollar/dollar/NOUN with/with/ADP Iran/Iran/PROPN",
			verb: 1, ok: true, code: "0231", pattern: "* &CURRENCY [0231]", src: none, tgt: none},
		{name: "pre-verb words", sent: "Iran/Iran/PROPN will/will/AUX not/not/PART ask/ask/VERB", verb: 3, ok: true,
			code: "120", pattern: "WILL NOT * [120]", src: none, tgt: none},
		{name: "compound actor", sent: "Iran/Iran/PROPN and/and/CCONJ Iraq/Iraq/PROPN asked/ask/VERB", verb: 3,
			actors: []Span{{0, 3}}, ok: true, code: "030:030", pattern: "% * [030:030]", src: none, tgt: none, compound: []int{0}},
		{name: "compound of three spans", sent: "Iran/Iran/PROPN ,/,/PUNCT Syria/Syria/PROPN and/and/CCONJ Iraq/Iraq/PROPN asked/ask/VERB", verb: 5,
			actors: []Span{{0, 1}, {2, 3}, {4, 5}}, ok: true, code: "030:030", pattern: "% * [030:030]", src: none, tgt: none,
			compound: []int{0, 1, 2}, tokens: []int{5}},
		{name: "single actor is not compound", sent: "Iran/Iran/PROPN asked/ask/VERB", verb: 1,
			actors: []Span{{0, 1}}, ok: true, code: "020", pattern: "", src: none, tgt: none},
		{name: "skip phrase then target",
			sent: "Iran/Iran/PROPN asked/ask/VERB the/the/DET minister/minister/NOUN to/to/ADP Iraq/Iraq/PROPN",
			verb: 1, actors: []Span{{0, 1}, {5, 6}}, ok: true, code: "042:043", pattern: "* ^ TO + [042:043]", src: none, tgt: 1},
		{name: "passive-only code", sent: "He/he/PRON pleaded/plead/VERB before/before/ADP the/the/DET court/court/NOUN", verb: 1, ok: true,
			code: ":173", pattern: "* (BEFORE COURT) [:173]", src: none, tgt: none},
		{name: "plural synset member", sent: "They/they/PRON asked/ask/VERB dollars/dollars/NOUN", verb: 1, ok: true,
			code: "0231", pattern: "* &CURRENCY [0231]", src: none, tgt: none},
		{name: "multiword synset member", sent: "They/they/PRON asked/ask/VERB lower/low/ADJ prime/prime/ADJ rates/rate/NOUN", verb: 1, ok: true,
			code: "0231", pattern: "* &CURRENCY [0231]", src: none, tgt: none, tokens: []int{1, 3, 4}},
		{name: "joined words", sent: "They/they/PRON asked/ask/VERB off/off/ADP row/row/NOUN", verb: 1, ok: true,
			code: "110:110", pattern: "* OFF_ROW [110:110]", src: none, tgt: none},
		{name: "joined words apart", sent: "They/they/PRON asked/ask/VERB off/off/ADP the/the/DET row/row/NOUN", verb: 1, ok: true,
			code: "020", pattern: "", src: none, tgt: none},
		{name: "head check", sent: "Japan/Japan/PROPN asked/ask/VERB aid/aid/NOUN workers/worker/NOUN", verb: 1, ok: true,
			code: "020", pattern: "", src: none, tgt: none},
		{name: "head check off", sent: "Japan/Japan/PROPN asked/ask/VERB aid/aid/NOUN workers/worker/NOUN", verb: 1,
			opt: Options{NoHeadCheck: true}, ok: true, code: "023", pattern: "* AID [023]", src: none, tgt: none},
		{name: "pattern word by its lemma", sent: "Japan/Japan/PROPN asked/ask/VERB aids/aid/NOUN", verb: 1, ok: true,
			code: "023", pattern: "* AID [023]", src: none, tgt: none},
		{name: "exact words", sent: "Japan/Japan/PROPN asked/ask/VERB aids/aid/NOUN", verb: 1,
			opt: Options{ExactWords: true}, ok: true, code: "020", pattern: "", src: none, tgt: none},
		{name: "clause boundary", sent: "Japan/Japan/PROPN asked/ask/VERB whether/whether/SCONJ aid/aid/NOUN came/come/VERB", verb: 1, ok: true,
			code: "020", pattern: "", src: none, tgt: none},
		{name: "opened verb in the gap", sent: "Japan/Japan/PROPN asked/ask/VERB Iran/Iran/PROPN to/to/PART send/send/VERB aid/aid/NOUN", verb: 1,
			actors: []Span{{0, 1}, {2, 3}}, open: []int{4}, ok: true, code: "023", pattern: "* AID [023]", src: none, tgt: none},
		{name: "joined words in the complement", sent: "They/they/PRON asked/ask/VERB that/that/SCONJ Iran/Iran/PROPN is/be/AUX a/a/DET real/real/ADJ off/off/ADP row/row/NOUN", verb: 1,
			compl: Span{2, 9}, ok: true, code: "110:110", pattern: "* OFF_ROW [110:110]", src: none, tgt: none},
		{name: "joined words past the complement", sent: "They/they/PRON asked/ask/VERB that/that/SCONJ Iran/Iran/PROPN is/be/AUX a/a/DET real/real/ADJ off/off/ADP row/row/NOUN", verb: 1,
			compl: Span{2, 5}, ok: true, code: "020", pattern: "", src: none, tgt: none},
		{name: "compound with determiners", sent: "The/the/DET Philippines/Philippines/PROPN and/and/CCONJ the/the/DET EU/EU/PROPN asked/ask/VERB", verb: 5,
			actors: []Span{{1, 2}, {4, 5}}, ok: true, code: "030:030", pattern: "% * [030:030]", src: none, tgt: none, compound: []int{0, 1}},
		{name: "other verb in the gap", sent: "Japan/Japan/PROPN asked/ask/VERB Iran/Iran/PROPN to/to/PART send/send/VERB aid/aid/NOUN", verb: 1,
			actors: []Span{{0, 1}, {2, 3}}, ok: true, code: "020", pattern: "", src: none, tgt: none},
		{name: "actor span is one gap unit",
			sent: "Japan/Japan/PROPN asked/ask/VERB the/the/DET United/United/PROPN Nations/Nations/PROPN Security/Security/PROPN Council/Council/PROPN for/for/ADP aid/aid/NOUN",
			verb: 1, actors: []Span{{0, 1}, {2, 7}}, opt: Options{MaxGap: 2}, ok: true,
			code: "023", pattern: "* AID [023]", src: none, tgt: none},
		{name: "same words without the actor span",
			sent: "Japan/Japan/PROPN asked/ask/VERB the/the/DET United/United/PROPN Nations/Nations/PROPN Security/Security/PROPN Council/Council/PROPN for/for/ADP aid/aid/NOUN",
			verb: 1, actors: []Span{{0, 1}}, opt: Options{MaxGap: 2}, ok: true,
			code: "020", pattern: "", src: none, tgt: none},
		{name: "gap too long", sent: "Japan/Japan/PROPN asked/ask/VERB a/a/DET b/b/NOUN c/c/NOUN d/d/NOUN e/e/NOUN aid/aid/NOUN", verb: 1,
			opt: Options{MaxGap: 2}, ok: true, code: "020", pattern: "", src: none, tgt: none},
		{name: "time phrase next to the verb is free", sent: "Japan/Japan/PROPN asked/ask/VERB on/on/ADP Monday/Monday/PROPN a/a/DET b/b/NOUN aid/aid/NOUN", verb: 1,
			opt: Options{MaxGap: 2}, ok: true, code: "023", pattern: "* AID [023]", src: none, tgt: none},
		{name: "time phrase further on costs", sent: "Japan/Japan/PROPN asked/ask/VERB a/a/DET b/b/NOUN on/on/ADP Monday/Monday/PROPN aid/aid/NOUN", verb: 1,
			opt: Options{MaxGap: 2}, ok: true, code: "020", pattern: "", src: none, tgt: none},
		{name: "window", sent: "Japan/Japan/PROPN asked/ask/VERB a/a/DET aid/aid/NOUN", verb: 1,
			opt: Options{Window: 1}, ok: true, code: "020", pattern: "", src: none, tgt: none},
		{name: "multiword verb, own code", sent: "Japan/Japan/PROPN asked/ask/VERB for/for/ADP calm/calm/NOUN", verb: 1, ok: true,
			code: "021", pattern: "", src: none, tgt: none, tokens: []int{1, 2}},
		{name: "pre-word of a multiword verb", sent: "police/police/NOUN wire/wire/NOUN tapped/tap/VERB phones/phone/NOUN", verb: 2, ok: true,
			code: "---", pattern: "", src: none, tgt: none, tokens: []int{1, 2}},
		{name: "form lookup without lemma", sent: "Iran pled", verb: 1, ok: true,
			code: "020", pattern: "", src: none, tgt: none},
		{name: "no tags", sent: "Iran asked for financial aid", verb: 1, ok: true,
			code: "0231", pattern: "* (FOR {FINANCIAL AID}) [0231]", src: none, tgt: none},
		{name: "verb-only null code", sent: "Iran/Iran/PROPN pondered/ponder/VERB aid/aid/NOUN", verb: 1, ok: true,
			code: "---", pattern: "", src: none, tgt: none},
		{name: "unknown verb", sent: "Iran/Iran/PROPN ate/eat/VERB aid/aid/NOUN", verb: 1, ok: false},
		{name: "verb index out of range", sent: "Iran asked", verb: 5, ok: false},
		{name: "negative verb index", sent: "Iran asked", verb: -1, ok: false},
		{name: "bad actor spans ignored", sent: "Iran/Iran/PROPN asked/ask/VERB aid/aid/NOUN", verb: 1,
			actors: []Span{{-1, 2}, {2, 9}, {2, 2}}, ok: true, code: "023", pattern: "* AID [023]", src: none, tgt: none},
	})
}

func TestMatchPassive(t *testing.T) {
	d, err := Parse("p", strings.NewReader("--- STAGE [---] ---\nSTAGE\n- &ARMY * EXERCISES [062]\n- * (FOR PEACE) [030]\n&ARMY\n+ARMY\n"))
	if err != nil {
		t.Fatal(err)
	}
	none := -1
	runMatch(t, d, []matchCase{
		{name: "active", sent: "the/the/DET army/army/NOUN staged/stage/VERB exercises/exercise/NOUN", verb: 2, ok: true,
			code: "062", pattern: "&ARMY * EXERCISES [062]", src: none, tgt: none},
		{name: "passive", sent: "exercises/exercise/NOUN were/be/AUX staged/stage/VERB by/by/ADP the/the/DET army/army/NOUN", verb: 2,
			passive: true, ok: true, code: "062", pattern: "&ARMY * EXERCISES [062]", src: none, tgt: none, tokens: []int{0, 2, 3, 5}},
		{name: "passive read as active", sent: "exercises/exercise/NOUN were/be/AUX staged/stage/VERB by/by/ADP the/the/DET army/army/NOUN", verb: 2,
			ok: true, code: "---", pattern: "", src: none, tgt: none},
		{name: "subject head past its modifiers", subj: Span{1, 2}, verb: 9, ok: true, code: "062", pattern: "&ARMY * EXERCISES [062]", src: none, tgt: none,
			sent: "the/the/DET army/army/NOUN of/of/ADP the/the/DET northern/northern/ADJ province/province/NOUN ,/,/PUNCT which/which/PRON rebelled/rebel/VERB staged/stage/VERB exercises/exercise/NOUN"},
		{name: "no subject, no reach", verb: 9, ok: true, code: "---", pattern: "", src: none, tgt: none,
			sent: "the/the/DET army/army/NOUN of/of/ADP the/the/DET northern/northern/ADJ province/province/NOUN ,/,/PUNCT which/which/PRON rebelled/rebel/VERB staged/stage/VERB exercises/exercise/NOUN"},
		{name: "passive keeps prepositions after the verb", sent: "talks/talk/NOUN were/be/AUX staged/stage/VERB for/for/ADP peace/peace/NOUN", verb: 2,
			passive: true, ok: true, code: "030", pattern: "* (FOR PEACE) [030]", src: none, tgt: none},
	})
}

// TestMatchThoseOf checks that "those of" inside a phrase is read through
// ("to those of the army" as "to the army") and that a bare "of" still ends
// the phrase; also that a measure noun and its "of" are read through
// ("shipped 40,000 tons of food aid" as "shipped food aid"), other nouns
// with "of" not.
func TestMatchThoseOf(t *testing.T) {
	d, err := Parse("p", strings.NewReader("--- COMPARE [---] ---\nCOMPARE\n- * (TO ARMY) [111]\n\n--- SHIP [---] ---\nSHIP\n- * {FOOD AID} [073]\n"))
	if err != nil {
		t.Fatal(err)
	}
	none := -1
	runMatch(t, d, []matchCase{
		{name: "those of", sent: "he/he/PRON compared/compare/VERB it/it/PRON to/to/ADP those/that/PRON of/of/ADP the/the/DET army/army/NOUN", verb: 1,
			ok: true, code: "111", pattern: "* (TO ARMY) [111]", src: none, tgt: none},
		{name: "that of", sent: "he/he/PRON compared/compare/VERB it/it/PRON to/to/ADP that/that/PRON of/of/ADP army/army/NOUN", verb: 1,
			ok: true, code: "111", pattern: "* (TO ARMY) [111]", src: none, tgt: none},
		{name: "of alone ends the phrase", sent: "he/he/PRON compared/compare/VERB it/it/PRON to/to/ADP wars/war/NOUN of/of/ADP army/army/NOUN", verb: 1,
			ok: true, code: "---", pattern: "", src: none, tgt: none},
		{name: "tons of", sent: "Japan/Japan/PROPN shipped/ship/VERB almost/almost/ADV 40,000/40,000/NUM tons/ton/NOUN of/of/ADP emergency/emergency/NOUN food/food/NOUN aid/aid/NOUN", verb: 1, ok: true, code: "073", pattern: "* {FOOD AID} [073]", src: none, tgt: none},
		{name: "worth of", sent: "Japan/Japan/PROPN shipped/ship/VERB over/over/ADV $/$/SYM 2/2/NUM million/million/NUM worth/worth/NOUN of/of/ADP food/food/NOUN aid/aid/NOUN", verb: 1, ok: true, code: "073", pattern: "* {FOOD AID} [073]", src: none, tgt: none},
		{name: "other nouns with of count", sent: "Japan/Japan/PROPN shipped/ship/VERB almost/almost/ADV 40,000/40,000/NUM sorts/sort/NOUN of/of/ADP emergency/emergency/NOUN food/food/NOUN aid/aid/NOUN", verb: 1, ok: true, code: "---", pattern: "", src: none, tgt: none},
	})
}

// TestVerbEntriesMultiwordOnly checks that a form heading only multiword
// verbs ("shot" of +SHOT_DOWN, lemmatised as itself) also finds the verb
// whose inflected forms include it (SHOOT).
func TestVerbEntriesMultiwordOnly(t *testing.T) {
	d, err := Parse("m", strings.NewReader("--- KILL [190] ---\n+SHOT_DOWN\n--- SHOOT [190] ---\nSHOOT {SHOOTS SHOOTING SHOT}\n"))
	if err != nil {
		t.Fatal(err)
	}
	none := -1
	runMatch(t, d, []matchCase{
		{name: "single word", sent: "Turkey/Turkey/PROPN shot/shot/VERB soldiers/soldier/NOUN", verb: 1,
			ok: true, code: "190", pattern: "", src: none, tgt: none},
	})
}

// TestMatchHyphenated checks that a hyphenated word the tokenizer split
// ("two - day") costs one unit of a phrase's gap, and that three plain
// words still exceed it.
func TestMatchHyphenated(t *testing.T) {
	d, err := Parse("h", strings.NewReader("--- ARRIVE [040] ---\nARRIVE\n- * (FOR VISIT) [042]\n"))
	if err != nil {
		t.Fatal(err)
	}
	none := -1
	runMatch(t, d, []matchCase{
		{name: "hyphenated modifier", sent: "Modi/Modi/PROPN arrived/arrive/VERB for/for/ADP a/a/DET two/two/NUM -/-/PUNCT day/day/NOUN visit/visit/NOUN", verb: 1,
			ok: true, code: "042", pattern: "* (FOR VISIT) [042]", src: none, tgt: none},
		{name: "three plain words", sent: "Modi/Modi/PROPN arrived/arrive/VERB for/for/ADP a/a/DET long/long/ADJ state/state/NOUN visit/visit/NOUN", verb: 1,
			ok: true, code: "040", pattern: "", src: none, tgt: none},
	})
}

// TestMatchCAMEO20 runs the matcher with the embedded dictionary on
// hand-tagged sentences; expected lines are those of CAMEO.2.0.txt.
func TestMatchCAMEO20(t *testing.T) {
	d := mustLoad(t)
	tests := []struct {
		name, sent string
		verb       int
		actors     []Span
		passive    bool
		code       string
		line       int // pattern line, 0 = verb only
	}{
		{"ask for aid", "Russia/Russia/PROPN asked/ask/VERB the/the/DET UN/UN/PROPN for/for/ADP financial/financial/ADJ aid/aid/NOUN", 1, []Span{{0, 1}, {3, 4}}, false, "0231", 943},
		{"burn flag", "Protesters/protester/NOUN burned/burn/VERB the/the/DET flag/flag/NOUN", 1, nil, false, "141", 1103},
		{"aid workers", "Japan/Japan/PROPN sent/send/VERB aid/aid/NOUN workers/worker/NOUN", 1, nil, false, "073", 3500},
		{"troops to border", "The/the/DET army/army/NOUN rushed/rush/VERB troops/troop/NOUN to/to/ADP the/the/DET border/border/NOUN", 2, nil, false, "154", 725},
		{"carry out attack", "They/they/PRON carried/carry/VERB out/out/ADP an/a/DET attack/attack/NOUN", 1, nil, false, "190", 2602},
		{"restore ties", "Arnor/Arnor/PROPN will/will/AUX restore/restore/VERB full/full/ADJ diplomatic/diplomatic/ADJ ties/tie/NOUN with/with/ADP Gondor/Gondor/PROPN", 2, []Span{{0, 1}, {7, 8}}, false, "050", 3264},
		{"passive delivery", "aid/aid/NOUN was/be/AUX delivered/deliver/VERB by/by/ADP France/France/PROPN", 2, []Span{{4, 5}}, true, "070", 1061},
		{"say alone", "He/he/PRON said/say/VERB", 1, nil, false, "010", 0},
		// a bare prepositional pattern is no time phrase: "* (ON)" is a call on someone
		{"called on", "Iran/Iran/PROPN called/call/VERB on/on/ADP Iraq/Iraq/PROPN", 1, []Span{{0, 1}, {3, 4}}, false, "020", 5498},
		{"telephoned on Tuesday", "Iran/Iran/PROPN telephoned/telephone/VERB Iraq/Iraq/PROPN on/on/ADP Tuesday/Tuesday/PROPN", 1, []Span{{0, 1}, {2, 3}}, false, "041:041", 0},
		{"called on the same morning", "Iran/Iran/PROPN called/call/VERB Iraq/Iraq/PROPN on/on/ADP the/the/DET same/same/ADJ morning/morning/NOUN", 1, []Span{{0, 1}, {2, 3}}, false, "041:041", 0},
		// a hyphenated synset member matches the tokens a tokenizer splits it into
		{"declared a cease-fire", "Hezbollah/Hezbollah/PROPN declared/declare/VERB a/a/DET cease/cease/NOUN -/-/PUNCT fire/fire/NOUN", 1, []Span{{0, 1}}, false, "0871:0871", 4412},
		{"infinitive to is no (TO)", "Iran/Iran/PROPN praised/praise/VERB Iraq/Iraq/PROPN 's/'s/PART efforts/effort/NOUN to/to/PART reform/reform/VERB", 1, []Span{{0, 1}, {2, 3}}, false, "051", 0},
		{"preposition to is (TO)", "Iran/Iran/PROPN welcomed/welcome/VERB Iraq/Iraq/PROPN to/to/ADP Tehran/Tehran/PROPN", 1, []Span{{0, 1}, {2, 3}}, false, "043:042", 5855},
		{"called for a march", "Unions/union/NOUN called/call/VERB for/for/ADP a/a/DET march/march/NOUN", 1, nil, false, "020", 5497},
		{"accuse alone", "Israel/Israel/PROPN accused/accuse/VERB Hamas/Hamas/PROPN", 1, []Span{{0, 1}, {2, 3}}, false, "112", 0},
		// a bare particle in a pattern is the verb's particle, not a later preposition
		{"reached out", "Iran/Iran/PROPN reached/reach/VERB out/out/ADP", 1, []Span{{0, 1}}, false, "020", 2770},
		{"particle after a short object", "Iran/Iran/PROPN threw/throw/VERB it/it/PRON out/out/ADP ./././PUNCT", 1, []Span{{0, 1}}, false, "160", 2101},
		{"preposition after the object", "Egypt/Egypt/PROPN pressed/press/VERB Israel/Israel/PROPN on/on/ADP the/the/DET issue/issue/NOUN", 1, []Span{{0, 1}, {2, 3}}, false, "100", 0},
		{"time phrase is no particle", "Iran/Iran/PROPN pressed/press/VERB on/on/ADP Monday/Monday/PROPN", 1, []Span{{0, 1}}, false, "100", 0},
	}
	for _, tt := range tests {
		m, ok := d.Match(Query{Tokens: toks(tt.sent), Verb: tt.verb, Actors: tt.actors, Passive: tt.passive}, Options{})
		line := 0
		if m.Pattern != nil {
			line = m.Pattern.Line
		}
		if !ok || m.Code.String() != tt.code || line != tt.line {
			t.Errorf("%s: ok %v code %s line %d, want %s %d", tt.name, ok, m.Code, line, tt.code, tt.line)
		}
	}
}

func TestCandidates(t *testing.T) {
	d := mustLoad(t)
	q := Query{Tokens: toks("Russia/Russia/PROPN asked/ask/VERB the/the/DET UN/UN/PROPN for/for/ADP financial/financial/ADJ aid/aid/NOUN"),
		Verb: 1, Actors: []Span{{0, 1}, {3, 4}}}
	c := d.Candidates(q, Options{})
	if len(c) < 3 {
		t.Fatalf("%d candidates", len(c))
	}
	best, _ := d.Match(q, Options{})
	if c[0].Pattern != best.Pattern {
		t.Errorf("first candidate %v, Match %v", c[0].Pattern, best.Pattern)
	}
	seenPlain := false
	for i, m := range c {
		if m.Pattern == nil {
			seenPlain = true
			continue
		}
		if seenPlain {
			t.Errorf("candidate %d has a pattern after a verb-only candidate", i)
		}
		if i > 0 && c[i-1].Pattern != nil && better(m, c[i-1]) {
			t.Errorf("candidates %d and %d out of order", i-1, i)
		}
	}
	if !seenPlain {
		t.Error("no verb-only candidate at the end")
	}
}

func TestMatchSkip(t *testing.T) {
	d, err := Parse("s", strings.NewReader("--- SEND [---] ---\nSEND\n- ^ * AID [070]\n- * ^ TO + [072]\n"))
	if err != nil {
		t.Fatal(err)
	}
	none := -1
	runMatch(t, d, []matchCase{
		{name: "skip before the verb", sent: "the/the/DET big/big/ADJ army/army/NOUN sent/send/VERB aid/aid/NOUN", verb: 3, ok: true,
			code: "070", pattern: "^ * AID [070]", src: none, tgt: none},
		{name: "skip needs a noun before the verb", sent: "quickly/quickly/ADV sent/send/VERB aid/aid/NOUN", verb: 1, ok: true,
			code: "---", pattern: "", src: none, tgt: none},
		{name: "skip after the verb", sent: "They/they/PRON sent/send/VERB the/the/DET heavy/heavy/ADJ guns/gun/NOUN to/to/ADP Iraq/Iraq/PROPN", verb: 1,
			actors: []Span{{6, 7}}, ok: true, code: "072", pattern: "* ^ TO + [072]", src: none, tgt: 0},
		{name: "skip is not a verb", sent: "They/they/PRON sent/send/VERB running/run/VERB to/to/ADP Iraq/Iraq/PROPN", verb: 1,
			actors: []Span{{4, 5}}, ok: true, code: "---", pattern: "", src: none, tgt: none},
		{name: "skip without tags", sent: "They sent guns to Iraq", verb: 1,
			actors: []Span{{4, 5}}, ok: true, code: "072", pattern: "* ^ TO + [072]", src: none, tgt: 0},
	})
	if c, ok := d.VerbCode("send"); !ok || c.String() != NullCode {
		t.Errorf("VerbCode(send) = %v %v", c, ok)
	}
	if _, ok := d.VerbCode("nothing"); ok {
		t.Error("VerbCode(nothing) found")
	}
}
