package verbdict

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

// maxSynsetPhrases bounds the expansion of embedded synsets.
const maxSynsetPhrases = 100000

// compile resolves synsets, compiles patterns and builds the verb indexes.
func compile(d *Dictionary) error {
	if err := compileSynsets(d); err != nil {
		return err
	}
	for _, b := range d.Blocks {
		for _, p := range b.Patterns {
			compilePattern(d, p)
		}
	}
	n := 0
	for _, b := range d.Blocks {
		n += len(b.Verbs)
	}
	d.verbs = make(map[string][]*Verb, n)
	d.forms = make(map[string][]string, 4*n)
	for _, b := range d.Blocks {
		for _, v := range b.Verbs {
			d.verbs[v.Lemma] = append(d.verbs[v.Lemma], v)
			for _, f := range v.Forms {
				if l := d.forms[f]; !slices.Contains(l, v.Lemma) {
					d.forms[f] = append(l, v.Lemma)
				}
			}
		}
	}
	for _, l := range d.forms {
		if len(l) > 1 {
			sort.Strings(l)
		}
	}
	for _, t := range d.Transformations {
		for ev := &t.Match; ev != nil; ev = ev.Inner {
			for _, v := range ev.Verbs {
				if len(d.verbs[v]) == 0 {
					d.Warnings = append(d.Warnings, Warning{File: d.Name, Line: t.Line, Reason: fmt.Sprintf("transformation verb %q is not a verb of the dictionary", v)})
				}
			}
		}
	}
	sort.SliceStable(d.Warnings, func(i, j int) bool { return d.Warnings[i].Line < d.Warnings[j].Line })
	return nil
}

// synIndex is a compiled synset.
type synIndex struct {
	byFirst map[string][][]string // first word → phrases, longest first
	byLast  map[string][][]string // last word → phrases, longest first
}

func compileSynsets(d *Dictionary) error {
	done := map[string][][]string{}
	var expand func(name string, stack []string) ([][]string, error)
	expand = func(name string, stack []string) ([][]string, error) {
		if ph, ok := done[name]; ok {
			return ph, nil
		}
		syn := d.Synsets[name]
		if slices.Contains(stack, name) {
			return nil, &ParseError{File: d.Name, Line: syn.Line, Reason: "synset &" + name + " contains itself (" + strings.Join(append(stack, name), " → ") + ")"}
		}
		var out [][]string
		for _, m := range syn.Members {
			phrases := [][]string{nil}
			embedded := false
			for _, w := range m.Words {
				alts := [][]string{{w}}
				if strings.HasPrefix(w, "&") {
					embedded = true
					sub := w[1:]
					if _, ok := d.Synsets[sub]; !ok {
						d.Warnings = append(d.Warnings, Warning{File: d.Name, Line: m.Line, Reason: "synset &" + sub + " is not defined; member dropped"})
						phrases = nil
						break
					}
					var err error
					if alts, err = expand(sub, append(stack, name)); err != nil {
						return nil, err
					}
				}
				var next [][]string
				for _, ph := range phrases {
					for _, a := range alts {
						next = append(next, append(slices.Clone(ph), a...))
					}
				}
				if len(next) > maxSynsetPhrases {
					return nil, &ParseError{File: d.Name, Line: m.Line, Reason: "synset &" + name + " expands to too many phrases"}
				}
				phrases = next
			}
			for _, ph := range phrases {
				out = append(out, ph)
				if !syn.NoPlural && !m.NoPlural && !embedded {
					pl := slices.Clone(ph)
					pl[len(pl)-1] = Plural(pl[len(pl)-1])
					out = append(out, pl)
				}
			}
		}
		out = uniquePhrases(out)
		done[name] = out
		return out, nil
	}
	d.syn = make(map[string]*synIndex, len(d.Synsets))
	names := make([]string, 0, len(d.Synsets))
	for n := range d.Synsets {
		names = append(names, n)
	}
	sort.Strings(names) // deterministic warnings
	for _, n := range names {
		ph, err := expand(n, nil)
		if err != nil {
			return err
		}
		syn := d.Synsets[n]
		syn.Phrases = ph
		idx := &synIndex{byFirst: map[string][][]string{}, byLast: map[string][][]string{}}
		for _, p := range ph {
			for _, v := range [][]string{p, splitHyphens(p)} {
				if len(v) > 0 {
					idx.byFirst[v[0]] = append(idx.byFirst[v[0]], v)
					idx.byLast[v[len(v)-1]] = append(idx.byLast[v[len(v)-1]], v)
				}
			}
		}
		for _, m := range []map[string][][]string{idx.byFirst, idx.byLast} {
			for _, l := range m {
				sort.SliceStable(l, func(i, j int) bool { return len(l[i]) > len(l[j]) })
			}
		}
		d.syn[n] = idx
	}
	return nil
}

