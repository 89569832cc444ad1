package events

import (
	"fmt"
	"slices"
	"strings"

	"entente/actors"
	"entente/actors/coref"
	"entente/syntax/tree"
	"entente/text"
)

// span is an actor mention of one sentence in word indexes [lo, hi).
type span struct {
	lo, hi int
	actor  Actor
	// codes are all the codes of a mention that has several (a dictionary
	// entry "[ELR/GAL]", an agent shared by joined countries: "the
	// ambassadors of Arnor and Gondor"); nil for one.
	codes []string
	// person is true for a mention of a person (or a pronoun, surname or
	// description referring to one).
	person bool
	// place is true for a mention of a country, city or seat of
	// government ("Washington", "the Kremlin"), as the dictionary types it.
	place bool
}

// sentenceActors collects the coded actor mentions of a sentence in word
// indexes (acts sorted by offset, byStart; coreference mentions come sorted): the dictionary mentions first, then coreference mentions of coded
// entities (pronouns, surnames, descriptions) that overlap none of them. An
// agent mention of no country is dropped, or with anon kept as an anonymous
// agent ("---GOV"); a named organisation keeps its own code (ownCode).
func sentenceActors(s *tree.Sentence, sent text.Span, acts []actors.Mention, cd *coref.Doc, anon bool) []span {
	var out []span
	add := func(start, end int, a Actor, codes []string, typ string, person bool) {
		if start < sent.Start || end > sent.End || end <= start {
			return
		}
		if !ownCode(typ) && actors.IsSectorCode(a.Code) {
			// a bare agent ("officials") names no actor (coreference has
			// composed those it learned a country for), or with anon is
			// PETRARCH's anonymous agent, "---GOV"
			if !anon || typ != actors.TypeAgent {
				return
			}
			a.Code = NullCode + a.Code
		}
		lo, hi := s.WordAt(start), s.WordAt(end-1)
		if lo < 0 || hi < 0 || makerMention(s, hi, end) {
			return // "Iranian-made missiles" (maker.go)
		}
		for _, o := range out {
			if lo < o.hi && o.lo <= hi {
				return
			}
		}
		if len(codes) < 2 {
			codes = nil
		}
		out = append(out, span{lo: lo, hi: hi + 1, actor: a, codes: codes, person: person,
			place: typ == actors.TypeCountry || typ == actors.TypeMetonym})
	}
	for _, m := range inSentence(acts, sent, func(m actors.Mention) int { return m.Start }) {
		if len(m.Code) < 3 {
			continue
		}
		name := m.Name
		if name == "" {
			name = m.Text
		}
		if !anon && m.Post != "" && m.Type == actors.TypeAgent && actors.IsSectorCode(m.Code) {
			// "recalled its ambassador to Turkey": the posting is the
			// target; whose ambassador is not said
			add(m.Start, m.End, Actor{Name: name, Code: m.Post, EntityID: "country/" + m.Post, posted: true}, nil, actors.TypeCountry, false)
			continue
		}
		add(m.Start, m.End, Actor{Name: name, Code: m.Code, EntityID: m.EntityID}, m.Codes, m.Type, m.Type == actors.TypePerson)
	}
	if cd != nil {
		for _, m := range inSentence(cd.Mentions, sent, func(m coref.Mention) int { return m.Start }) {
			if m.Start < sent.Start || m.End > sent.End || m.Entity < 0 || m.Entity >= len(cd.Entities) {
				continue
			}
			e := cd.Entities[m.Entity]
			if len(e.Code) < 3 {
				continue
			}
			id := e.ActorEntity
			if id == "" {
				id = fmt.Sprintf("coref/%d", e.ID)
			}
			add(m.Start, m.End, Actor{Name: e.Name, Code: e.Code, EntityID: id}, nil, "",
				e.Kind == coref.KindPerson || e.Kind == coref.KindDescription)
		}
	}
	// text order
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].lo < out[j-1].lo; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// inSentence returns the run of ms that starts inside sent; ms must be
// sorted by start offset (byStart).
func inSentence[M any](ms []M, sent text.Span, start func(M) int) []M {
	lo, _ := slices.BinarySearchFunc(ms, sent.Start, func(m M, off int) int { return start(m) - off })
	hi := lo
	for hi < len(ms) && start(ms[hi]) < sent.End {
		hi++
	}
	return ms[lo:hi]
}

