package verbdict

import (
	"sort"
	"strings"
)

// Dictionary is a parsed and compiled PETRARCH-2 verb dictionary. It is
// immutable after Parse/Load and safe for concurrent use.
type Dictionary struct {
	Name            string             // file name used in messages
	Synsets         map[string]*Synset // by name without '&' and final '_', e.g. "CURRENCY"
	Blocks          []*Block           // verb blocks in file order
	Transformations []*Transformation  // '~' rules in file order
	Warnings        []Warning          // oddities worked around, in file order

	verbs map[string][]*Verb   // verb word (lower case) → entries in file order
	forms map[string][]string  // surface form (lower case) → lemmas, sorted
	syn   map[string]*synIndex // compiled synsets, same keys as Synsets
}

// Synset is a named set of words or phrases ("&CURRENCY") usable in patterns.
type Synset struct {
	Name     string   // without '&' and final '_'
	NoPlural bool     // the label ended with '_': no plurals for any member
	Members  []Member // as written, in file order
	// Phrases are the expanded members: embedded synsets resolved, generated
	// plurals added, each a sequence of lower-case words; sorted, unique.
	Phrases [][]string
	Line    int
}

// Member is one '+' line of a synset.
type Member struct {
	Words    []string // lower-case words; "&NAME" marks an embedded synset
	NoPlural bool     // the phrase ended with '_'
	Line     int
}

// Block is a verb synonym block: "--- NAME [CODE] ---", its verbs and the
// patterns shared by all of them.
type Block struct {
	Name     string // e.g. "ASK"
	Code     Code   // primary code; NullCode when the header has none
	Verbs    []*Verb
	Patterns []*Pattern
	Line     int
}

// Verb is one verb line of a block: a single verb ("ASK") or a multiword
// verb with '+' marking the verb word ("+CARRY_OUT", "WIRE_+TAP").
type Verb struct {
	Lemma   string   // the verb word, lower case: "carry" for +CARRY_OUT
	Pre     []string // words required right before the verb word ("wire")
	Post    []string // words required after it, in order ("out")
	Forms   []string // surface forms of the verb word, base first
	Code    Code     // own code, else the block's
	OwnCode bool     // the line carries its own [code]
	Block   *Block
	Line    int
	Text    string // the verb as written, e.g. "+CARRY_OUT"
}

// IsCompound reports whether the verb has words besides the verb word.
func (v *Verb) IsCompound() bool { return len(v.Pre)+len(v.Post) > 0 }

// Phrase returns the verb with its words, lower case: "carry out".
func (v *Verb) Phrase() string {
	w := append(append(append([]string(nil), v.Pre...), v.Lemma), v.Post...)
	return strings.Join(w, " ")
}

// Pattern is one '-' line of a block:
//
//   - [pre-verb elements] * [post-verb elements] [CODE] # comment
type Pattern struct {
	Pre     []Element // elements before the verb, in text order
	Post    []Element // elements after the verb, in text order
	Code    Code
	Block   *Block
	Line    int
	Text    string // the pattern as written, without the leading '-' and the comment
	Comment string // text after '#', trimmed (usually the verb it was written for)

	active, passive compiled // filled by compile
	dead            bool     // refers to an undefined synset: never matches
}

// ElementKind tells what a pattern element matches.
type ElementKind uint8

// Element kinds.
const (
	Word         ElementKind = iota + 1 // a literal word, lower case, in Text
	SynsetRef                           // "&NAME": any phrase of the synset Text
	NounPhrase                          // "{A B HEAD}": Parts, the head last
	PrepPhrase                          // "(PREP objects…)": preposition in Text, objects in Parts
	SourceSlot                          // "$": the source actor
	TargetSlot                          // "+": the target actor
	CompoundSlot                        // "%": a compound actor, both source and target
	SkipPhrase                          // "^": any one noun phrase
)

// String names the kind: "word", "synset", "noun phrase", ….
func (k ElementKind) String() string {
	switch k {
	case Word:
		return "word"
	case SynsetRef:
		return "synset"
	case NounPhrase:
		return "noun phrase"
	case PrepPhrase:
		return "prep phrase"
	case SourceSlot:
		return "source"
	case TargetSlot:
		return "target"
	case CompoundSlot:
		return "compound"
	case SkipPhrase:
		return "skip"
	}
	return "invalid"
}

// Element is one item of a pattern.
//
// Adjacent records a '_' join: the element must directly touch its
// neighbour on the verb side, without other words between ("IN_*",
// "*_OUT", "DEBT_RELIEF"). For Pre elements that neighbour is the next
// element (or the verb), for Post elements the previous one (or the verb),
// for Parts the previous part.
type Element struct {
	Kind     ElementKind
	Text     string    // word, synset name or preposition
	Parts    []Element // NounPhrase words, PrepPhrase objects
	Adjacent bool
}

