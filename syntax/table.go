package syntax

import (
	"encoding/binary"
	"slices"
)

// A weightTable maps hashed feature keys to sparse rows of quantised class
// weights, each entry packing the scoring index of a class (see order)
// <<16 and an int16 weight. It is an open-addressing hash table with
// linear probing whose slots hold a 24-bit key fingerprint and the row
// length. Short rows are stored in their slot, so that reading them costs
// no second memory access; longer rows are stored contiguously in slot
// order in entries, and rows with many entries also as dense rows, which
// are faster to add (see score.go). A weightTable is read-only after
// construction (and setOrder).
//
// The class of an entry is stored as its scoring index, order[class] (the
// identity when order is nil): the parser orders its classes so that the
// classes valid in a state form a prefix, and scores only that prefix of
// dense rows.
type weightTable struct {
	nClasses int
	scale    float32 // real weight = quantised weight * scale
	mask     uint64
	slots    []slot
	entries  []uint32 // rows longer than inlineMax, in slot order
	order    []uint8  // scoring index of each class; nil = identity
	dense    []uint64 // dense rows of denseWords(nClasses) words, see packDense
}

// slot is one cell of a weightTable.
type slot struct {
	meta uint32 // fingerprint<<8 | row length; 0 = empty slot
	// A row of at most inlineMax entries has its scoring indexes in the
	// bytes of cls and its weights in the 16-bit quarters of ws (unused
	// ones 0). Of a longer row, cls is the offset in entries, and ws is
	// denseFlag|its number for a dense row, else 0.
	cls uint32
	ws  uint64
}

// inlineMax is the longest row stored in its slot.
const inlineMax = 4

// denseFlag marks a slot whose row is stored in weightTable.dense.
const denseFlag = 1 << 63

// denseMin is the share of the classes from which a row is stored dense:
// rows with at least nClasses/denseMin entries.
const denseMin = 9

// fingerprint returns the 24 key bits stored in a slot, shifted into place.
func fingerprint(key uint64) uint32 { return uint32(key>>40) << 8 }

// compile stores the rows, given as the classes (not scoring indexes) and
// the little-endian int16 weights of all their entries in slot order (the
// model file's layout), in the slots, entries and dense rows.
func (t *weightTable) compile(classes, weights []byte) {
	words := denseWords(t.nClasses)
	nEntries, nDense := 0, 0
	for _, sl := range t.slots {
		if n := int(sl.meta & 0xff); n > inlineMax {
			nEntries += n
			if words > 0 && n*denseMin >= t.nClasses {
				nDense++
			}
		}
	}
	t.entries = make([]uint32, 0, nEntries)
	t.dense = make([]uint64, 0, nDense*words)
	index := t.classIndexes()
	off := 0
	for i := range t.slots {
		sl := &t.slots[i]
		n := int(sl.meta & 0xff)
		if n == 0 {
			continue // cls and ws of an empty slot stay 0
		}
		sl.cls, sl.ws = 0, 0
		if n <= inlineMax {
			for k := 0; k < n; k++ {
				sl.cls |= uint32(index[classes[off+k]]) << (8 * k)
				sl.ws |= uint64(binary.LittleEndian.Uint16(weights[2*(off+k):])) << (16 * k)
			}
			off += n
			continue
		}
		start := len(t.entries)
		for k := off; k < off+n; k++ {
			t.entries = append(t.entries, uint32(index[classes[k]])<<16|uint32(binary.LittleEndian.Uint16(weights[2*k:])))
		}
		off += n
		sl.cls = uint32(start)
		if words == 0 || n*denseMin < t.nClasses {
			continue
		}
		var ok bool
		if t.dense, ok = packDense(t.dense, words, t.entries[start:]); ok {
			sl.ws = denseFlag | uint64(len(t.dense)/words-1)
		}
	}
}

// rows returns the classes and the little-endian weights of the entries
// of all rows in slot order (the arguments of compile).
func (t *weightTable) rows() (classes, weights []byte) {
	n := t.numEntries()
	classes, weights = make([]byte, 0, n), make([]byte, 0, 2*n)
	class := t.indexClasses()
	for _, sl := range t.slots {
		n := int(sl.meta & 0xff)
		if n > inlineMax {
			for _, e := range t.entries[sl.cls : int(sl.cls)+n] {
				classes = append(classes, class[uint8(e>>16)])
				weights = binary.LittleEndian.AppendUint16(weights, uint16(e))
			}
			continue
		}
		for k := 0; k < n; k++ {
			classes = append(classes, class[uint8(sl.cls>>(8*k))])
			weights = binary.LittleEndian.AppendUint16(weights, uint16(sl.ws>>(16*k)))
		}
	}
	return classes, weights
}

// setOrder changes the scoring index of every class to order[class] (a
// permutation of the classes).
func (t *weightTable) setOrder(order []uint8) {
	if slices.Equal(t.order, order) {
		return
	}
	classes, weights := t.rows()
	t.order = order
	t.compile(classes, weights)
}

// classIndexes returns the scoring index of each class (order, or the
// identity), for any byte.
func (t *weightTable) classIndexes() []uint8 {
	index := make([]uint8, 256)
	for c := range index {
		index[c] = uint8(c)
	}
	copy(index, t.order)
	return index
}

// indexClasses returns the class of each scoring index (the inverse of
// order).
func (t *weightTable) indexClasses() []uint8 {
	from := make([]uint8, 256)
	for c := 0; c < t.nClasses; c++ {
		idx := c
		if t.order != nil {
			idx = int(t.order[c])
		}
		from[idx] = uint8(c)
	}
	return from
}

// numRows returns the number of stored feature rows.
func (t *weightTable) numRows() int {
	n := 0
	for _, s := range t.slots {
		if s.meta != 0 {
			n++
		}
	}
	return n
}

// numEntries returns the number of stored weights.
func (t *weightTable) numEntries() int {
	n := 0
	for _, s := range t.slots {
		n += int(s.meta & 0xff)
	}
	return n
}

// tableBuilder collects rows before laying them out in a weightTable.
type tableBuilder struct {
	t    *weightTable
	rows [][]uint32
}

func newTableBuilder(nClasses, nRows int, scale float32) *tableBuilder {
	size := 16
	for size < nRows*10/7+1 {
		size <<= 1
	}
	t := &weightTable{
		nClasses: nClasses,
		scale:    scale,
		mask:     uint64(size - 1),
	}
	t.setSlots(size)
	return &tableBuilder{t: t, rows: make([][]uint32, size)}
}

// add inserts a row; a key whose slot chain already holds the same
// fingerprint is dropped (a vanishingly rare 24-bit collision).
func (b *tableBuilder) add(key uint64, entries []uint32) {
	if len(entries) == 0 {
		return
	}
	if len(entries) > 255 {
		entries = entries[:255]
	}
	t := b.t
	fp := fingerprint(key)
	i := key & t.mask
	for t.slots[i].meta != 0 {
		if t.slots[i].meta&^0xff == fp {
			return
		}
		i = (i + 1) & t.mask
	}
	t.slots[i].meta = fp | uint32(len(entries))
	b.rows[i] = entries
}

func (b *tableBuilder) build() *weightTable {
	var classes, weights []byte
	for _, r := range b.rows {
		for _, e := range r {
			classes = append(classes, byte(e>>16))
			weights = binary.LittleEndian.AppendUint16(weights, uint16(e))
		}
	}
	b.t.compile(classes, weights)
	return b.t
}