// byStart returns acts sorted by start offset: acts itself when it is (as
// actors.Resolver.Resolve returns them), else a sorted copy.
func byStart(acts []actors.Mention) []actors.Mention {
	cmp := func(a, b actors.Mention) int { return a.Start - b.Start }
	if slices.IsSortedFunc(acts, cmp) {
		return acts
	}
	acts = slices.Clone(acts)
	slices.SortStableFunc(acts, cmp)
	return acts
}

// sameActors reports whether every actor of a is of the country of b's first.
func sameActors(a, b []Actor) bool {
	if len(b) == 0 {
		return false
	}
	for _, x := range a {
		if distinct(x.Code, b[0].Code) {
			return false
		}
	}
	return true
}

// phraseActors returns the actors of the phrase headed by h: the actor of h
// and of each of its conjuncts ("China and Russia"), a mention with several
// codes giving one actor per code.
func phraseActors(s *tree.Sentence, h int, spans []span) []Actor {
	return withAllCodes(headActors(s, h, spans), spans)
}

// withAllCodes replaces each actor of a mention with several codes by one
// actor per code.
func withAllCodes(as []Actor, spans []span) []Actor {
	var out []Actor
	for _, a := range as {
		codes := []string{a.Code}
		for _, sp := range spans {
			if sp.actor == a && sp.codes != nil {
				codes = sp.codes
				break
			}
		}
		for _, c := range codes {
			b := a
			b.Code = c
			if !slices.Contains(out, b) {
				out = append(out, b)
			}
		}
	}
	return out
}

// headActors returns the actor of the phrase headed by h and of each of its
// conjuncts.
func headActors(s *tree.Sentence, h int, spans []span) []Actor {
	if h < 0 {
		return nil
	}
	var out []Actor
	if a, ok := phraseActor(s, h, spans); ok {
		out = append(out, a)
		// conjuncts of the word the actor was found at, below the head:
		// "ties with Gondor and Arnor"
		if w := actorWord(s, a, spans); w >= 0 && w != h {
			for _, ch := range s.Children(w) {
				if s.Rel(ch) != "conj" {
					continue
				}
				if b, ok := phraseActor(s, ch, spans); ok {
					out = append(out, b)
				}
			}
		}
	}
	for _, ch := range s.Children(h) {
		if s.Rel(ch) != "conj" {
			continue
		}
		if a, ok := phraseActor(s, ch, spans); ok {
			out = append(out, a)
		}
	}
	return out
}

// covering returns the first actor mention that covers word w.
func covering(spans []span, w int) (span, bool) {
	for _, a := range spans {
		if a.lo <= w && w < a.hi {
			return a, true
		}
	}
	return span{}, false
}

// phraseActor is the actor mention covering the head word h (or a more
// specific one of the same country in its name group), else the first one
// inside h's phrase (relative clauses, appositions and conjuncts left out),
// else one inside a participle modifying it ("memos sent by Bree").
func phraseActor(s *tree.Sentence, h int, spans []span) (Actor, bool) {
	if a, ok := covering(spans, h); ok {
		return specific(s, h, a, spans), true
	}
	lo, hi := s.SubtreeExcept(h, "acl", "appos", "conj", "cc", "parataxis")
	for _, a := range spans {
		if a.within(lo, hi) && !insideClause(s, h, a.lo) {
			return a.actor, true
		}
	}
	lo, hi = s.SubtreeExcept(h, "appos", "conj", "cc", "parataxis")
	for _, a := range spans {
		if a.within(lo, hi) && inParticiple(s, h, a.lo) {
			return a.actor, true
		}
	}
	return Actor{}, false
}

