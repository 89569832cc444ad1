package tree

import (
	"strings"

	"entente/syntax"
)

// Verbs the tagger reads as nouns. A greedy tagger goes by the word, and
// some verbs of news are mostly nouns: "Sam Gamgee has begun to question
// whether …" tags "question" a noun after the preposition "to", and
// "Putin plans to visit China" reads "plans" as a plural noun, leaving the
// sentence without a verb. After an abbreviation with "the" ("The EU
// imposed sanctions on Russia", "The UK froze Russian assets") the tagger
// reads the whole clause as one noun phrase, the verb as an adjective. Where the grammar around the word settles it,
// the sentence is parsed again with the word's tag fixed (and the "to" of
// an infinitive fixed as its marker), and the new parse is kept when it
// reads the word as the verb the grammar wants.

// infinitiveHeads are verbs whose "to" opens an infinitive, never a
// prepositional phrase: "began to question", "vowed to target". (Verbs
// that also take a "to" phrase, "agree", "move", "object", "turn", are
// left out: "agreed to talks".)
var infinitiveHeads = map[string]bool{"begin": true, "start": true, "continue": true,
	"refuse": true, "threaten": true, "vow": true, "decide": true, "plan": true, "try": true,
	"seek": true, "want": true, "pledge": true, "promise": true, "fail": true, "cease": true,
	"hope": true, "aim": true, "intend": true, "attempt": true, "vote": true, "need": true,
	"expect": true, "manage": true, "dare": true, "choose": true, "resolve": true,
	"offer": true, "wish": true, "decline": true, "tend": true}

// irregularPast are past forms of irregular verbs of news that the tagger
// can read as nouns or adjectives after an abbreviation ("The UK froze
// Russian assets", "The EU cut aid to Niger").
var irregularPast = map[string]bool{"cut": true, "froze": true, "sent": true, "struck": true,
	"hit": true, "shot": true, "set": true, "put": true, "led": true, "held": true, "met": true,
	"won": true, "lost": true, "took": true, "gave": true, "began": true, "broke": true,
	"brought": true, "built": true, "bought": true, "chose": true, "drew": true, "drove": true,
	"fought": true, "forbade": true, "forgave": true, "fled": true, "flew": true,
	"kept": true, "laid": true, "left": true, "lent": true, "let": true, "made": true,
	"paid": true, "quit": true, "ran": true, "rose": true, "said": true, "saw": true,
	"seized": true, "sold": true, "sought": true, "shut": true, "spent": true, "split": true,
	"spoke": true, "stole": true, "swore": true, "threw": true, "told": true, "withdrew": true,
	"wrote": true, "overran": true, "overthrew": true, "undertook": true, "upheld": true}

// plannedForms are plural nouns that are also the third person of such
// a verb: "Putin plans to visit", "Iran vows to respond".
var plannedForms = map[string]bool{"plans": true, "aims": true, "hopes": true, "vows": true,
	"pledges": true, "promises": true, "offers": true, "needs": true, "votes": true,
	"attempts": true, "bids": true, "threatens": true, "seeks": true, "wants": true,
	"refuses": true, "fails": true, "decides": true, "begins": true, "continues": true,
	"intends": true, "tries": true, "expects": true}

// withVerbReadings returns p with such verbs read as verbs, or p itself.
func withVerbReadings(m *syntax.Model, forms []string, p *syntax.Sentence) *syntax.Sentence {
	var fixed []syntax.FixedTag
	want := -1 // the word the new parse must read as a verb
	wantHead := -2
	if v, ok := pastForVerb(forms, p); ok {
		fixed = append(fixed, syntax.FixedTag{Word: v, UPOS: "VERB", XPOS: "VBD"})
		want, wantHead = v, -1
	} else if r, ok := nounForVerb(forms, p); ok {
		fixed = append(fixed, syntax.FixedTag{Word: r, UPOS: "VERB", XPOS: "VBZ"})
		want, wantHead = r, -1
	} else if v, ok := infinitiveAsNoun(forms, p); ok {
		fixed = append(fixed, syntax.FixedTag{Word: v - 1, UPOS: "PART", XPOS: "TO"},
			syntax.FixedTag{Word: v, UPOS: "VERB", XPOS: "VB"})
		want, wantHead = v, p.Tokens[v].Head-1
	}
	if want < 0 {
		return p
	}
	r, err := m.ParseFixed(forms, fixed)
	if err != nil || r.Tokens[want].Head-1 != wantHead {
		return p // (the infinitive must hang on the verb that governs it)
	}
	if wantHead < 0 && r.Tokens[want].Deprel != "root" {
		return p
	}
	return r
}

