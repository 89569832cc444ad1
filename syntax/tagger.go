package syntax

import (
	"context"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"sort"
	"strings"
)

// tagClass is one joint tag: a UPOS and a Penn Treebank XPOS.
type tagClass struct {
	UPOS, XPOS string
}

// tagger is a greedy left-to-right averaged-perceptron tagger over joint
// UPOS+XPOS classes.
type tagger struct {
	classes []tagClass
	weights *weightTable
	fixed   *u64map // hash of exact form -> class, for frequent unambiguous words
	amb     *u64map // hash of lower-cased form -> ambiguity class atom
}

// prepare computes the atoms of words into at (len(at) == len(words)),
// reading a sentence in headline case as if it were in sentence case (see
// foldHeadline).
func (t *tagger) prepare(words []string, at []tokAtoms, buf []byte) []byte {
	buf = t.prepareWith(t.amb, words, at, buf)
	return t.foldHeadline(words, at, buf)
}

// prepareWith is prepare with a given ambiguity-class dictionary.
func (t *tagger) prepareWith(amb *u64map, words []string, at []tokAtoms, buf []byte) []byte {
	for i, w := range words {
		buf = computeAtoms(&at[i], w, i, buf)
		if c, ok := t.fixed.get(at[i].form); ok {
			at[i].fixed = int32(c)
		}
		if a, ok := amb.get(at[i].lower); ok {
			at[i].amb = uint64(a)
		}
	}
	setSentCase(at)
	return buf
}

// tag predicts tags[i] for every word given prepared atoms, using a and
// scores as working memory.
func (t *tagger) tag(at []tokAtoms, tags []int32, keys []uint64, a *accum, scores *[256]int32) []uint64 {
	nc := len(t.classes)
	words := denseWords(nc)
	for i := range at {
		if at[i].fixed >= 0 {
			tags[i] = at[i].fixed
			continue
		}
		keys = tagFeatures(keys[:0], at, tags, i)
		t.weights.score(keys, a, scores, words)
		tags[i] = int32(argmax(scores[:nc]))
		if at[i].lower == atomTo && i+1 < len(at) && at[i+1].fixed < 0 {
			keys = t.lookahead(at, tags, i, keys, a, scores)
		}
	}
	return keys
}

// atomTo is the lower-cased atom of "to".
var atomTo = hashString("to")

// lookahead re-decides tags[i] between the two best classes of word i
// (scores holds its scores) by the score of the pair with the best tag of
// word i+1 given each. It is used for "to", which the greedy tagger must
// otherwise tag as a preposition or as the infinitive marker before it
// has seen whether the next word reads as a verb ("urged Israel to exercise
// restraint").
func (t *tagger) lookahead(at []tokAtoms, tags []int32, i int, keys []uint64, a *accum, scores *[256]int32) []uint64 {
	nc := len(t.classes)
	words := denseWords(nc)
	c1, c2 := top2(scores[:nc])
	s1, s2 := scores[c1], scores[c2]
	var next [2]int32
	for k, c := range [2]int{c1, c2} {
		tags[i] = int32(c)
		keys = tagFeatures(keys[:0], at, tags, i+1)
		t.weights.score(keys, a, scores, words)
		next[k] = scores[argmax(scores[:nc])]
	}
	tags[i] = int32(c1)
	if s2+next[1] > s1+next[0] {
		tags[i] = int32(c2)
	}
	return keys
}

// top2 returns the indexes of the largest and the second largest score
// (the first on ties).
func top2(scores []int32) (best, second int) {
	best, second = 0, 1
	if scores[1] > scores[0] {
		best, second = 1, 0
	}
	for i := 2; i < len(scores); i++ {
		switch {
		case scores[i] > scores[best]:
			best, second = i, best
		case scores[i] > scores[second]:
			second = i
		}
	}
	return best, second
}

// argmax returns the index of the largest score (the first on ties).
func argmax(scores []int32) int {
	best := 0
	for i, s := range scores {
		if s > scores[best] {
			best = i
		}
	}
	return best
}

// classSet indexes joint tag classes.
type classSet struct {
	list  []tagClass
	index map[tagClass]int32
}

// newClassSet collects the joint tags of sents in sorted order.
func newClassSet(sents []*TreebankSentence) *classSet {
	seen := map[tagClass]bool{}
	for _, s := range sents {
		for _, w := range s.Words {
			seen[tagClass{w.UPOS, w.XPOS}] = true
		}
	}
	cs := &classSet{index: map[tagClass]int32{}}
	for c := range seen {
		cs.list = append(cs.list, c)
	}
	sort.Slice(cs.list, func(i, j int) bool {
		if cs.list[i].UPOS != cs.list[j].UPOS {
			return cs.list[i].UPOS < cs.list[j].UPOS
		}
		return cs.list[i].XPOS < cs.list[j].XPOS
	})
	for i, c := range cs.list {
		cs.index[c] = int32(i)
	}
	return cs
}

