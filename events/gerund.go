package events

import "entente/syntax/tree"

// compoundGerund reports whether verb i is an -ing word inside a noun
// compound that the parser split into a clause: "rescheduled his annual
// mushroom hunting trip in the White Downs" parsed as "rescheduled
// mushroom" with "hunting trip …" a clause of its own. Such a word sits
// right after the verb's object noun and right before its own object noun,
// with no subject, marker, auxiliary or comma of a clause; it names a kind
// of trip, ceremony or force ("peace signing ceremony"), no event.
func compoundGerund(s *tree.Sentence, i int) bool {
	if s.UPOS(i) != "VERB" || !gerund(s, i) || i == 0 || i+1 >= s.Len() {
		return false
	}
	switch s.Rel(i) {
	case "advcl", "acl", "xcomp":
	default:
		return false
	}
	prev, next := i-1, i+1
	if s.UPOS(prev) != "NOUN" || s.UPOS(next) != "NOUN" || s.Head(next) != i || s.Rel(next) != "obj" {
		return false
	}
	// the noun before is the object of the verb governing i (or the noun
	// i modifies)
	if h := s.Head(i); !(s.Head(prev) == h && s.Rel(prev) == "obj") && h != prev {
		return false
	}
	for _, ch := range s.Children(i) {
		switch s.Rel(ch) {
		case "nsubj", "mark", "aux", "punct":
			if ch < i {
				return false
			}
		}
	}
	return true
}

// compoundGerundAfter returns the compound gerund right after object noun
// o, or -1.
func compoundGerundAfter(s *tree.Sentence, o int) int {
	if o+1 < s.Len() && compoundGerund(s, o+1) {
		return o + 1
	}
	return -1
}
