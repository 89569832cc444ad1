package tree

import (
	"strings"

	"entente/syntax"
	"entente/text"
)

// News copy puts the day of an event inside the clause, where the EWT-trained
// parser, which rarely saw it there, loses the clause: "Oxfam Canada today
// called on …" becomes a noun phrase headed by "today", "Iraqi police
// arrested on Sunday two Iranian diplomats" a prepositional phrase "on …
// diplomats". When the first parse shows that (misattached), the sentence
// is parsed again without those day phrases, and each is attached to the
// verb it stands beside: the predicate right after it, else the verb
// governing the word before it; unless that is no clause's verb in the
// new parse either (a participle on a noun), or the first parse's root is
// a verb and the new one's is not. A day phrase the parser placed well stays:
// it often helps ("prisoners rioted Monday at …" is read as a clause, the
// same words without "Monday" as a noun with a participle).

// dayWord reports whether f heads a day phrase: a weekday as written
// (capitalised) or a deictic day adverb (lower case: "USA Today" is a name).
func dayWord(f string) bool { return text.IsWeekday(f) || text.IsDayAdverb(f) }

// dayMods may stand right before a day word in its phrase ("on Monday",
// "last Friday", "late Sunday").
var dayMods = map[string]bool{"on": true, "last": true, "next": true, "this": true,
	"late": true, "early": true}

// dayPhrase is a day phrase at words [lo, hi] with its head word.
type dayPhrase struct{ lo, head, hi int }

// dayPhrases returns the day phrases inside the sentence: with a word (no
// punctuation) on both sides, not after another preposition ("until
// Friday"), a determiner, an adjective or a possessive ("the Monday
// meeting", "Good Friday"), nor before a noun or a possessive ("Super
// Tuesday finish", "Saturday's caucuses"), nor in a name ("on Super
// Tuesday"); a part of the day may follow the day word ("on Friday night",
// "tomorrow morning"); tags come from the sentence's first parse p.
func dayPhrases(forms []string, p *syntax.Sentence) []dayPhrase {
	var out []dayPhrase
	for i := 1; i+1 < len(forms); i++ {
		if !dayWord(forms[i]) {
			continue
		}
		ph := dayPhrase{lo: i, head: i, hi: i}
		if dayMods[strings.ToLower(forms[i-1])] {
			ph.lo = i - 1
		}
		if ph.hi+2 < len(forms) && text.IsDayPart(forms[ph.hi+1]) && forms[i] != "tonight" {
			ph.hi++
			ph.head = ph.hi // "Friday night": the part heads, the weekday is its compound
		}
		if ph.lo == 0 || !isWordToken(p.Tokens[ph.lo-1]) || !isWordToken(p.Tokens[ph.hi+1]) {
			continue
		}
		if u := p.Tokens[ph.hi+1].UPOS; u == "NOUN" || u == "PROPN" || p.Tokens[ph.hi+1].XPOS == "POS" {
			continue // the day names a thing: "Super Tuesday finish", "Monday nights", "Saturday's caucuses"
		}
		if prev := p.Tokens[ph.lo-1]; prev.UPOS == "PROPN" && prev.Head == ph.head+1 && prev.Deprel == "compound" {
			continue // a name: "Super Tuesday"
		}
		switch p.Tokens[ph.lo-1].UPOS {
		case "ADP", "DET", "ADJ", "PART", "SCONJ":
			continue
		case "PRON":
			if p.Tokens[ph.lo-1].XPOS == "PRP$" {
				continue
			}
		}
		if (len(out) > 0 && out[len(out)-1].hi >= ph.lo) || !misattached(p, ph) {
			continue
		}
		out = append(out, ph)
	}
	return out
}

// misattached reports whether the first parse p lost the clause around day
// phrase ph: its head word is no adverbial or modifier ("today" as a
// subject or the root, "Sunday" as a compound of the object), or, right
// before a verb, heads words of the subject before it.
func misattached(p *syntax.Sentence, ph dayPhrase) bool {
	rel, _, _ := strings.Cut(p.Tokens[ph.head].Deprel, ":")
	switch rel {
	case "obl", "nmod", "advmod":
	default:
		return true
	}
	if u := p.Tokens[ph.hi+1].UPOS; u != "VERB" && u != "AUX" {
		return false
	}
	// right before the verb, the day took the subject's words ("Hosni"
	// a compound of "today" in "President Hosni Mubarak today met …")
	for i, d := range p.Tokens {
		if d.Head == ph.head+1 && i < ph.lo {
			return true
		}
	}
	return false
}