// tagDictionaries builds the fixed-tag dictionary and the ambiguity classes
// from training sentences.
func tagDictionaries(sents []*TreebankSentence, cs *classSet) (fixed, amb *u64map) {
	type counts map[int32]int
	byForm := map[string]counts{}
	byLower := map[string]counts{}
	for _, s := range sents {
		for _, w := range s.Words {
			c := cs.index[tagClass{w.UPOS, w.XPOS}]
			if byForm[w.Form] == nil {
				byForm[w.Form] = counts{}
			}
			byForm[w.Form][c]++
			l := strings.ToLower(w.Form)
			if byLower[l] == nil {
				byLower[l] = counts{}
			}
			byLower[l][c]++
		}
	}
	forms := make([]string, 0, len(byForm))
	for f := range byForm {
		forms = append(forms, f)
	}
	sort.Strings(forms)
	fixed = newU64map(1024)
	for _, f := range forms {
		total, best, bestC := 0, 0, int32(-1)
		for c, n := range byForm[f] {
			total += n
			if n > best || (n == best && c < bestC) {
				best, bestC = n, c
			}
		}
		if total >= fixedMinCount && float64(best) >= fixedMinShare*float64(total) {
			fixed.put(hashString(f), uint32(bestC))
		}
	}
	lowers := make([]string, 0, len(byLower))
	for l := range byLower {
		lowers = append(lowers, l)
	}
	sort.Strings(lowers)
	amb = newU64map(len(lowers))
	for _, l := range lowers {
		total := 0
		for _, n := range byLower[l] {
			total += n
		}
		var set []int
		for c, n := range byLower[l] {
			if float64(n) >= 0.05*float64(total) {
				set = append(set, int(c))
			}
		}
		sort.Ints(set)
		amb.put(hashString(l), ambAtom(set))
	}
	return fixed, amb
}

// ambAtom returns the ambiguity-class atom of a sorted set of classes.
func ambAtom(set []int) uint32 {
	h := uint64(fnvOffset)
	for _, c := range set {
		h = mix(h, uint64(c)+1)
	}
	return uint32(finish(h))
}

// taggedSentence is a training sentence converted for the tagger.
type taggedSentence struct {
	words []string
	gold  []int32
}

// ambFolds is the number of folds used to jackknife ambiguity classes.
const ambFolds = 10

// tagTrainOptions configures tagger training.
type tagTrainOptions struct {
	iters int
	seed  uint64
	prune float64
	log   *slog.Logger
}

// trainTagger trains a tagger on sents.
func trainTagger(ctx context.Context, sents []*TreebankSentence, cs *classSet, o tagTrainOptions) (*tagger, error) {
	fixed, amb := tagDictionaries(sents, cs)
	t := &tagger{classes: cs.list, fixed: fixed, amb: amb}
	data := make([]taggedSentence, len(sents))
	for i, s := range sents {
		ts := taggedSentence{words: s.Forms(), gold: make([]int32, len(s.Words))}
		for j, w := range s.Words {
			ts.gold[j] = cs.index[tagClass{w.UPOS, w.XPOS}]
		}
		data[i] = ts
	}
	// Ambiguity classes seen in training come from the other folds of the
	// training data, so that the tagger learns to cope with rare and unseen
	// words as it will meet them at test time.
	ambs := make([]*u64map, ambFolds)
	for f := range ambs {
		var rest []*TreebankSentence
		for i, s := range sents {
			if i%ambFolds != f {
				rest = append(rest, s)
			}
		}
		_, ambs[f] = tagDictionaries(rest, cs)
	}
	var err error
	t.weights, err = t.trainWeights(ctx, data, ambs, o)
	return t, err
}

// tagWords tags one sentence, allocating its own scratch space.
func (t *tagger) tagWords(words []string) []int32 {
	at := make([]tokAtoms, len(words))
	tags := make([]int32, len(words))
	t.prepare(words, at, nil)
	t.tag(at, tags, nil, new(accum), new([256]int32))
	return tags
}

// trainWeights trains the tagger's weights.
func (t *tagger) trainWeights(ctx context.Context, data []taggedSentence, ambs []*u64map, o tagTrainOptions) (*weightTable, error) {
	p := newPerceptron(len(t.classes))
	rng := rand.New(rand.NewPCG(o.seed, 0x7461676765720000))
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	var (
		at     []tokAtoms
		tags   []int32
		keys   []uint64
		buf    []byte
		scores = make([]int32, len(t.classes))
	)
	for it := 0; it < o.iters; it++ {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("training tagger: %w", err)
		}
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		correct, total := 0, 0
		for _, si := range order {
			s := data[si]
			n := len(s.words)
			at = growAtoms(at, n)
			tags = growInt32(tags, n)
			buf = t.prepareWith(ambs[si%len(ambs)], s.words, at, buf)
			for i := 0; i < n; i++ {
				total++
				if at[i].fixed >= 0 {
					tags[i] = at[i].fixed
					if tags[i] == s.gold[i] {
						correct++
					}
					continue
				}
				keys = tagFeatures(keys[:0], at, tags, i)
				p.score(keys, scores)
				pred := int32(argmax(scores))
				p.tick()
				if pred != s.gold[i] {
					p.update(keys, int(s.gold[i]), int(pred))
				} else {
					correct++
				}
				tags[i] = pred
			}
		}
		if o.log != nil {
			o.log.Info("tagger epoch", "iter", it+1, "train_acc", fmt.Sprintf("%.2f", 100*float64(correct)/float64(max(total, 1))), "features", len(p.rows))
		}
	}
	return p.freeze(o.prune), nil
}

func growAtoms(a []tokAtoms, n int) []tokAtoms {
	if cap(a) < n {
		return make([]tokAtoms, n, n*2)
	}
	return a[:n]
}

func growInt32(a []int32, n int) []int32 {
	if cap(a) < n {
		return make([]int32, n, n*2)
	}
	return a[:n]
}

// A word goes into the tag dictionary when it occurs at least fixedMinCount
// times in training with one tag at least fixedMinShare of the time.
const (
	fixedMinCount = 20
	fixedMinShare = 0.995
)
