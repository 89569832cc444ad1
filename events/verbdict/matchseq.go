package verbdict

// Compiled pattern atoms and the sequence matcher.

import "slices"

// gapKind constrains the tokens between an atom and its neighbour on the
// verb side.
type gapKind uint8

const (
	gapFree gapKind = iota // up to Options.MaxGap units of non-barrier tokens
	gapNP                  // up to Options.MaxNPGap tokens inside a noun phrase
	gapNone                // adjacent ('_')
)

type atomKind uint8

const (
	aWord atomKind = iota // a literal word (one of words)
	aSyn                  // a synset phrase
	aSlot                 // an actor span: $ + %
	aSkip                 // ^: any one noun phrase
)

type atom struct {
	kind  atomKind
	words []string    // aWord: accepted words
	syn   *synIndex   // aSyn
	slot  ElementKind // aSlot: SourceSlot, TargetSlot or CompoundSlot
	gap   gapKind     // towards the previous atom (or the verb) in matching order
	head  bool        // ends a noun group: a matched noun must not be followed by a noun
	bare  bool        // the preposition of a prepositional phrase without objects (bareOK)
	// particle: a pattern word that is a verb particle, written bare after
	// the verb ("* ON", "* UP PRESSURE"): the verb's particle (particleOK)
	particle bool
}

// phraseBreak reports whether token p is a preposition that opens a
// phrase of its own after the verb's object. Not so: "of", "than" and
// "by", inside a noun phrase ("part of a military aid program", "more than
// 1,000 refugees", "plans by the U.S. to join"), "in" after an amount ("$5
// million in aid"), "for" and
// "with", which name what is asked or given ("asked the Security Council
// for aid", "provided Nigeria with assistance"), and a time phrase (skipped
// as such).
func (m *matcher) phraseBreak(p int) bool {
	if m.pos[p] != "ADP" || m.timeTok(p) {
		return false
	}
	switch m.word[p] {
	case "of", "than", "by", "for", "with":
		return false
	case "in":
		return p == 0 || !m.amount(p-1)
	}
	return true
}

// amount reports whether token p ends an amount: a number or a word of
// money or quantity.
func (m *matcher) amount(p int) bool {
	if m.pos[p] == "NUM" {
		return true
	}
	switch m.word[p] {
	case "million", "millions", "billion", "billions", "thousand", "thousands", "dollars",
		"euros", "pounds", "yen", "tons", "tonnes":
		return true
	}
	return false
}

// nounWord reports whether atom a is a word or synset of the pattern other
// than a preposition (the head of one of its parenthesised phrases).
func (a atom) nounWord() bool {
	switch a.kind {
	case aSyn:
		return true
	case aWord:
		return !slices.ContainsFunc(a.words, isPrepWord)
	}
	return false
}

// compiled holds a pattern's atoms for one voice, each sequence in
// matching order (outwards from the verb).
type compiled struct {
	pre, post []atom
	need      []string // words that must occur in the window
}

// seqState accumulates one alignment.
type seqState struct {
	pos      []int
	source   int   // actor in the '$' slot, -1
	target   int   // actor in the '+' slot, -1
	compound []int // actors in the '%' slot
	words    int
	gaps     int
}

// hit is an atom matched at a position.
type hit struct {
	far    int // the atom's last token in the matching direction
	words  int // words matched (specificity)
	slot   ElementKind
	actors []int // actors filling the slot
}

// pattern matches p around the verb hit h.
func (m *matcher) pattern(p *Pattern, h verbHit) (Match, bool) {
	if p.dead {
		return Match{}, false
	}
	c := &p.active
	if m.q.Passive {
		c = &p.passive
	}
	for _, w := range c.need {
		if !m.inWin[w] {
			return Match{}, false
		}
	}
	st := &seqState{source: -1, target: -1}
	if !m.seq(c.pre, 0, h.left, -1, st) || !m.seq(c.post, 0, h.right, +1, st) {
		return Match{}, false
	}
	pos := append(append([]int(nil), h.pos...), st.pos...)
	return Match{
		Verb: h.v, Pattern: p, Code: p.Code,
		Source: st.source, Target: st.target, Compound: st.compound,
		Tokens:      sortedInts(pos),
		Specificity: len(h.pos) - 1 + st.words,
		Gaps:        st.gaps,
	}, true
}