// isWordToken reports whether t is no punctuation or symbol.
func isWordToken(t syntax.Token) bool { return t.UPOS != "PUNCT" && t.UPOS != "SYM" }

// withoutDayPhrases returns the parse of forms with its inner day phrases
// parsed apart (see above), or p itself when it has none.
func withoutDayPhrases(m *syntax.Model, forms []string, p *syntax.Sentence) *syntax.Sentence {
	phrases := dayPhrases(forms, p)
	if len(phrases) == 0 {
		return p
	}
	n := len(forms)
	drop := make([]bool, n)
	for _, ph := range phrases {
		for i := ph.lo; i <= ph.hi; i++ {
			drop[i] = true
		}
	}
	// keptAt[i] is word i's index in the reduced sentence, -1 if dropped;
	// fullAt maps back
	keptAt := make([]int, n)
	var reduced []string
	var fullAt []int
	for i, f := range forms {
		keptAt[i] = -1
		if !drop[i] {
			keptAt[i] = len(reduced)
			reduced = append(reduced, f)
			fullAt = append(fullAt, i)
		}
	}
	r := m.Parse(reduced)
	if rootUPOS(p) == "VERB" && rootUPOS(r) != "VERB" {
		return p // the day phrase told the parser where the clause's verb was
	}
	out := &syntax.Sentence{Tokens: make([]syntax.Token, n)}
	for k, t := range r.Tokens {
		if t.Head > 0 {
			t.Head = fullAt[t.Head-1] + 1
		}
		out.Tokens[fullAt[k]] = t
	}
	verbs := make([]int, len(phrases))
	for k, ph := range phrases {
		verbs[k] = dayVerb(r, keptAt[ph.lo-1], keptAt[ph.hi+1])
		if !clauseVerb(r, verbs[k]) {
			return p // no better: the new parse has no clause for the phrase either
		}
	}
	for k, ph := range phrases {
		verb := verbs[k]
		for i := ph.lo; i <= ph.hi; i++ {
			t := p.Tokens[i]
			switch {
			case i == ph.head:
				t.Head, t.Deprel = fullAt[verb]+1, "obl:unmarked"
				if ph.lo < ph.head && strings.EqualFold(forms[ph.lo], "on") {
					t.Deprel = "obl"
				}
			case dayWord(forms[i]):
				t.Head, t.Deprel = ph.head+1, "compound"
			default:
				t.Head, t.Deprel = ph.head+1, modRel(t.UPOS)
			}
			out.Tokens[i] = t
		}
	}
	return out
}

// modRel is the relation of a day word's modifier by its tag.
func modRel(upos string) string {
	switch upos {
	case "ADP":
		return "case"
	case "DET":
		return "det"
	case "ADV":
		return "advmod"
	}
	return "amod"
}

// dayVerb returns the reduced-parse word a day phrase attaches to: the
// word after it when that is a verb (an auxiliary's verb), else the
// nearest verb governing the word before it, else the root.
func dayVerb(r *syntax.Sentence, before, after int) int {
	if t := r.Tokens[after]; t.UPOS == "VERB" {
		return after
	} else if t.UPOS == "AUX" && t.Head > 0 {
		return t.Head - 1
	}
	root := 0
	for w, steps := before, 0; w >= 0 && steps <= len(r.Tokens); steps++ {
		if r.Tokens[w].UPOS == "VERB" {
			return w
		}
		root = w
		w = r.Tokens[w].Head - 1
	}
	return root
}

// rootUPOS is the tag of the root word of p.
func rootUPOS(p *syntax.Sentence) string {
	if r := rootWord(p); r >= 0 {
		return p.Tokens[r].UPOS
	}
	return ""
}

// clauseVerb reports whether word w of p is a verb heading a clause (not
// a participle modifying a noun).
func clauseVerb(p *syntax.Sentence, w int) bool {
	t := p.Tokens[w]
	if t.UPOS != "VERB" {
		return false
	}
	rel, _, _ := strings.Cut(t.Deprel, ":")
	switch rel {
	case "root", "ccomp", "xcomp", "advcl", "conj", "parataxis", "csubj":
		return true
	}
	return false
}
