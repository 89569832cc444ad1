package events

import (
	"strings"

	"entente/events/verbdict"
	"entente/quotes"
	"entente/syntax/tree"
)

// Transformations: the verb dictionary's '~' rules rewrite an event
// reported by another verb. In CAMEO.2.0.txt "~ a (b . ATTACK) SAY = a b
// 112" makes "Russia said Ukraine shelled the plant" Russia's accusation of
// Ukraine (112), not an attack the article vouches for; "~ a (a b ATTACK)
// SAY = a b 015" makes "Hamas said it attacked Israel" a claim of
// responsibility (and, the doer reporting it, the attack stays coded too);
// "~ a (_ b ASSASSINATE) ATTEMPT = a b 185" an attempted assassination.
//
// The reporting verb matches a rule when it is a synonym of the rule's verb:
// in its block with the same code (SAY stands for say, state, tell, announce
// …, not for "report", coded apart; WANT not for "demand");
// the reported verb when its code falls under the code of the rule's verb
// (ATTACK is 190, so any 19x), or any coded verb for Q. Variables bind
// actors: the reporting verb's subject, the reported clause's subject and
// target; the same letter must be the same actor and different letters
// different actors; "." is anything, "_" nothing (an infinitive without a
// subject of its own). Only a plain reported clause is rewritten: not a
// negated, future, conditional or obliged one, and not one printed before
// its reporting verb ("Ukraine shelled the plant, Russia said"), which the
// article states as fact with its source.

// transform is a verbdict.Transformation prepared for the coder.
type transform struct {
	rule   *verbdict.Transformation
	blocks map[*verbdict.Block]verbdict.Code // blocks of the reporting verb, with its code there
	code   string                            // code the reported verb falls under; "" for Q
}

// compileTransforms prepares the dictionary's transformations with one
// level of nesting and single-word verbs (all those of CAMEO.2.0.txt).
func compileTransforms(d *verbdict.Dictionary) []transform {
	var out []transform
	for _, r := range d.Transformations {
		in := r.Match.Inner
		if in == nil || in.Inner != nil || len(r.Match.Verbs) != 1 || (!in.AnyVerb && len(in.Verbs) != 1) {
			continue
		}
		t := transform{rule: r, blocks: map[*verbdict.Block]verbdict.Code{}}
		for _, v := range d.Verbs(r.Match.Verbs[0]) {
			if !v.IsCompound() {
				t.blocks[v.Block] = v.Code
			}
		}
		if !in.AnyVerb {
			c, ok := d.VerbCode(in.Verbs[0])
			if !ok || c.IsNull() || c.Active == "" {
				continue
			}
			t.code = c.Active
		}
		if len(t.blocks) > 0 {
			out = append(out, t)
		}
	}
	return out
}

// under reports whether code c falls under code p: the same code, or a
// code of the family of p when p is "not specified" (190 covers 19x).
func under(c, p string) bool {
	if c == p {
		return true
	}
	return len(p) == 3 && p[2] == '0' && len(c) >= 3 && strings.HasPrefix(c, p[:2])
}

// fits reports whether the rule applies to reporting verb o (its
// dictionary entry) and a reported verb coded code.
func (t transform) fits(o *verbdict.Verb, code string) bool {
	bc, ok := t.blocks[o.Block]
	return ok && bc == o.Code && (t.code == "" || under(code, t.code))
}

// mayTransform reports whether some transformation fits reporting verb o
// and a reported verb coded code.
func (c *Coder) mayTransform(o *verbdict.Verb, code string) bool {
	for _, t := range c.transforms {
		if t.fits(o, code) {
			return true
		}
	}
	return false
}

// binding is an actor bound to a variable, or none (present false).
type binding struct {
	actor   Actor
	present bool
}

// transformed codes the reported clauses of the sentence that a
// transformation rewrites; it sets handled for the reporting verb and the
// reported one, whose own events the rewrite replaces.
func (c *Coder) transformed(out *output, s *tree.Sentence, spans []span, matches []verbdict.Match, coded, handled []bool, base Event, qs []quotes.Quote) {
	if len(c.transforms) == 0 {
		return
	}
	for o := 0; o < s.Len(); o++ {
		if matches[o].Verb == nil || s.UPOS(o) != "VERB" || isPassive(s, o) {
			continue
		}
		for _, i := range s.Children(o) {
			if i < o || !coded[i] || !c.mayTransform(matches[o].Verb, matches[i].Code.Active) ||
				!reportedClause(s, i) || allegation(s, i) || (matches[i].Code.Active == "010" && matches[i].Pattern == nil) {
				continue
			}
			if applied, replaced := c.transformPair(out, s, spans, o, i, matches, base, qs); applied {
				handled[o] = true
				handled[i] = handled[i] || replaced
			}
		}
	}
}