// splitHyphens returns phrase p with its hyphenated words split as
// tokenizers split them ("cease-fire" → "cease", "-", "fire"), or nil when
// it has none.
func splitHyphens(p []string) []string {
	var out []string
	for _, w := range p {
		if !strings.Contains(strings.Trim(w, "-"), "-") {
			out = append(out, w)
			continue
		}
		for i, part := range strings.Split(w, "-") {
			if i > 0 {
				out = append(out, "-")
			}
			if part != "" {
				out = append(out, part)
			}
		}
	}
	if len(out) == len(p) {
		return nil
	}
	return out
}

func uniquePhrases(in [][]string) [][]string {
	seen := map[string]bool{}
	var out [][]string
	for _, p := range in {
		k := strings.Join(p, " ")
		if len(p) == 0 || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool { return strings.Join(out[i], " ") < strings.Join(out[j], " ") })
	return out
}

// compilePattern turns the elements into atom sequences for both voices.
func compilePattern(d *Dictionary, p *Pattern) {
	var undefined []string
	var check func(es []Element)
	check = func(es []Element) {
		for _, e := range es {
			if e.Kind == SynsetRef && d.syn[e.Text] == nil {
				undefined = append(undefined, "&"+e.Text)
			}
			check(e.Parts)
		}
	}
	check(p.Pre)
	check(p.Post)
	if len(undefined) > 0 {
		p.dead = true
		d.Warnings = append(d.Warnings, Warning{File: d.Name, Line: p.Line, Reason: "pattern uses undefined synset " + strings.Join(undefined, ", ") + "; it will never match"})
		return
	}
	// Active voice.
	preLR := flatten(d, p.Pre, func(i int) bool { return i > 0 && p.Pre[i-1].Adjacent })
	verbJoined := len(p.Pre) > 0 && p.Pre[len(p.Pre)-1].Adjacent
	p.active.pre = outward(preLR, verbJoined)
	p.active.post = flatten(d, p.Post, func(i int) bool { return p.Post[i].Adjacent })
	// Passive voice: post-verb nouns stand before the verb (the grammatical
	// subject), prepositional phrases stay after it, and the pre-verb part
	// follows "by"/"from" (the agent).
	var nouns, preps []Element
	for _, e := range p.Post {
		if e.Kind == PrepPhrase {
			preps = append(preps, e)
		} else {
			nouns = append(nouns, e)
		}
	}
	never := func(int) bool { return false }
	p.passive.pre = outward(flatten(d, nouns, never), false)
	p.passive.post = flatten(d, preps, never)
	if len(p.Pre) > 0 {
		agent := atom{kind: aWord, words: []string{"by", "from"}, gap: gapFree}
		rest := flatten(d, p.Pre, never)
		rest[0].gap = gapNP
		p.passive.post = append(append(p.passive.post, agent), rest...)
	}
	if writtenPassive(p) {
		// "+ WAS * DEAD IN $": the pattern spells out the passive itself
		p.passive = p.active
	}
	for _, c := range []*compiled{&p.active, &p.passive} {
		for _, seq := range [][]atom{c.pre, c.post} {
			for _, a := range seq {
				if a.kind == aWord && len(a.words) == 1 && !strings.ContainsAny(a.words[0], "-'") {
					c.need = append(c.need, a.words[0])
				}
			}
		}
	}
}