// String renders the element in dictionary notation (upper case).
func (e Element) String() string {
	switch e.Kind {
	case Word:
		return strings.ToUpper(e.Text)
	case SynsetRef:
		return "&" + e.Text
	case SourceSlot:
		return "$"
	case TargetSlot:
		return "+"
	case CompoundSlot:
		return "%"
	case SkipPhrase:
		return "^"
	case NounPhrase:
		return "{" + joinElements(e.Parts) + "}"
	case PrepPhrase:
		s := strings.ToUpper(e.Text)
		if len(e.Parts) > 0 {
			s += " " + joinElements(e.Parts)
		}
		return "(" + s + ")"
	}
	return "?"
}

func joinElements(es []Element) string {
	var b strings.Builder
	for i, e := range es {
		if i > 0 {
			if e.Adjacent {
				b.WriteByte('_')
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(e.String())
	}
	return b.String()
}

// String renders the pattern in normalised dictionary notation, e.g.
// "* (FOR {FINANCIAL AID}) [0231]".
func (p *Pattern) String() string {
	var b strings.Builder
	for _, e := range p.Pre {
		b.WriteString(e.String())
		if e.Adjacent {
			b.WriteByte('_')
		} else {
			b.WriteByte(' ')
		}
	}
	b.WriteByte('*')
	for _, e := range p.Post {
		if e.Adjacent {
			b.WriteByte('_')
		} else {
			b.WriteByte(' ')
		}
		b.WriteString(e.String())
	}
	b.WriteString(" [" + p.Code.String() + "]")
	return b.String()
}

// Transformation is a '~' rule rewriting an event whose target is itself an
// event: "~ a (a b ATTACK) SAY = a b 015" turns "A says A attacked B" into
// A → B 015.
type Transformation struct {
	Match  TransformEvent
	Source string // result source: a variable of Match
	Target string // result target: a variable of Match
	Code   string // result code, or "Q": the code of the verb matched by Q
	Line   int
	Text   string // the rule as written, without '~' and comment
}

// TransformEvent is one level of a transformation's left side.
//
// Source and Target are variables (lower-case letters bind actors; the same
// letter must be the same actor), "." (any actor, unbound) or "_" (no actor).
// The target is Inner instead when it is a nested event.
type TransformEvent struct {
	Source string
	Target string
	Inner  *TransformEvent
	Verbs  []string // verb words, lower case ("will", "attack" for WILL_ATTACK); empty when AnyVerb
	// AnyVerb is "Q": any verb; its code becomes the result code "Q".
	AnyVerb bool
}

// Stats counts what a dictionary holds.
type Stats struct {
	Blocks          int // verb blocks
	Verbs           int // verb lines (single and multiword)
	Compounds       int // multiword verb lines
	Lemmas          int // distinct verb words
	Forms           int // distinct surface forms of verb words
	Patterns        int // pattern lines
	Synsets         int // synsets
	SynsetPhrases   int // expanded synset phrases, plurals included
	Transformations int
	Warnings        int
}

// Stats returns the counts of d.
func (d *Dictionary) Stats() Stats {
	s := Stats{
		Blocks:          len(d.Blocks),
		Lemmas:          len(d.verbs),
		Forms:           len(d.forms),
		Synsets:         len(d.Synsets),
		Transformations: len(d.Transformations),
		Warnings:        len(d.Warnings),
	}
	for _, b := range d.Blocks {
		s.Verbs += len(b.Verbs)
		s.Patterns += len(b.Patterns)
		for _, v := range b.Verbs {
			if v.IsCompound() {
				s.Compounds++
			}
		}
	}
	for _, syn := range d.Synsets {
		s.SynsetPhrases += len(syn.Phrases)
	}
	return s
}

// Verbs returns the entries whose verb word is lemma (case-insensitive), in
// file order: single verbs and multiword verbs built on it ("carry" gives
// CARRY and +CARRY_OUT). The slice must not be modified.
func (d *Dictionary) Verbs(lemma string) []*Verb {
	return d.verbs[strings.ToLower(strings.TrimSpace(lemma))]
}

// Lemmas returns the verb words whose forms include form
// (case-insensitive): "took" → [take], "left" → [leave], "says" → [say].
// The slice must not be modified.
func (d *Dictionary) Lemmas(form string) []string {
	return d.forms[strings.ToLower(strings.TrimSpace(form))]
}

// VerbCode returns the code of the first single-word entry of lemma (the one
// PETRARCH-2 uses for an isolated verb), or of its first entry when all are
// multiword.
func (d *Dictionary) VerbCode(lemma string) (Code, bool) {
	vs := d.Verbs(lemma)
	for _, v := range vs {
		if !v.IsCompound() {
			return v.Code, true
		}
	}
	if len(vs) > 0 {
		return vs[0].Code, true
	}
	return Code{}, false
}

// Synset returns the synset called name ("CURRENCY" or "&CURRENCY").
func (d *Dictionary) Synset(name string) (*Synset, bool) {
	s, ok := d.Synsets[normSynsetName(name)]
	return s, ok
}

// LemmaList returns every verb word, sorted.
func (d *Dictionary) LemmaList() []string {
	out := make([]string, 0, len(d.verbs))
	for k := range d.verbs {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func normSynsetName(name string) string {
	name = strings.TrimPrefix(strings.TrimSpace(name), "&")
	return strings.ToUpper(strings.TrimRight(name, "_"))
}
