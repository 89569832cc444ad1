package syntax

import (
	"math"
	"sort"
)

// trainEntry is the weight of one feature for one class during training,
// with the bookkeeping needed for lazy weight averaging.
type trainEntry struct {
	class int32
	w     int32
	total int64 // sum of w over all past instances up to stamp
	stamp int64 // instance count at the last change of w
}

// perceptron is a multi-class averaged perceptron over hashed sparse
// features. Rows are created only when a feature is first updated, and are
// kept in creation order so that freezing is deterministic.
type perceptron struct {
	nClasses int
	index    map[uint64]int32
	keys     []uint64
	rows     [][]trainEntry
	now      int64
}

func newPerceptron(nClasses int) *perceptron {
	return &perceptron{nClasses: nClasses, index: make(map[uint64]int32, 1<<16)}
}

// score sets scores[c] to the current (non-averaged) score of class c.
func (p *perceptron) score(keys []uint64, scores []int32) {
	for i := range scores {
		scores[i] = 0
	}
	for _, k := range keys {
		r, ok := p.index[k]
		if !ok {
			continue
		}
		for _, e := range p.rows[r] {
			scores[e.class] += e.w
		}
	}
}

// tick advances the instance counter; call it once per training instance.
func (p *perceptron) tick() { p.now++ }

// update adds 1 to the weights of gold and subtracts 1 from those of pred
// for every feature in keys.
func (p *perceptron) update(keys []uint64, gold, pred int) {
	if gold == pred {
		return
	}
	for _, k := range keys {
		r, ok := p.index[k]
		if !ok {
			r = int32(len(p.rows))
			p.index[k] = r
			p.keys = append(p.keys, k)
			p.rows = append(p.rows, make([]trainEntry, 0, 2))
		}
		p.bump(r, int32(gold), 1)
		p.bump(r, int32(pred), -1)
	}
}

func (p *perceptron) bump(r int32, class int32, delta int32) {
	row := p.rows[r]
	for i := range row {
		e := &row[i]
		if e.class == class {
			e.total += int64(e.w) * (p.now - e.stamp)
			e.stamp = p.now
			e.w += delta
			return
		}
	}
	p.rows[r] = append(row, trainEntry{class: class, w: delta, stamp: p.now})
}

// avg returns the averaged weight of e.
func (p *perceptron) avg(e trainEntry) float64 {
	if p.now == 0 {
		return 0
	}
	return float64(e.total+int64(e.w)*(p.now-e.stamp)) / float64(p.now)
}

// freeze returns the averaged weights as a compact read-only table; see
// freezeRows.
func (p *perceptron) freeze(prune float64) *weightTable {
	return freezeAverage([]*perceptron{p}, prune)
}

// classWeight is one real-valued weight of a feature row.
type classWeight struct {
	class int32
	w     float64
}

// freezeAverage returns the mean of the averaged weights of several
// perceptrons over the same classes (parameter averaging of models trained
// with different seeds) as a compact read-only table. Rows are merged in
// the order the features were first seen, so the result is deterministic.
func freezeAverage(ps []*perceptron, prune float64) *weightTable {
	index := make(map[uint64]int32, len(ps[0].rows))
	var keys []uint64
	var rows [][]classWeight
	scale := 1 / float64(len(ps))
	for _, p := range ps {
		for i, row := range p.rows {
			r, ok := index[p.keys[i]]
			if !ok {
				r = int32(len(rows))
				index[p.keys[i]] = r
				keys = append(keys, p.keys[i])
				rows = append(rows, nil)
			}
		next:
			for _, e := range row {
				a := p.avg(e) * scale
				for j := range rows[r] {
					if rows[r][j].class == e.class {
						rows[r][j].w += a
						continue next
					}
				}
				rows[r] = append(rows[r], classWeight{e.class, a})
			}
		}
	}
	return freezeRows(ps[0].nClasses, keys, rows, prune)
}

// freezeRows builds a weight table. Weights whose magnitude is below prune
// are dropped (most averaged weights are tiny: features updated rarely and
// late); the rest are quantised to int16 with one scale per table (the
// scale does not change the arg-max, so it is kept only for reporting).
func freezeRows(nClasses int, keys []uint64, rows [][]classWeight, prune float64) *weightTable {
	maxAbs := 0.0
	for _, row := range rows {
		for _, e := range row {
			maxAbs = max(maxAbs, math.Abs(e.w))
		}
	}
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	type qrow struct {
		key     uint64
		entries []uint32
	}
	kept := make([]qrow, 0, len(rows))
	for i, row := range rows {
		var es []uint32
		for _, e := range row {
			q := math.Round(e.w / scale)
			if math.Abs(e.w) < prune || q == 0 {
				continue
			}
			es = append(es, packEntry(int(e.class), int16(q)))
		}
		if len(es) == 0 {
			continue
		}
		sort.Slice(es, func(a, b int) bool { return es[a] < es[b] })
		kept = append(kept, qrow{key: keys[i], entries: es})
	}
	b := newTableBuilder(nClasses, len(kept), float32(scale))
	for _, r := range kept {
		b.add(r.key, r.entries)
	}
	return b.build()
}

// packEntry packs a class and a quantised weight into one uint32.
func packEntry(class int, w int16) uint32 { return uint32(class)<<16 | uint32(uint16(w)) }