// nounForVerb reports whether the root of p is a plural noun of
// plannedForms right after a noun, governing a to-infinitive, with no
// preposition and no verb before it: the noun is the sentence's verb and
// the noun before it its subject ("Putin plans to visit China", "The
// Kremlin plans to …"; "The plans to …" has no subject).
func nounForVerb(forms []string, p *syntax.Sentence) (int, bool) {
	root := rootWord(p)
	if root <= 0 || p.Tokens[root].XPOS != "NNS" || !plannedForms[strings.ToLower(forms[root])] {
		return 0, false
	}
	infinitive, subject := false, false
	for i, t := range p.Tokens {
		if t.Head-1 != root {
			continue
		}
		switch {
		case i < root && (t.Deprel == "case" || t.UPOS == "ADP"):
			return 0, false // "of Putin plans": a noun phrase
		case i == root-1 && (t.UPOS == "PROPN" || t.UPOS == "NOUN"):
			subject = true // "Putin plans", "Kremlin hopes"
		case i > root && t.UPOS == "VERB" && t.Deprel == "acl" && hasTo(p, i):
			infinitive = true
		}
	}
	if !subject || !infinitive {
		return 0, false
	}
	for i, t := range p.Tokens {
		if (t.UPOS == "VERB" || t.UPOS == "AUX") && i < root {
			return 0, false // a verb before it: the noun may be its object
		}
	}
	return root, true
}

// pastForVerb returns the word after a sentence's first noun phrase when
// the sentence has no verb, the word is a past form ("-ed" or an irregular
// past) in lower case, and words follow it: the tagger read a clause ("The
// EU imposed sanctions on Russia", "The UK froze Russian assets") as a
// noun phrase with "imposed" as an adjective. The first noun phrase is its
// subject: determiners, adjectives and nouns up to a noun.
func pastForVerb(forms []string, p *syntax.Sentence) (int, bool) {
	for _, t := range p.Tokens {
		if (t.UPOS == "VERB" && t.Deprel != "amod") || t.UPOS == "AUX" {
			return 0, false // (a participle read as an adjective is no verb)
		}
	}
	k := 0
	for k < len(p.Tokens) {
		u := p.Tokens[k].UPOS
		joined := k > 0 && (u == "CCONJ" || forms[k] == ",") // "Israel and the UAE established …"
		if u != "DET" && u != "ADJ" && u != "NOUN" && u != "PROPN" && !joined && !(u == "VERB" && p.Tokens[k].Deprel == "amod") {
			break
		}
		k++
	}
	// k is the first word after the noun phrase; the phrase must end in a
	// noun, and the past form is the phrase's last word when the tagger took
	// it in ("The UK froze" read as a noun phrase ending in "froze")
	for v := 1; v < k && v < len(p.Tokens)-2; v++ {
		if u := p.Tokens[v-1].UPOS; u != "NOUN" && u != "PROPN" {
			continue
		}
		f := forms[v]
		if !lowerInitial(f) || !(irregularPast[f] || (len(f) > 4 && strings.HasSuffix(f, "ed"))) {
			continue
		}
		return v, true
	}
	return 0, false
}

// hasTo reports whether word v has the infinitive marker "to".
func hasTo(p *syntax.Sentence, v int) bool {
	for i, t := range p.Tokens {
		if t.Head-1 == v && t.Deprel == "mark" && strings.EqualFold(t.Form, "to") && i < v {
			return true
		}
	}
	return false
}

// infinitiveAsNoun returns the word right after "to" that the tagger read
// as a singular common noun although the "to" follows an infinitiveHeads
// verb (with at most an adverb between) and the noun hangs on that verb
// ("has begun to question whether …").
func infinitiveAsNoun(forms []string, p *syntax.Sentence) (int, bool) {
	for v := 2; v < len(p.Tokens); v++ {
		t := p.Tokens[v]
		if t.UPOS != "NOUN" || t.XPOS != "NN" || !strings.EqualFold(forms[v-1], "to") || !lowerInitial(forms[v]) {
			continue
		}
		h := v - 2
		if p.Tokens[h].UPOS == "ADV" && h > 0 {
			h-- // "decided today to …"
		}
		ht := p.Tokens[h]
		if ht.UPOS != "VERB" || !infinitiveHeads[strings.ToLower(ht.Lemma)] || t.Head-1 != h {
			continue
		}
		return v, true
	}
	return 0, false
}

// lowerInitial reports whether form starts with a lower-case letter.
func lowerInitial(form string) bool {
	return form != "" && form[0] >= 'a' && form[0] <= 'z'
}
