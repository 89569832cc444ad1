package syntax

// A weightTable maps hashed feature keys to sparse rows of quantised class
// weights. It is an open-addressing hash table with linear probing whose
// slots hold a 24-bit key fingerprint and the row length; rows are stored
// contiguously in slot order in entries, each entry packing class<<16 and an
// int16 weight. Rows with many entries are also kept as dense int16 vectors,
// which are faster to add. A weightTable is read-only after construction.
type weightTable struct {
	nClasses int
	scale    float32 // real weight = quantised weight * scale
	mask     uint64
	slots    []slot
	entries  []uint32
	dense    []int16
}

// slot is one cell of a weightTable.
type slot struct {
	meta  uint32 // fingerprint<<8 | row length; 0 = empty slot
	start uint32 // offset of the row in entries, or denseFlag|offset in dense
}

// denseFlag marks a slot whose row is stored in weightTable.dense.
const denseFlag = 1 << 31

// densify stores every row with at least a third of the classes as a dense
// vector and points its slot there.
func (t *weightTable) densify() {
	t.dense = nil
	off := uint32(0)
	for i := range t.slots {
		sl := &t.slots[i]
		n := sl.meta & 0xff
		start := off
		off += n
		if sl.meta == 0 {
			continue
		}
		if int(n)*3 < t.nClasses {
			sl.start = start
			continue
		}
		d := uint32(len(t.dense))
		t.dense = append(t.dense, make([]int16, t.nClasses)...)
		for _, e := range t.entries[start : start+n] {
			t.dense[d+e>>16] = int16(e)
		}
		sl.start = denseFlag | d
	}
}

// fingerprint returns the 24 key bits stored in a slot, shifted into place.
func fingerprint(key uint64) uint32 { return uint32(key>>40) << 8 }

// score sets scores to the sum of the weights of all keys. It first probes
// the slots of all keys and then reads the rows, so that the independent
// memory loads of each phase overlap.
func (t *weightTable) score(keys []uint64, scores []int32) {
	for i := range scores {
		scores[i] = 0
	}
	if len(t.slots) == 0 {
		return
	}
	var found [128]slot
	for len(keys) > 0 {
		chunk := keys[:min(len(keys), len(found))]
		keys = keys[len(chunk):]
		for j, k := range chunk {
			fp := fingerprint(k)
			i := k & t.mask
			sl := t.slots[i]
			for sl.meta != 0 && sl.meta&^0xff != fp {
				i = (i + 1) & t.mask
				sl = t.slots[i]
			}
			found[j] = sl
		}
		for _, sl := range found[:len(chunk)] {
			n := sl.meta & 0xff
			if sl.start >= denseFlag {
				d := sl.start &^ denseFlag
				addDense(scores, t.dense[d:d+uint32(t.nClasses)])
				continue
			}
			for _, e := range t.entries[sl.start : sl.start+n] {
				scores[e>>16] += int32(int16(e))
			}
		}
	}
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
		slots:    make([]slot, size),
	}
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
	t := b.t
	n := 0
	for _, r := range b.rows {
		n += len(r)
	}
	t.entries = make([]uint32, 0, n)
	for i, r := range b.rows {
		t.slots[i].start = uint32(len(t.entries))
		t.entries = append(t.entries, r...)
	}
	t.densify()
	return t
}

// addDense adds row to scores (len(scores) >= len(row)), four at a time.
func addDense(scores []int32, row []int16) {
	sc := scores[:len(row)]
	i := 0
	for ; i+4 <= len(row); i += 4 {
		r := row[i : i+4 : i+4]
		s := sc[i : i+4 : i+4]
		s[0] += int32(r[0])
		s[1] += int32(r[1])
		s[2] += int32(r[2])
		s[3] += int32(r[3])
	}
	for ; i < len(row); i++ {
		sc[i] += int32(row[i])
	}
}
