package actors

import (
	"sort"
	"strings"
	"time"

	"entente/actors/dict"
	"entente/actors/internal/norm"
	"entente/text"
)

// Resolver codes the actors of one document and remembers the names it learns on
// the way: once "Chinese Foreign Minister Wang Yi" is seen, "Wang Yi" and "Wang"
// resolve to the same actor anywhere in the document. Later stages (appositive
// roles, coreference) can teach it more names with Learn. A Resolver is for one
// document and one goroutine.
type Resolver struct {
	d     *Dictionary
	date  time.Time
	names map[string]*Learned
	// first holds the first word of every learned key, to skip most words fast.
	first map[string]bool
	sp    norm.Splitter
}

// Learned is a name the Resolver knows.
type Learned struct {
	// Name is the name as first seen ("Wang Yi").
	Name string
	// Mention is the template of a mention of the name: code, type, entity.
	Mention Mention
	// Ambiguous is true when the key was learned for two different actors; it then
	// resolves to nothing.
	Ambiguous bool
}

// NewResolver returns a Resolver for a document of the given date (zero: unknown).
func (d *Dictionary) NewResolver(date time.Time) *Resolver {
	return &Resolver{d: d, date: date, names: map[string]*Learned{}, first: map[string]bool{}}
}

// Resolve returns the mentions of the document, sorted by offset: dictionary
// actors, compositions, and the later (or earlier) bare uses of names learned
// from compositions and dictionary persons or taught with Learn. A one-word name next to another
// name word is someone else's ("Heidi Cruz", "Lee Harvey Oswald" after "Sen.
// Ted Cruz", "Sen. Mike Lee").
func (r *Resolver) Resolve(doc string, toks []text.Token) []Mention {
	d := r.d
	sc := d.pool.Get().(*scratch)
	defer d.pool.Put(sc)
	ws := d.splitWords(sc, toks)
	atoms := d.atomize(sc, ws)
	c := composer{d: d, ws: ws, atoms: atoms, doc: doc, toks: toks, date: dict.DateOf(r.date)}
	out := c.run()
	for _, n := range c.names {
		r.Learn(c.span(n.i, n.j), out[n.mention])
	}
	r.learnAcronyms(out)
	if len(r.names) == 0 {
		return out
	}
	covered := make([]bool, len(ws))
	k := 0
	for i := range ws {
		for k < len(out) && int(ws[i].start) >= out[k].End {
			k++
		}
		covered[i] = k < len(out) && int(ws[i].start) >= out[k].Start
	}
	n := len(out)
	for i := 0; i < len(ws); i++ {
		if covered[i] || ws[i].flags&norm.Upper == 0 || ws[i].flags&norm.Punct != 0 {
			continue
		}
		if w, _, ok := r.sp.Next(doc, int(ws[i].start)); !ok || !r.first[string(w.Key)] {
			continue
		}
		for l := min(5, len(ws)-i); l >= 1; l-- {
			if covered[i+l-1] || ws[i+l-1].sent != ws[i].sent {
				continue
			}
			key := keyOf(c.span(i, i+l))
			ln, ok := r.names[key]
			if !ok || ln.Ambiguous || l == 1 && c.inOtherName(i) {
				continue
			}
			m := ln.Mention
			m.Start, m.End = int(ws[i].start), int(ws[i+l-1].end)
			m.Text = c.text(m.Start, m.End)
			m.Role = ""
			m.Source = SourceLearned
			out = append(out, m)
			i += l - 1
			break
		}
	}
	if len(out) > n {
		sort.SliceStable(out, func(a, b int) bool { return out[a].Start < out[b].Start })
	}
	return out
}

// Learn teaches the Resolver that name (e.g. "Wang Yi") refers to the actor of m.
// The full name, and for a name of several words its first and last word, become
// keys; a key already learned for another actor becomes ambiguous, unless one
// code only adds a country to the other's role ("Sen. Ted Cruz" LEG, "Sen.
// Ted Cruz of Texas" USALEG): the key then keeps the fuller code; nor when the
// same full name comes with two roles ("presidential candidate Bernie
// Sanders", "Vermont Sen. Bernie Sanders", "Senator Sanders"): one person,
// coded by the first role with a country.
func (r *Resolver) Learn(name string, m Mention) {
	words := strings.Fields(keyOf(name))
	if len(words) == 0 {
		return
	}
	m.Start, m.End, m.Text, m.Source = 0, 0, "", SourceLearned
	if m.Name == "" {
		m.Name = name
	}
	keys := []string{strings.Join(words, " ")}
	if len(words) > 1 {
		for _, w := range []string{words[0], words[len(words)-1]} {
			if len(w) > 1 && !r.d.special.particles[r.d.words.getString(w)] {
				keys = append(keys, w)
			}
		}
	}
	for _, k := range keys {
		if old, ok := r.names[k]; ok {
			switch {
			case old.Mention.EntityID == m.EntityID && old.Mention.Code == m.Code:
			case r.d.codes.refines(m.Code, old.Mention.Code):
				old.Mention = m // "Sen. Ted Cruz of Texas" after "Sen. Ted Cruz"
			case r.d.codes.refines(old.Mention.Code, m.Code):
			case samePerson(keyOf(old.Name), keyOf(name)):
				// one person in two roles ("presidential candidate Bernie
				// Sanders", "Vermont Sen. Bernie Sanders"): the first with a country
				if old.Mention.Country == "" && m.Country != "" {
					old.Mention = m
				}
			default:
				old.Ambiguous = true
			}
			continue
		}
		r.names[k] = &Learned{Name: name, Mention: m}
		r.first[strings.SplitN(k, " ", 2)[0]] = true
	}
}

// Lookup returns what the Resolver learned for name, if anything.
func (r *Resolver) Lookup(name string) (Learned, bool) {
	ln, ok := r.names[keyOf(name)]
	if !ok {
		return Learned{}, false
	}
	return *ln, true
}

// Names returns the learned names by normalized key ("WANG YI", "WANG", "YI").
func (r *Resolver) Names() map[string]Learned {
	out := make(map[string]Learned, len(r.names))
	for k, v := range r.names {
		out[k] = *v
	}
	return out
}

// samePerson reports whether two learned names (keys) name one person: the
// same name, or one is the other's last words ("SANDERS", "BERNIE SANDERS").
func samePerson(a, b string) bool {
	return a == b || strings.HasSuffix(a, " "+b) || strings.HasSuffix(b, " "+a)
}

// learnAcronyms teaches the Resolver the initials of the organisations and
// groups of out named in three capitalised words or more: wire copy writes
// "the paramilitary Rapid Support Forces" once and "the RSF" after, often
// without the acronym in brackets. Initials of three letters at least ("IS"
// would be the verb in a headline in capitals), and not a key it knows.
func (r *Resolver) learnAcronyms(out []Mention) {
	for _, m := range out {
		switch m.Type {
		case TypeGroup, TypeOrg, TypeIGO:
		default:
			continue
		}
		if a := initials(m.Text); len(a) >= 3 {
			if _, ok := r.names[a]; !ok {
				r.Learn(a, m)
			}
		}
	}
}
