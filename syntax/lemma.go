package syntax

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// lemmaRule turns a form into a lemma: optionally lower-case the form,
// strip Strip bytes from its end and append Add.
type lemmaRule struct {
	Lower bool
	Strip int
	Add   string
}

// ruleFor returns the simplest rule that turns form into lemma; on a tie
// (a form without capitals) it lower-cases when preferLower is set.
func ruleFor(form, lemma string, preferLower bool) lemmaRule {
	best := lemmaRule{}
	bestCost := -1
	for _, lower := range []bool{preferLower, !preferLower} {
		base := form
		if lower {
			base = strings.ToLower(form)
		}
		p := 0
		for p < len(base) && p < len(lemma) && base[p] == lemma[p] {
			p++
		}
		for p > 0 && p < len(lemma) && !utf8.RuneStart(lemma[p]) {
			p--
		}
		r := lemmaRule{Lower: lower, Strip: len(base) - p, Add: lemma[p:]}
		cost := r.Strip + len(r.Add)
		if bestCost < 0 || cost < bestCost {
			best, bestCost = r, cost
		}
	}
	return best
}

// maxLemmaSuffix is the longest form suffix (in bytes) used by suffix rules.
const maxLemmaSuffix = 6

// lemmatizer maps (form, XPOS) to a lemma: an exception table learned from
// the treebank for known forms and suffix rules per XPOS for unknown ones.
type lemmatizer struct {
	strs   []string    // lemma strings and rule additions
	rules  []lemmaRule // distinct rules
	exact  *u64map     // hash(form, xpos) -> index into strs
	lower  *u64map     // hash(lower form, xpos) -> rule index
	suffix *u64map     // hash(lower-cased suffix, xpos, len) -> rule index
	known  *u64map     // hash of every lemma seen in training -> 1
}

func lemmaKey(h uint64, xpos string) uint64 { return finish(mix(h, hashString(xpos))) }

func suffixKey(suffix, xpos string) uint64 {
	return finish(mix(mix(hashString(suffix), hashString(xpos)), uint64(len(suffix))+1))
}

// trainLemmatizer learns the tables from sents.
func trainLemmatizer(sents []*TreebankSentence) *lemmatizer {
	type fx struct{ form, xpos string }
	exactCounts := map[fx]map[string]int{}
	lowerCounts := map[fx]map[lemmaRule]int{}
	suffixCounts := map[fx]map[lemmaRule]int{}
	type typeKey struct{ form, xpos, lemma string }
	seenTypes := map[typeKey]bool{}
	// Whether lemmas of capitalised words of each XPOS are lower-cased.
	lowered, kept := map[string]int{}, map[string]int{}
	for _, s := range sents {
		for _, w := range s.Words {
			if low := strings.ToLower(w.Form); low != w.Form {
				if strings.HasPrefix(w.Lemma, low[:1]) {
					lowered[w.XPOS]++
				} else {
					kept[w.XPOS]++
				}
			}
		}
	}
	for _, s := range sents {
		for _, w := range s.Words {
			if w.Lemma == "" || w.Lemma == "_" && w.Form != "_" {
				continue
			}
			k := fx{w.Form, w.XPOS}
			if exactCounts[k] == nil {
				exactCounts[k] = map[string]int{}
			}
			exactCounts[k][w.Lemma]++
			r := ruleFor(w.Form, w.Lemma, lowered[w.XPOS] > kept[w.XPOS])
			lk := fx{strings.ToLower(w.Form), w.XPOS}
			if lowerCounts[lk] == nil {
				lowerCounts[lk] = map[lemmaRule]int{}
			}
			lowerCounts[lk][r]++
			// Suffix rules count word types, not tokens, so that a few
			// frequent irregular words do not decide the rule of a suffix.
			if seenTypes[typeKey{w.Form, w.XPOS, w.Lemma}] {
				continue
			}
			seenTypes[typeKey{w.Form, w.XPOS, w.Lemma}] = true
			low := lk.form
			for n := 0; n <= maxLemmaSuffix && n <= len(low); n++ {
				if n > 0 && !utf8.RuneStart(low[len(low)-n]) {
					continue
				}
				if r.Strip > n && n < len(low) {
					continue // the rule depends on more than this suffix
				}
				sk := fx{low[len(low)-n:], w.XPOS}
				if suffixCounts[sk] == nil {
					suffixCounts[sk] = map[lemmaRule]int{}
				}
				suffixCounts[sk][r]++
			}
		}
	}
	lz := &lemmatizer{exact: newU64map(len(exactCounts)), lower: newU64map(len(lowerCounts)),
		suffix: newU64map(len(suffixCounts)), known: newU64map(len(exactCounts))}
	strIndex := map[string]uint32{}
	intern := func(s string) uint32 {
		if i, ok := strIndex[s]; ok {
			return i
		}
		strIndex[s] = uint32(len(lz.strs))
		lz.strs = append(lz.strs, s)
		return uint32(len(lz.strs) - 1)
	}
	ruleIndex := map[lemmaRule]uint32{}
	ruleID := func(r lemmaRule) uint32 {
		if i, ok := ruleIndex[r]; ok {
			return i
		}
		ruleIndex[r] = uint32(len(lz.rules))
		lz.rules = append(lz.rules, r)
		intern(r.Add)
		return uint32(len(lz.rules) - 1)
	}
	keys := make([]fx, 0, len(exactCounts))
	for k := range exactCounts {
		keys = append(keys, k)
	}
	sortFX := func(ks []fx) {
		sort.Slice(ks, func(i, j int) bool {
			if ks[i].form != ks[j].form {
				return ks[i].form < ks[j].form
			}
			return ks[i].xpos < ks[j].xpos
		})
	}
	sortFX(keys)
	for _, k := range keys {
		best, bestN := "", -1
		for l, n := range exactCounts[k] {
			if n > bestN || (n == bestN && l < best) {
				best, bestN = l, n
			}
		}
		lz.exact.put(lemmaKey(hashString(k.form), k.xpos), intern(best))
		for l := range exactCounts[k] {
			lz.known.put(hashString(l), 1)
		}
	}
	bestRule := func(m map[lemmaRule]int) (lemmaRule, int, int) {
		var best lemmaRule
		bestN, total := -1, 0
		for r, n := range m {
			total += n
			if n > bestN || (n == bestN && ruleLess(r, best)) {
				best, bestN = r, n
			}
		}
		return best, bestN, total
	}
	keys = keys[:0]
	for k := range lowerCounts {
		keys = append(keys, k)
	}
	sortFX(keys)
	for _, k := range keys {
		r, _, _ := bestRule(lowerCounts[k])
		lz.lower.put(lemmaKey(hashString(k.form), k.xpos), ruleID(r))
	}
	keys = keys[:0]
	for k := range suffixCounts {
		keys = append(keys, k)
	}
	sortFX(keys)
	for _, k := range keys {
		r, _, total := bestRule(suffixCounts[k])
		if total < 2 && len(k.form) > 0 {
			continue // a single example says little about a suffix
		}
		lz.suffix.put(suffixKey(k.form, k.xpos), ruleID(r))
	}
	return lz
}

func ruleLess(a, b lemmaRule) bool {
	if a.Lower != b.Lower {
		return a.Lower
	}
	if a.Strip != b.Strip {
		return a.Strip < b.Strip
	}
	return a.Add < b.Add
}
