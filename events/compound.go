package events

import (
	"slices"
	"strings"

	"entente/events/verbdict"
	"entente/syntax/tree"
)

// Compound actors: several actors doing one thing, joined by the grammar
// ("Gondor and Osgiliath", a '%' slot of a pattern) or by a list of commas
// the parser split up ("Mordor, the Shire, Fornost and Bree welcomed …").

// compoundActors returns the actors of the pattern's '%' slot when it holds
// two or more, else nil.
func compoundActors(m verbdict.Match, v int, spans []span) []Actor {
	if len(m.Compound) < 2 {
		return nil
	}
	var out []Actor
	for _, i := range m.Compound {
		if i < 0 || i >= len(spans) {
			return nil
		}
		out = append(out, withAllCodes([]Actor{spans[i].actor}, spans)...)
	}
	return out
}

// subjectList extends the source actors found for verb v with the other
// members of a comma list their mention belongs to ("Russia, China, Iran
// and Syria condemned …", where the parser split the list into several
// subjects and appositions). A list has three or more actor mentions before
// the verb, separated by commas, the last one also by "and" or "or", with
// only determiners and adjectives besides ("Evil Mordor, the awful
// Fornost, and good Gondor"); every member must hang from the verb as its
// subject, or from a member, so that a fronted place ("In Moscow, Putin and
// Xi …") is no member. Two mentions joined by "and" alone count when the
// parser made each a subject of the verb.
func subjectList(s *tree.Sentence, v int, spans []span, sources []Actor) []Actor {
	at := -1
	for i, a := range spans {
		if a.hi <= v && a.actor == sources[0] {
			at = i
		}
	}
	if at < 0 || !subjectMember(s, v, spans[at]) {
		return sources
	}
	lo, hi := at, at
	commas, conj := 0, false
	for lo > 0 {
		c, and, ok := listGap(s, spans[lo-1].hi, spans[lo].lo)
		if !ok || !subjectMember(s, v, spans[lo-1]) {
			break
		}
		lo--
		commas += c
		conj = conj || and
	}
	for hi+1 < len(spans) && spans[hi+1].hi <= v {
		c, and, ok := listGap(s, spans[hi].hi, spans[hi+1].lo)
		if !ok || !subjectMember(s, v, spans[hi+1]) {
			break
		}
		hi++
		commas += c
		conj = conj || and
	}
	// "Israel and the Palestinians reached …" parsed as two subjects of
	// the verb: a coordination the parser split
	split := hi-lo == 1 && commas == 0 && conj && directSubject(s, v, spans[lo]) && directSubject(s, v, spans[hi])
	if (hi-lo < 2 || commas == 0 || !conj) && !split {
		return sources
	}
	out := append([]Actor(nil), sources...)
	for i := lo; i <= hi; i++ {
		for _, a := range withAllCodes([]Actor{spans[i].actor}, spans) {
			if !slices.Contains(out, a) {
				out = append(out, a)
			}
		}
	}
	return out
}

// listGap reads the words [lo, hi) between two list members: it counts
// the commas and tells whether a conjunction is among them; ok is false
// when any other word than a comma, "and", "or", a determiner or an
// adjective lies between, or no separator does.
func listGap(s *tree.Sentence, lo, hi int) (commas int, conj, ok bool) {
	for w := lo; w < hi; w++ {
		switch f := strings.ToLower(s.Form(w)); {
		case f == ",":
			commas++
		case f == "and" || f == "or":
			conj = true
		case s.UPOS(w) == "DET" || s.UPOS(w) == "ADJ":
		default:
			return 0, false, false
		}
	}
	return commas, conj, commas > 0 || conj
}

// subjectMember reports whether the mention a hangs from verb v through
// subject, conjunct, apposition or name relations only.
func subjectMember(s *tree.Sentence, v int, a span) bool {
	w := spanHead(s, a)
	for steps := 0; w >= 0 && steps < 8; steps++ {
		switch s.Rel(w) {
		case "nsubj", "conj", "appos", "flat", "compound":
		default:
			return false
		}
		if s.Head(w) == v {
			return s.Rel(w) == "nsubj"
		}
		w = s.Head(w)
	}
	return false
}

// directSubject reports whether the head word of mention a is a subject
// of verb v itself.
func directSubject(s *tree.Sentence, v int, a span) bool {
	w := spanHead(s, a)
	return w >= 0 && s.Head(w) == v && s.Rel(w) == "nsubj"
}