// seq aligns atoms[k:] going in direction dir (+1 right, -1 left) from the
// token edge (the last token already used). It tries the nearest position
// first and backtracks; on success st holds the alignment.
func (m *matcher) seq(atoms []atom, k, edge, dir int, st *seqState) bool {
	if k == len(atoms) {
		return true
	}
	a := atoms[k]
	limit := 0
	switch a.gap {
	case gapFree:
		limit = m.opt.MaxGap
	case gapNP:
		limit = m.opt.MaxNPGap
	}
	units, skipped, lastSpan := 0, 0, -1
	timeRun := 0 // time-phrase tokens skipped right next to the verb
	// a joined phrase first after the verb may lie anywhere in the
	// verb's complement clause (Query.Complement)
	joinedFirst := k == 0 && dir > 0 && k+1 < len(atoms) && atoms[k+1].gap == gapNone &&
		a.kind == aWord
	freed := false // a token was skipped as part of the complement
	if sh := m.q.Subject.Start; k == 0 && dir < 0 && a.gap == gapFree && m.q.Subject.End == sh+1 &&
		sh >= m.lo && sh < edge-1 && m.take(atoms, k, sh, dir, edge-1-sh, st) {
		// the subject's head past its modifiers, whatever their length;
		// they still count as skipped tokens when matches are ranked
		return true
	}
	for p := edge + dir; p >= m.lo && p <= m.hi; p += dir {
		if freed && p >= m.q.Complement.End {
			return false // the phrase must lie inside the complement
		}
		if (!a.particle || dir < 0 || m.particleOK(p, skipped, units)) && m.take(atoms, k, p, dir, skipped, st) {
			return true
		}
		// Skip token p if the gap allows it.
		if joinedFirst && p >= m.q.Complement.Start && p < m.q.Complement.End {
			skipped++
			freed = true
			continue
		}
		if dir > 0 && skipped > 0 && a.gap == gapFree && m.phraseBreak(p) && a.nounWord() {
			// a bare pattern word is read in the verb's object, not in a
			// prepositional phrase after it (PETRARCH-2 writes those in
			// parentheses): "praised Israel during a visit" is no "* VISIT"
			// (phraseBreak)
			return false
		}
		cost := 1
		if s := m.spanAt[p]; s >= 0 {
			if s == lastSpan {
				cost = 0
			}
			lastSpan = s
		} else if m.barrier(p, dir, a.gap) {
			return false
		} else if a.gap == gapNP && m.thoseOf(p) {
			cost = 0 // "to those of the army" reads as "to the army"
		} else if a.gap != gapNone && m.measureOf(p) {
			cost = 0 // "25,000 tons of food aid" reads as "food aid" (measure.go)
		} else if a.gap != gapNone && m.hyphenated(p, dir) {
			cost = 0 // "a two-day visit": "two - day" is one word
		} else if a.gap == gapFree && k == 0 && skipped == timeRun && m.timeTok(p) {
			// a time phrase right next to the verb: "forced out on
			// Wednesday more than 1,000 refugees"
			cost = 0
			timeRun++
		}
		if units+cost > limit {
			return false
		}
		units += cost
		skipped++
	}
	return false
}

// take tries atoms[k] with its near end at token p, skipped tokens from
// the previous atom, and the rest of the sequence after it; st is left as
// it was when that fails.
func (m *matcher) take(atoms []atom, k, p, dir, skipped int, st *seqState) bool {
	h, ok := m.atomAt(atoms[k], p, dir)
	if !ok {
		return false
	}
	saved := *st
	if a := atoms[k]; a.kind == aWord || a.kind == aSyn {
		for i := p; ; i += dir {
			st.pos = append(st.pos, i)
			if i == h.far {
				break
			}
		}
	}
	st.words += h.words
	st.gaps += skipped
	switch h.slot {
	case SourceSlot:
		st.source = h.actors[0]
	case TargetSlot:
		st.target = h.actors[0]
	case CompoundSlot:
		st.compound = h.actors
	}
	if m.seq(atoms, k+1, h.far, dir, st) {
		return true
	}
	*st = saved
	st.pos = st.pos[:len(saved.pos)]
	return false
}