// specific prefers, over the mention a covering h, a mention of the same
// country inside h's name group with a longer code ("Bree Prime Minister
// Romendacil": BREGOV over BRE).
func specific(s *tree.Sentence, h int, a span, spans []span) Actor {
	best := a.actor
	if len(best.Code) < 3 {
		return best
	}
	lo, hi := s.SubtreeExcept(h, "acl", "appos", "conj", "cc", "parataxis", "nmod")
	for _, b := range spans {
		if b.within(lo, hi) && len(b.actor.Code) > len(best.Code) &&
			strings.HasPrefix(b.actor.Code, best.Code[:3]) {
			best = b.actor
		}
	}
	return best
}

// actorWord is the syntactic head word of the span whose actor is a, or -1.
func actorWord(s *tree.Sentence, a Actor, spans []span) int {
	for _, sp := range spans {
		if sp.actor != a {
			continue
		}
		if w := spanHead(s, sp); w >= 0 {
			return w
		}
	}
	return -1
}

// within reports whether span a lies inside words lo..hi (inclusive), as
// Subtree gives them.
func (a span) within(lo, hi int) bool { return a.lo >= lo && a.hi-1 <= hi }

// spanHead is the syntactic head word of actor span a: its first word
// attached outside the span; -1 when none is.
func spanHead(s *tree.Sentence, a span) int {
	for w := a.lo; w < a.hi; w++ {
		if hd := s.Head(w); hd < a.lo || hd >= a.hi {
			return w
		}
	}
	return -1
}

// inParticiple reports whether word w sits in a participle (acl, not a
// relative clause) on h itself: "memos sent by Bree", not "a ceasefire in
// talks mediated by Qatar", where the participle is on a noun further down
// and its agent a third party.
func inParticiple(s *tree.Sentence, h, w int) bool {
	in := false
	for cur := w; cur >= 0 && cur != h; cur = s.Head(cur) {
		switch s.FullRel(cur) {
		case "acl":
			if s.Child(cur, "mark") >= 0 {
				return false // "a resolution to condemn X": a purpose, not a participle
			}
			if s.Head(cur) != h || thirdParty[strings.ToLower(s.Lemma(cur))] {
				return false // "a grain deal brokered by Turkey": the broker is no party
			}
			in = true
		case "acl:relcl", "advcl", "ccomp", "conj":
			return false
		}
	}
	return in
}

// thirdParty verbs name, in a participle on a noun, an actor outside the
// thing they qualify: the broker of a deal, the host of talks.
var thirdParty = map[string]bool{"broker": true, "mediate": true, "facilitate": true,
	"host": true, "sponsor": true, "arrange": true}

// insideClause reports whether word w sits in a clause (acl, relcl, ccomp,
// advcl) below h, or in a participle modifying a noun ("Backed by Russia,
// Syrian forces …", parsed as an adjective of "forces").
func insideClause(s *tree.Sentence, h, w int) bool {
	inside := false
	prev := -1
	for cur := w; cur >= 0 && cur != h; prev, cur = cur, s.Head(cur) {
		switch s.Rel(cur) {
		case "acl", "advcl", "ccomp", "conj":
			inside = true
		case "amod":
			// a participle phrase with a prepositional agent, not a
			// compound ("an American-proposed resolution")
			inside = inside || (s.UPOS(cur) == "VERB" && prev >= 0 && s.Rel(prev) == "obl" && s.Child(prev, "case") >= 0)
		}
	}
	return inside
}

// ownCode reports whether a mention of type typ carries its own code, not a
// role waiting for a country: a named organisation, armed group or IGO
// ("Al-Qaeda" IMGMUSALQ, "Red Cross" NGO…), whose code may open with a
// sector code (IMG, REL, NGM) and still name the actor.
func ownCode(typ string) bool {
	switch typ {
	case actors.TypeOrg, actors.TypeGroup, actors.TypeIGO:
		return true
	}
	return false
}