// passiveAux are the forms of "be" (and "get") that make a passive.
var passiveAux = map[string]bool{"be": true, "is": true, "are": true, "was": true, "were": true,
	"been": true, "being": true, "get": true, "gets": true, "got": true}

// writtenPassive reports whether the pattern has a passive auxiliary right
// before the verb ("+ WAS * DEAD IN $", "&TESTSYN5 HAVE BEEN *"): it is
// written for the passive voice and is matched as written, not turned
// around as an active pattern is for a passive verb.
func writtenPassive(p *Pattern) bool {
	if len(p.Pre) == 0 {
		return false
	}
	last := p.Pre[len(p.Pre)-1]
	return last.Kind == Word && passiveAux[strings.ToLower(last.Text)]
}

// flatten converts elements, left to right, into atoms whose gap is the
// constraint towards their left neighbour; joined(i) tells whether element
// i is joined ('_') to its left neighbour.
func flatten(d *Dictionary, es []Element, joined func(int) bool) []atom {
	var out []atom
	for i, e := range es {
		first := gapFree
		if joined(i) {
			first = gapNone
		}
		as := elementAtoms(d, e, first)
		if e.Kind == Word && particleWords[strings.ToLower(e.Text)] && !(i+1 < len(es) && joined(i+1)) {
			// (a phrase joined by '_', "* OFF_ROW", is read as a unit)
			as[0].particle = true
		}
		out = append(out, as...)
	}
	// a pattern word followed by another pattern word is a modifier of a
	// phrase the pattern spells out ("* TRADE PROTOCOL"), not a phrase head
	for i := 0; i+1 < len(out); i++ {
		if (out[i].kind == aWord || out[i].kind == aSyn) && (out[i+1].kind == aWord || out[i+1].kind == aSyn) {
			out[i].head = false
		}
	}
	return out
}

// elementAtoms returns the atoms of one element; gap applies to the first.
func elementAtoms(d *Dictionary, e Element, gap gapKind) []atom {
	switch e.Kind {
	case Word:
		return []atom{{kind: aWord, words: []string{e.Text}, gap: gap, head: true}}
	case SynsetRef:
		return []atom{{kind: aSyn, syn: d.syn[e.Text], gap: gap, head: true}}
	case SourceSlot, TargetSlot, CompoundSlot:
		return []atom{{kind: aSlot, slot: e.Kind, gap: gap}}
	case SkipPhrase:
		return []atom{{kind: aSkip, gap: gap}}
	case NounPhrase:
		var out []atom
		for i, part := range e.Parts {
			g := gapNP
			if i == 0 {
				g = gap
			} else if part.Adjacent {
				g = gapNone
			}
			as := elementAtoms(d, part, g)
			for k := range as {
				as[k].head = false
			}
			out = append(out, as...)
		}
		if len(out) > 0 && (out[len(out)-1].kind == aWord || out[len(out)-1].kind == aSyn) {
			out[len(out)-1].head = true
		}
		return out
	case PrepPhrase:
		out := []atom{{kind: aWord, words: []string{e.Text}, gap: gap, bare: len(e.Parts) == 0}}
		for _, part := range e.Parts {
			g := gapNP
			if part.Adjacent {
				g = gapNone
			}
			out = append(out, elementAtoms(d, part, g)...)
		}
		return out
	}
	return nil
}

// outward reverses left-to-right pre-verb atoms into matching order (from
// the verb leftwards), moving each gap to the atom on the verb side of it.
func outward(lr []atom, verbJoined bool) []atom {
	n := len(lr)
	out := make([]atom, n)
	for k := 0; k < n; k++ {
		a := lr[n-1-k]
		if k == 0 {
			a.gap = gapFree
			if verbJoined {
				a.gap = gapNone
			}
		} else {
			a.gap = lr[n-k].gap
		}
		out[k] = a
	}
	return out
}