// atomAt tries atom a with its near end at token p.
func (m *matcher) atomAt(a atom, p, dir int) (hit, bool) {
	switch a.kind {
	case aWord:
		for _, w := range a.words {
			if f, ok := m.literal(w, p, dir); ok && m.headOK(a, p, f) && (!a.bare || m.bareOK(f)) {
				return hit{far: f, words: 1}, true
			}
		}
	case aSyn:
		if a.syn == nil {
			return hit{}, false
		}
		idx := a.syn.byFirst
		if dir < 0 {
			idx = a.syn.byLast
		}
		for _, key := range []string{m.word[p], m.lemma[p]} {
			for _, ph := range idx[key] {
				if f, ok := m.phrase(ph, p, dir); ok && m.headOK(a, p, f) {
					return hit{far: f, words: len(ph)}, true
				}
			}
		}
	case aSlot:
		if a.slot == CompoundSlot {
			return m.compoundAt(p, dir)
		}
		if act, ok := m.spanFrom(p, dir); ok {
			return hit{far: m.spanFar(act, dir), words: 1, slot: a.slot, actors: []int{act}}, true
		}
	case aSkip:
		if act, ok := m.spanFrom(p, dir); ok {
			return hit{far: m.spanFar(act, dir)}, true
		}
		if f, ok := m.nounPhrase(p, dir); ok {
			return hit{far: f}, true
		}
	}
	return hit{}, false
}

// spanFar is the far end of actor act's span in direction dir.
func (m *matcher) spanFar(act, dir int) int {
	if dir > 0 {
		return m.q.Actors[act].End - 1
	}
	return m.q.Actors[act].Start
}

// compoundAt matches '%': a compound actor, either one span holding a
// conjunction ("Iran and Iraq" as one mention) or several spans joined by
// conjunctions or commas ("Iran", "and", "Iraq"; determiners of a member
// are skipped: "the Philippines and the European Union").
func (m *matcher) compoundAt(p, dir int) (hit, bool) {
	act, ok := m.spanFrom(p, dir)
	if !ok {
		return hit{}, false
	}
	actors := []int{act}
	far := m.spanFar(act, dir)
	for {
		j := far + dir
		joined := false
		// conjunctions and commas, and the determiners of the next member
		// ("the Philippines and the European Union")
		for j >= m.lo && j <= m.hi && m.spanAt[j] < 0 && (isConj(m.word[j], m.pos[j]) || m.pos[j] == "DET") {
			joined = joined || isConj(m.word[j], m.pos[j])
			j += dir
		}
		next, ok := m.spanFrom(j, dir)
		if !joined || !ok || slices.Contains(actors, next) {
			break
		}
		actors = append(actors, next)
		far = m.spanFar(next, dir)
	}
	if len(actors) == 1 {
		s := m.q.Actors[act]
		inner := false
		for i := s.Start; i < s.End; i++ {
			if isConj(m.word[i], m.pos[i]) && m.word[i] != "," {
				inner = true
			}
		}
		if !inner {
			return hit{}, false
		}
	}
	if dir < 0 {
		slices.Reverse(actors)
	}
	return hit{far: far, words: 1, slot: CompoundSlot, actors: actors}, true
}

// hyphenated reports whether token p is a hyphen inside a word or the
// word part after one (reading in direction dir), so that a hyphenated
// word the tokenizer split ("two - day") costs one unit of a gap.
func (m *matcher) hyphenated(p, dir int) bool {
	if m.word[p] == "-" {
		return true
	}
	q := p - dir
	return q >= m.lo && q <= m.hi && m.word[q] == "-"
}

// isConj: a coordinating conjunction or a comma.
func isConj(w, t string) bool {
	return t == "CCONJ" || w == "and" || w == "or" || w == "&" || w == ","
}

// spanFrom returns the actor whose span starts (dir > 0) or ends (dir < 0)
// at p.
func (m *matcher) spanFrom(p, dir int) (int, bool) {
	var a int
	var ok bool
	if dir > 0 {
		a, ok = m.starts[p]
	} else {
		a, ok = m.ends[p]
	}
	return a, ok
}

// literal matches word w at p: one token (word or lemma), or 2–3 tokens
// that spell a hyphenated or contracted word ("sit - in", "n't").
func (m *matcher) literal(w string, p, dir int) (int, bool) {
	if m.is(p, w) {
		return p, true
	}
	if len(w) < 3 {
		return 0, false
	}
	s := ""
	for i, n := p, 0; i >= m.lo && i <= m.hi && n < 3; i, n = i+dir, n+1 {
		if dir > 0 {
			s += m.word[i]
		} else {
			s = m.word[i] + s
		}
		if n > 0 && s == w {
			return i, true
		}
		if len(s) >= len(w) {
			break
		}
	}
	return 0, false
}

// phrase matches a synset phrase with its near end at p.
func (m *matcher) phrase(ph []string, p, dir int) (int, bool) {
	n := len(ph)
	for k := 0; k < n; k++ {
		i := p + dir*k
		if i < m.lo || i > m.hi {
			return 0, false
		}
		w := ph[k]
		if dir < 0 {
			w = ph[n-1-k]
		}
		if !m.is(i, w) {
			return 0, false
		}
	}
	return p + dir*(n-1), true
}
