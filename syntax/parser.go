package syntax

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"sort"
	"sync"
)

// atomRoot is the word and tag atom of the artificial root:
// hashString("<root>") (TestAtoms checks this).
const atomRoot uint64 = 0x426b43668313948b

// parser is a greedy arc-eager dependency parser with an averaged
// perceptron over joint (transition, label) classes.
type parser struct {
	labels    []string
	rootLabel int
	weights   *weightTable
	tagAtoms  []uint64 // atom of each tagger class in parser features
	other     int      // label for extra headless words (arc-eager)
}

// newParser returns an untrained parser over labels.
func newParser(labels []string, tagAtoms []uint64) (*parser, error) {
	p := &parser{labels: labels, rootLabel: -1, other: -1, tagAtoms: tagAtoms}
	for i, l := range labels {
		switch l {
		case "root":
			p.rootLabel = i
		case "parataxis":
			p.other = i
		}
	}
	if p.rootLabel < 0 {
		return nil, fmt.Errorf("%w: no %q label", ErrBadModel, "root")
	}
	if p.other < 0 {
		p.other = (p.rootLabel + 1) % len(labels)
	}
	return p, nil
}

// parserTagAtoms returns the atoms the parser uses for the tagger classes
// (the joint UPOS+XPOS class).
func parserTagAtoms(classes []tagClass) []uint64 {
	out := make([]uint64, len(classes))
	for i := range classes {
		out[i] = uint64(i) + 1
	}
	return out
}

func (p *parser) nClasses() int { return 2 + 2*len(p.labels) }

// parseScratch holds the reusable per-sentence state of the parser.
type parseScratch struct {
	st     pstate
	words  []uint64
	tags   []uint64
	sufs   []uint64 // three-letter suffixes
	keys   []uint64
	acc    accum
	scores [256]int32 // by scoring index
}

// setAtoms fills sc.words and sc.tags for a sentence with word atoms at and
// predicted tags.
func (sc *parseScratch) setAtoms(at []tokAtoms, tags []int32, tagAtoms []uint64) {
	n := len(at)
	sc.words = resize64(sc.words, n+1)
	sc.tags = resize64(sc.tags, n+1)
	sc.sufs = resize64(sc.sufs, n+1)
	sc.words[0], sc.tags[0], sc.sufs[0] = atomRoot, atomRoot, atomRoot
	for i := range at {
		sc.words[i+1] = at[i].lower
		sc.tags[i+1] = tagAtoms[tags[i]]
		sc.sufs[i+1] = at[i].suf[2]
	}
}

// parse fills heads and labels (indexed 1..n; 0 = root head) for the
// sentence whose atoms are in sc. The weights must be in scoreOrder.
func (p *parser) parse(sc *parseScratch) {
	n := len(sc.words) - 1
	st := &sc.st
	st.reset(n)
	all := denseWords(p.nClasses())
	noLeft := denseWords(2 + len(p.labels))
	rootOnly := denseWords(3 + p.rootLabel)
	for !st.terminal() {
		// Only the classes valid in the state are scored (as a prefix of the
		// scoring order; see scoreOrder and best).
		s0 := st.stack[len(st.stack)-1]
		words := all
		switch {
		case s0 == 0 && st.nr[0] > 0:
			st.apply(actShift, -1) // the only valid transition
			continue
		case s0 == 0:
			words = rootOnly
		case st.head[s0] >= 0:
			words = noLeft
		}
		sc.keys = parseFeatures(sc.keys[:0], st, sc)
		p.weights.score(sc.keys, &sc.acc, &sc.scores, words)
		act, l := actionOf(p.best(st, &sc.scores))
		st.apply(act, l)
	}
	st.finish(p.rootLabel, p.other)
}

// scoreOrder returns the scoring index of every class: SHIFT, REDUCE, then
// RIGHT-l for every label, then LEFT-l. A state whose stack top has a head
// (or is the root) allows no LEFT transition, so only the first
// 2+len(labels) scoring indexes are needed there.
func (p *parser) scoreOrder() []uint8 {
	nl := len(p.labels)
	order := make([]uint8, p.nClasses())
	for c := range order {
		switch act, l := actionOf(c); act {
		case actShift, actReduce:
			order[c] = uint8(act)
		case actRight:
			order[c] = uint8(2 + l)
		default:
			order[c] = uint8(2 + nl + l)
		}
	}
	return order
}

