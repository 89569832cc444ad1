package coref

import (
	"strings"

	"entente/actors"
	"entente/syntax/tree"
)

// readRole fills a person's role and organisation from the parse around the
// name lo..hi with head word head:
//
//   - an appositive: "Carice Witte, executive director of SIGNAL Group";
//   - a possessive: "The Atlantic Council’s Ksenia Svetlova";
//   - a prepositional modifier: "Professor Wu Bingbing of Peking University";
//   - a title before the name that is not capitalised ("spokesperson Mao Ning").
func (b *builder) readRole(s *tree.Sentence, lo, hi, head int, e *Entity, acts []actors.Mention) {
	for _, c := range s.Children(head) {
		switch s.FullRel(c) {
		case "appos":
			if c < lo {
				continue
			}
			role, org := b.appositive(s, c)
			if e.Role == "" || len(role) > len(e.Role) && !strings.Contains(role, e.Role) {
				if role != "" {
					e.Role = role
				}
			}
			if org != "" && e.Organisation == "" && !hasPossessive(s, head, lo) {
				e.Organisation = org
			}
		case "nmod:poss":
			if c > lo {
				continue
			}
			plo, phi := s.SubtreeExcept(c, "case", "punct")
			if a, ok := coveringActor(s, plo, phi, acts); ok && (a.Type == actors.TypeCountry || a.Type == actors.TypeMetonym) {
				if e.Country == "" {
					e.Country = a.Country
				}
				continue
			}
			if properPhrase(s, plo, phi) && e.Organisation == "" {
				e.Organisation = strings.TrimPrefix(b.src[s.Words[plo].Start:s.Words[phi].End], "The ")
			}
		case "nmod":
			if c < hi {
				continue
			}
			if cs := s.Child(c, "case"); cs >= 0 && (lower(s.Form(cs)) == "of" || lower(s.Form(cs)) == "at") {
				olo, ohi := s.SubtreeExcept(c, "case", "punct", "acl", "acl:relcl", "appos")
				if properPhrase(s, olo, ohi) && e.Organisation == "" {
					e.Organisation = strings.TrimPrefix(b.src[s.Words[olo].Start:s.Words[ohi].End], "the ")
				}
			}
		}
	}
	// A name in apposition to a phrase that names a country: "one of China's
	// top Middle East experts, Professor Wu Bingbing" → CHN.
	if e.Country == "" {
		e.Country = apposedCountry(s, lo, acts)
	}
	// Lower-case title words right before the name: "spokesperson Mao Ning".
	if e.Role == "" && lo > 0 && s.UPOS(lo-1) == "NOUN" && s.Head(lo-1) >= lo && s.Head(lo-1) <= hi {
		e.Role = s.Form(lo - 1)
	}
}

// appositive splits an appositive into a role and an organisation: "a senior
// fellow at the Atlantic Council" → "senior fellow", "Atlantic Council".
func (b *builder) appositive(s *tree.Sentence, c int) (role, org string) {
	lo, hi := s.SubtreeExcept(c, "acl:relcl", "acl", "appos", "punct", "parataxis", "conj", "cc")
	for lo <= hi && (s.UPOS(lo) == "DET" || s.Rel(lo) == "punct") {
		lo++
	}
	if lo > hi {
		return "", ""
	}
	cut := hi
	for _, m := range s.Children(c) {
		if m <= c || s.Rel(m) != "nmod" {
			continue
		}
		cs := s.Child(m, "case")
		if cs < 0 {
			continue
		}
		prep := lower(s.Form(cs))
		if prep != "at" && prep != "of" && prep != "with" && prep != "for" && prep != "in" {
			continue
		}
		olo, ohi := s.SubtreeExcept(m, "case", "punct", "acl", "acl:relcl", "appos")
		for olo <= ohi && s.UPOS(olo) == "DET" {
			olo++
		}
		if olo <= ohi && properPhrase(s, olo, ohi) {
			for ohi+1 < s.Len() && isCapitalised(s, ohi+1) {
				ohi++ // "the Brookings Institution" where the parse stopped early
			}
			org = b.src[s.Words[olo].Start:s.Words[ohi].End]
			cut = cs - 1
			break
		}
	}
	if cut < lo {
		return "", org
	}
	return b.src[s.Words[lo].Start:s.Words[cut].End], org
}

// properPhrase reports whether words lo..hi are a proper name: the phrase's
// head is a proper noun ("the Atlantic Council", not "the Washington-based
// think tank").
func properPhrase(s *tree.Sentence, lo, hi int) bool {
	return s.UPOS(headOf(s, lo, hi)) == "PROPN"
}

// hasPossessive reports whether the name with head word head has a possessive
// before it ("The Atlantic Council’s Ksenia Svetlova"), which names the
// organisation better than an appositive does.
func hasPossessive(s *tree.Sentence, head, lo int) bool {
	for _, c := range s.Children(head) {
		if c < lo && s.FullRel(c) == "nmod:poss" {
			return true
		}
	}
	return false
}

// apposedCountry returns the country of the noun phrase a name stands in
// apposition to — "NP, [Title] Name" where the NP names a country ("a
// prominent Turkish economist, Professor Ayse Demir") — or "". It reads the
// words, not the parse, which often hangs such names elsewhere.
func apposedCountry(s *tree.Sentence, lo int, acts []actors.Mention) string {
	c := lo - 1
	for c >= 0 && s.UPOS(c) == "PROPN" && lo-c <= 2 {
		c-- // a title before the name: "Professor", "Dr."
	}
	if c < 1 || s.Form(c) != "," {
		return ""
	}
	start := c
	for w := c - 1; w >= 0 && c-w <= 10; w-- {
		switch s.UPOS(w) {
		case "NOUN", "PROPN", "ADJ", "DET", "NUM", "PART":
		case "ADP":
			if lower(s.Form(w)) != "of" {
				return countryIn(s, start, c, acts)
			}
		case "VERB":
			if s.Rel(w) != "amod" {
				return countryIn(s, start, c, acts)
			}
		default:
			return countryIn(s, start, c, acts)
		}
		start = w
	}
	return countryIn(s, start, c, acts)
}

// countryIn returns the country of the first actor mention inside words
// [lo, hi), or "".
func countryIn(s *tree.Sentence, lo, hi int, acts []actors.Mention) string {
	if lo >= hi {
		return ""
	}
	from, to := s.Words[lo].Start, s.Words[hi-1].End
	for _, a := range acts {
		if a.Start >= from && a.End <= to && len(a.Country) == 3 {
			return a.Country
		}
	}
	return ""
}
