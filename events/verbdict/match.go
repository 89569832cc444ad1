package verbdict

import (
	"sort"
	"strings"
)

// Token is one word of a sentence as the matcher sees it. Word and Lemma
// may be in any case; POS is a Universal Dependencies tag (UPOS). Without
// POS the matcher still works but cannot see clause boundaries or noun
// heads, so it over-matches; give it whenever the tagger ran.
type Token struct {
	Word  string // surface form, e.g. "Sent"
	Lemma string // lemma, e.g. "send"; "" if unknown
	POS   string // UPOS: "NOUN", "VERB", "AUX", "DET", "ADP", "PUNCT", …; "" if unknown
}

// Span is a half-open token range [Start, End).
type Span struct{ Start, End int }

// Query asks which pattern of the verb at Tokens[Verb] matches the sentence.
type Query struct {
	Tokens []Token
	Verb   int    // index of the verb token (for "carry out": of "carry")
	Actors []Span // known actor mentions in token indexes (the slots $ + % and ^ use them)
	// Passive tells that the verb is in the passive voice ("aid was sent by
	// X"): the pattern's post-verb nouns are then sought before the verb and
	// its pre-verb part after "by"/"from", as PETRARCH-2 does.
	Passive bool
	// Open lists tokens that are no clause boundary for this query although
	// their tag says so: the coder passes the other verb of a verb chain the
	// dictionary does not code, with its "to" ("vowed to wage war", "won't
	// try to clash"), so that the coded verb's pattern reads through it as
	// TABARI's and PETRARCH's did. They still count as skipped units.
	Open []int
	// Complement is the token range of the verb's complement clause ("that
	// Mordor isn't a really pleasant place"), empty if none. A pattern whose
	// first element after the verb is a phrase joined by '_'
	// ("* REALLY_PLEASANT") may find that phrase anywhere in it, past the
	// clause boundary and the gap limit: TABARI read a joined phrase as one
	// unit of the verb's whole clause.
	Complement Span
	// Subject is the verb's subject head word before it, as a one-token
	// span; empty if none. A pattern's element next to the verb on the left
	// may be matched at that word past any modifiers of the head between it
	// and the verb, beyond the gap limit and clause boundaries ("A roadside
	// bombing near the town of Samarra on Sunday killed" matches "BOMBING
	// *"): PETRARCH-2 matched the head of the subject noun phrase. The
	// tokens skipped still count in Match.Gaps.
	Subject Span
}

// Options tune the matcher; the zero value gives the defaults.
type Options struct {
	Window      int  // tokens inspected on each side of the verb (default 12)
	MaxGap      int  // units skipped between two pattern elements (default 4); an actor span counts as one unit
	MaxNPGap    int  // tokens skipped inside a noun or prepositional phrase (default 2)
	NoHeadCheck bool // let a pattern noun match a noun that modifies another ("aid" in "aid workers")
	ExactWords  bool // pattern words match the word as written only, not its lemma (PETRARCH)
}

// Default option values.
const (
	DefaultWindow   = 12
	DefaultMaxGap   = 4
	DefaultMaxNPGap = 2
)

func (o Options) withDefaults() Options {
	if o.Window <= 0 {
		o.Window = DefaultWindow
	}
	if o.MaxGap <= 0 {
		o.MaxGap = DefaultMaxGap
	}
	if o.MaxNPGap <= 0 {
		o.MaxNPGap = DefaultMaxNPGap
	}
	return o
}

// Match is the coding a verb gets from the dictionary.
type Match struct {
	Verb    *Verb    // the verb entry that matched (a multiword entry when its words are present)
	Pattern *Pattern // the pattern that matched; nil when none did and Code is the verb's
	Code    Code     // Pattern.Code, else Verb.Code; may be null ("---": no event)

	// Actor indexes (into Query.Actors) bound by the pattern's slots, -1
	// (nil) when the pattern has no such slot. With no slots the coder finds
	// source and target syntactically (subject, object, "by" agent…).
	Source int // '$'
	Target int // '+'
	// Compound holds the actors of a '%' slot: a compound actor ("Iran and
	// Iraq") whose members are each source and target ("[030:030]": they
	// agree with each other). One span containing a conjunction, or
	// several spans joined by and/or/commas.
	Compound []int

	Tokens      []int // positions matched: the verb, its particles and the pattern's words, sorted
	Specificity int   // verb particles + pattern words matched + slots filled
	Gaps        int   // tokens skipped between pattern elements
}