// best returns the valid class with the highest score in a non-terminal
// state, the first in class order on ties; scores are by scoring index.
func (p *parser) best(st *pstate, scores *[256]int32) int {
	s0 := st.stack[len(st.stack)-1]
	nl, root := len(p.labels), p.rootLabel
	best, bestScore := classOf(actShift, -1), scores[0]
	if s0 == 0 {
		if st.nr[0] == 0 && scores[uint8(2+root)] > bestScore {
			best = classOf(actRight, root)
		}
		return best
	}
	if st.head[s0] >= 0 {
		if scores[1] > bestScore {
			best, bestScore = classOf(actReduce, -1), scores[1]
		}
		for l := 0; l < nl; l++ {
			if sco := scores[uint8(2+l)]; l != root && sco > bestScore {
				best, bestScore = classOf(actRight, l), sco
			}
		}
		return best
	}
	for l := 0; l < nl; l++ {
		if l == root {
			continue
		}
		if sco := scores[uint8(2+nl+l)]; sco > bestScore {
			best, bestScore = classOf(actLeft, l), sco
		}
		if sco := scores[uint8(2+l)]; sco > bestScore {
			best, bestScore = classOf(actRight, l), sco
		}
	}
	return best
}

// parserExample is one training sentence for the parser.
type parserExample struct {
	at     []tokAtoms
	tags   []int32 // predicted (jackknifed) tags
	heads  []int32 // projectivised gold heads, 1..n (index 0 unused)
	labels []int32 // gold labels, 1..n
	deps   [][]int32
}

// parserTrainOptions configures parser training.
type parserTrainOptions struct {
	iters         int
	exploreFrom   int     // first epoch (0-based) that follows model predictions
	exploreProb   float64 // probability of following a wrong prediction
	seed          uint64
	prune         float64
	log           *slog.Logger
	onEpochFrozen func(epoch int, p *parser, w *perceptron) // optional, for dev evaluation
	ensemble      int                                       // number of parsers whose weights are averaged
	workers       int                                       // parsers trained in parallel
}