// reportedClause reports whether verb i is a plain clause reported by its
// head: a clausal or infinitive complement, not negated, not future,
// obliged or conditional, and active.
func reportedClause(s *tree.Sentence, i int) bool {
	switch s.Rel(i) {
	case "ccomp", "xcomp":
	case "advcl":
		if !hasMarkTo(s, i) {
			return false
		}
	default:
		return false
	}
	if negated(s, i) || isPassive(s, i) || obligationModal(s, i) != "" {
		return false
	}
	for _, ch := range s.Children(i) {
		switch s.Rel(ch) {
		case "aux":
			if futureMarkers[strings.ToLower(s.Form(ch))] {
				return false
			}
		case "mark":
			if conditionMarks[strings.ToLower(s.Form(ch))] {
				return false
			}
		}
	}
	return true
}

// transformPair applies the first transformation that matches reporting
// verb o and reported verb i, and reports whether one did and whether it
// replaces the reported event: it does unless the reporter is the doer
// ("Hamas said it fired rockets at Israel" is a claim of responsibility,
// 015, and still the firing the actor itself reports).
func (c *Coder) transformPair(out *output, s *tree.Sentence, spans []span, o, i int, matches []verbdict.Match, base Event, qs []quotes.Quote) (applied, replaced bool) {
	var reporters []Actor
	_, subjs := subjects(s, o)
	for _, sj := range subjs {
		if reporters = phraseActors(s, sj, spans); len(reporters) > 0 {
			break
		}
	}
	if len(reporters) == 0 {
		return false, false
	}
	// the reported clause's subject: none, actors, or a pronoun standing
	// for the reporter ("Hamas said it attacked …")
	doers := []binding{{}}
	pronoun := false
	if sj := s.Child(i, "nsubj"); sj >= 0 {
		if as := phraseActors(s, sj, spans); len(as) > 0 {
			doers = bindings(as)
		} else {
			pronoun = s.UPOS(sj) == "PRON"
		}
	}
	_, tg := c.participants(s, i, matches[i], spans)
	targets := []binding{{}}
	if len(tg) > 0 {
		targets = bindings(tg)
	}
	code := matches[i].Code.Active
	proto := verbEvent(base, s, i, matches[i], qs)
	for _, t := range c.transforms {
		if !t.fits(matches[o].Verb, code) {
			continue
		}
		r, in := t.rule, t.rule.Match.Inner
		for _, rep := range reporters {
			rb := binding{rep, true}
			for _, d := range doers {
				if pronoun {
					d = rb
				}
				for _, tgt := range targets {
					b := map[string]binding{}
					if !bind(b, r.Match.Source, rb) || !bind(b, in.Source, d) || !bind(b, in.Target, tgt) {
						continue
					}
					applied = true
					src, dst := b[r.Source], b[r.Target]
					if !src.present || !dst.present {
						continue
					}
					rc := r.Code
					if rc == "Q" {
						rc = code
					}
					c.emit(out, proto, src.actor, dst.actor, rc)
				}
			}
		}
		if applied {
			return true, in.Source != r.Match.Source
		}
	}
	return false, false
}

// bindings wraps actors as present bindings.
func bindings(as []Actor) []binding {
	out := make([]binding, len(as))
	for i, a := range as {
		out[i] = binding{a, true}
	}
	return out
}

// bind binds variable v to x in b: "." takes anything, "_" only no actor,
// a letter an actor, the same one (country) as the letter's earlier
// binding and another than the other letters'.
func bind(b map[string]binding, v string, x binding) bool {
	switch v {
	case ".":
		return true
	case "_":
		return !x.present
	}
	if !x.present {
		return false
	}
	if prev, ok := b[v]; ok {
		return !distinct(prev.actor.Code, x.actor.Code)
	}
	for _, o := range b {
		if o.present && !distinct(o.actor.Code, x.actor.Code) {
			return false
		}
	}
	b[v] = x
	return true
}