// Match returns the best coding of the verb at q.Verb: the most specific
// matching pattern (most words matched, then fewest skipped tokens, then
// the first in the file) among the patterns of every block the verb belongs
// to; when no pattern matches, the verb's own code. ok is false when the
// verb is not in the dictionary (no entry for its lemma or surface form, or
// only multiword entries whose other words are missing) or q.Verb is out of
// range.
//
// The verb is looked up by Tokens[Verb].Lemma, then by its surface form
// (Lemmas). Multiword verbs need their other words: pre-words directly
// before the verb, post-words (particles) after it, the first within
// MaxNPGap tokens ("called the talks off").
func (d *Dictionary) Match(q Query, opt Options) (Match, bool) {
	all := d.candidates(q, opt, true)
	if len(all) == 0 {
		return Match{Source: -1, Target: -1}, false
	}
	return all[0], true
}

// Candidates returns every pattern that matches, best first, followed by
// the verb-only coding of each verb entry that matched (Pattern == nil).
// Use it when the first choice of Match must be checked against syntax.
func (d *Dictionary) Candidates(q Query, opt Options) []Match {
	return d.candidates(q, opt, false)
}

func (d *Dictionary) candidates(q Query, opt Options, bestOnly bool) []Match {
	if q.Verb < 0 || q.Verb >= len(q.Tokens) {
		return nil
	}
	entries := d.verbEntries(q.Tokens[q.Verb], opt.ExactWords)
	if len(entries) == 0 {
		return nil // most verbs of a sentence are not in the dictionary: no matcher built
	}
	m := newMatcher(q, opt.withDefaults())
	var verbs []verbHit
	for _, v := range entries {
		if h, ok := m.verbAt(v); ok {
			verbs = append(verbs, h)
		}
	}
	if len(verbs) == 0 {
		return nil
	}
	var out []Match
	type visit struct {
		b           *Block
		left, right int
	}
	done := map[visit]bool{}
	for _, h := range verbs {
		k := visit{h.v.Block, h.left, h.right}
		if done[k] { // the same block reached twice (a verb listed twice)
			continue
		}
		done[k] = true
		for _, p := range h.v.Block.Patterns {
			if mt, ok := m.pattern(p, h); ok {
				out = append(out, mt)
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return better(out[i], out[j]) })
	// Verb-only codings: most particles first, then file order.
	var plain []Match
	for _, h := range verbs {
		plain = append(plain, Match{
			Verb: h.v, Code: h.v.Code, Source: -1, Target: -1,
			Tokens: sortedInts(h.pos), Specificity: len(h.pos) - 1,
		})
	}
	sort.SliceStable(plain, func(i, j int) bool { return plain[i].Specificity > plain[j].Specificity })
	out = append(out, plain...)
	if bestOnly {
		// Only the first result is used; keep the slice short.
		return out[:1]
	}
	return out
}

// better orders pattern matches: more specific, fewer gaps, earlier line.
func better(a, b Match) bool {
	if a.Specificity != b.Specificity {
		return a.Specificity > b.Specificity
	}
	if a.Gaps != b.Gaps {
		return a.Gaps < b.Gaps
	}
	return a.Pattern.Line < b.Pattern.Line
}

func sortedInts(a []int) []int {
	out := append([]int(nil), a...)
	sort.Ints(out)
	return out
}

// verbEntries returns the dictionary verbs token t may be: those of its
// lemma, or of its surface form when the lemma has none; with exact
// (PETRARCH's reading, Options.ExactWords) those of a surface form the
// dictionary lists as a verb of its own come first ("LEFT", "MET", as
// PETRARCH looks verbs up by their surface form), where the pipeline trusts
// the lemma ("found", find's past, is no FOUND); else those whose inflected
// forms include it.
func (d *Dictionary) verbEntries(t Token, exact bool) []*Verb {
	w, l := strings.ToLower(t.Word), strings.ToLower(t.Lemma)
	if l == "" {
		l = w
	}
	entries := d.verbs[l]
	if w != l && len(d.verbs[w]) > 0 {
		if exact {
			// as written first, as PETRARCH matched
			entries = append(append([]*Verb(nil), d.verbs[w]...), entries...)
		} else if len(entries) == 0 {
			// the form's own entry only when the lemma has none: "found"
			// read as find's past is no FOUND (establish, 060)
			entries = d.verbs[w]
		}
	}
	if len(entries) == 0 || onlyMultiword(entries) {
		// "shot", lemmatised as itself, heads only +SHOT_DOWN: SHOOT,
		// whose forms include it, is a candidate too
		for _, f := range d.forms[w] {
			if f != l {
				entries = append(entries, d.verbs[f]...)
			}
		}
	}
	return entries
}

// onlyMultiword reports whether every verb of vs has words besides its
// head ("+SHOT_DOWN").
func onlyMultiword(vs []*Verb) bool {
	for _, v := range vs {
		if len(v.Pre) == 0 && len(v.Post) == 0 {
			return false
		}
	}
	return true
}

// matcher holds one query, normalised.
type matcher struct {
	q      Query
	opt    Options
	word   []string
	lemma  []string
	pos    []string
	spanAt []int       // token → actor index covering it, -1
	starts map[int]int // token → actor starting there
	ends   map[int]int // token → actor ending there (its last token)
	inWin  map[string]bool
	open   []bool // Query.Open as a set; nil when empty
	lo, hi int    // window bounds, inclusive
}

func newMatcher(q Query, opt Options) *matcher {
	n := len(q.Tokens)
	m := &matcher{q: q, opt: opt, word: make([]string, n), lemma: make([]string, n), pos: make([]string, n),
		spanAt: make([]int, n), starts: make(map[int]int, len(q.Actors)), ends: make(map[int]int, len(q.Actors)),
		inWin: make(map[string]bool, 2*min(n, 2*opt.Window+1))}
	for i, t := range q.Tokens {
		m.word[i] = strings.ToLower(t.Word)
		m.lemma[i] = strings.ToLower(t.Lemma)
		m.pos[i] = strings.ToUpper(t.POS)
		m.spanAt[i] = -1
	}
	for a, s := range q.Actors {
		if s.Start < 0 || s.End > n || s.Start >= s.End {
			continue
		}
		if _, dup := m.starts[s.Start]; !dup {
			m.starts[s.Start] = a
		}
		if _, dup := m.ends[s.End-1]; !dup {
			m.ends[s.End-1] = a
		}
		for i := s.Start; i < s.End; i++ {
			if m.spanAt[i] < 0 {
				m.spanAt[i] = a
			}
		}
	}
	if len(q.Open) > 0 {
		m.open = make([]bool, n)
		for _, p := range q.Open {
			if p >= 0 && p < n {
				m.open[p] = true
			}
		}
	}
	m.lo, m.hi = max(0, q.Verb-opt.Window), min(n-1, q.Verb+opt.Window)
	for i := m.lo; i <= m.hi; i++ {
		m.inWin[m.word[i]] = true
		m.inWin[m.lemma[i]] = true
	}
	if m.lemma[q.Verb] == "" {
		m.lemma[q.Verb] = m.word[q.Verb]
	}
	return m
}

// verbHit is a verb entry found at the query's verb.
type verbHit struct {
	v           *Verb
	pos         []int // verb and particle positions
	left, right int   // outermost positions used by the verb
}

// verbAt checks the other words of a multiword verb.
func (m *matcher) verbAt(v *Verb) (verbHit, bool) {
	h := verbHit{v: v, pos: []int{m.q.Verb}, left: m.q.Verb, right: m.q.Verb}
	for k := len(v.Pre) - 1; k >= 0; k-- {
		p := h.left - 1
		if p < 0 || !m.is(p, v.Pre[k]) {
			return h, false
		}
		h.pos = append(h.pos, p)
		h.left = p
	}
	for k, w := range v.Post {
		p, found := h.right+1, false
		limit := 0
		if k == 0 {
			limit = m.opt.MaxNPGap
		}
		for skipped := 0; p < len(m.word) && skipped <= limit; skipped++ {
			if m.is(p, w) {
				found = true
				break
			}
			if m.barrier(p, +1, gapNP) {
				break
			}
			p++
		}
		if !found {
			return h, false
		}
		h.pos = append(h.pos, p)
		h.right = p
	}
	return h, true
}

// is reports whether token p is w (word or lemma).
func (m *matcher) is(p int, w string) bool {
	return m.word[p] == w || m.lemma[p] == w && !m.opt.ExactWords
}