// trainParser trains a parser with a dynamic oracle.
//
// With o.ensemble > 1 it trains that many parsers with different seeds
// (o.workers at a time) and averages their weights.
func trainParser(ctx context.Context, data []parserExample, labels []string, tagAtoms []uint64, o parserTrainOptions) (*parser, error) {
	k := max(o.ensemble, 1)
	ps := make([]*perceptron, k)
	errs := make([]error, k)
	var p *parser
	sem := make(chan struct{}, max(o.workers, 1))
	var wg sync.WaitGroup
	for i := 0; i < k; i++ {
		wg.Add(1)
		sem <- struct{}{}
		go func(i int) {
			defer wg.Done()
			defer func() { <-sem }()
			oi := o
			oi.seed = o.seed + uint64(i)
			if i > 0 {
				oi.onEpochFrozen = nil
			}
			var pi *parser
			pi, ps[i], errs[i] = trainParserOnce(ctx, data, labels, tagAtoms, oi)
			if i == 0 {
				p = pi
			}
		}(i)
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	p.weights = freezeAverage(ps, o.prune)
	return p, nil
}

// trainParserOnce trains one parser and returns it with its perceptron.
func trainParserOnce(ctx context.Context, data []parserExample, labels []string, tagAtoms []uint64, o parserTrainOptions) (*parser, *perceptron, error) {
	p, err := newParser(labels, tagAtoms)
	if err != nil {
		return nil, nil, fmt.Errorf("training parser: %w", err)
	}
	nc := p.nClasses()
	w := newPerceptron(nc)
	rng := rand.New(rand.NewPCG(o.seed, 0x7061727365720000))
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	var sc parseScratch
	scores := make([]int32, nc)
	costs := make([]int, nc)
	for it := 0; it < o.iters; it++ {
		if err := ctx.Err(); err != nil {
			return nil, nil, fmt.Errorf("training parser: %w", err)
		}
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		correct, total, arcs, arcsOK := 0, 0, 0, 0
		for _, ei := range order {
			ex := &data[ei]
			n := len(ex.at)
			sc.setAtoms(ex.at, ex.tags, p.tagAtoms)
			st := &sc.st
			st.reset(n)
			for !st.terminal() {
				sc.keys = parseFeatures(sc.keys[:0], st, &sc)
				w.score(sc.keys, scores)
				eagerCosts(st, ex, p.rootLabel, costs)
				pred, gold := -1, -1
				for c := range costs {
					if costs[c] < 0 {
						continue
					}
					if pred < 0 || scores[c] > scores[pred] {
						pred = c
					}
					if gold < 0 || costs[c] < costs[gold] || (costs[c] == costs[gold] && scores[c] > scores[gold]) {
						gold = c
					}
				}
				w.tick()
				total++
				if costs[pred] > costs[gold] {
					w.update(sc.keys, gold, pred)
				} else {
					correct++
				}
				next := gold
				if it >= o.exploreFrom && pred != gold && rng.Float64() < o.exploreProb {
					next = pred
				}
				act, l := actionOf(next)
				st.apply(act, l)
			}
			st.finish(p.rootLabel, p.other)
			for i := 1; i <= n; i++ {
				arcs++
				if st.head[i] == ex.heads[i] {
					arcsOK++
				}
			}
		}
		if o.log != nil {
			o.log.Info("parser epoch", "seed", o.seed, "iter", it+1,
				"train_transition_acc", fmt.Sprintf("%.2f", 100*float64(correct)/float64(max(total, 1))),
				"train_uas", fmt.Sprintf("%.2f", 100*float64(arcsOK)/float64(max(arcs, 1))),
				"features", len(w.rows))
		}
		if o.onEpochFrozen != nil {
			p.weights = w.freeze(o.prune)
			o.onEpochFrozen(it+1, p, w)
		}
	}
	return p, w, nil
}

// projectivize returns heads (1..n, index 0 unused) with non-projective
// arcs lifted: repeatedly, the shortest non-projective arc h->d is replaced
// by head(h)->d, keeping its label, until the tree is projective.
func projectivize(heads []int32) []int32 {
	h := append([]int32(nil), heads...)
	n := int32(len(h) - 1)
	dominates := func(a, k int32) bool {
		for steps := int32(0); k != 0 && steps <= n; steps++ {
			if k == a {
				return true
			}
			k = h[k]
		}
		return a == 0 || k == a
	}
	for {
		bestD, bestLen := int32(-1), int32(0)
		for d := int32(1); d <= n; d++ {
			hd := h[d]
			lo, hi := min(hd, d), max(hd, d)
			for k := lo + 1; k < hi; k++ {
				if !dominates(hd, k) {
					if bestD < 0 || hi-lo < bestLen {
						bestD, bestLen = d, hi-lo
					}
					break
				}
			}
		}
		if bestD < 0 {
			return h
		}
		h[bestD] = h[h[bestD]]
	}
}

// isTree reports whether heads (1..n) form a tree rooted at 0 with exactly
// one root word.
func isTree(heads []int32) bool {
	n := int32(len(heads) - 1)
	roots := 0
	for d := int32(1); d <= n; d++ {
		if heads[d] < 0 || heads[d] > n || heads[d] == d {
			return false
		}
		if heads[d] == 0 {
			roots++
		}
		k, steps := d, int32(0)
		for k != 0 {
			k = heads[k]
			steps++
			if steps > n {
				return false
			}
		}
	}
	return roots == 1
}

// labelSet returns the sorted set of dependency labels of sents.
func labelSet(sents []*TreebankSentence) []string {
	seen := map[string]bool{}
	for _, s := range sents {
		for _, w := range s.Words {
			seen[w.Deprel] = true
		}
	}
	out := make([]string, 0, len(seen))
	for l := range seen {
		out = append(out, l)
	}
	sort.Strings(out)
	return out
}
