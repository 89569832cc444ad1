package syntax

// u64map is a read-mostly open-addressing hash map from non-zero uint64 keys
// to uint32 values, used instead of map[string] on the hot path. A key and
// its value share a cell, so a lookup reads one cache line.
type u64map struct {
	cells []u64cell
	n     int
}

// u64cell is one cell of a u64map; key 0 marks an empty cell.
type u64cell struct {
	key uint64
	val uint32
}

func newU64map(capacity int) *u64map {
	size := 16
	for size < capacity*2 {
		size <<= 1
	}
	return &u64map{cells: make([]u64cell, size)}
}

// get returns the value stored for k.
func (m *u64map) get(k uint64) (uint32, bool) {
	if k == 0 {
		k = 1
	}
	mask := uint64(len(m.cells) - 1)
	for i := finish(k) & mask; ; i = (i + 1) & mask {
		switch c := m.cells[i]; c.key {
		case k:
			return c.val, true
		case 0:
			return 0, false
		}
	}
}

// put stores v for k, growing the table when it is half full.
func (m *u64map) put(k uint64, v uint32) {
	if k == 0 {
		k = 1
	}
	if (m.n+1)*2 > len(m.cells) {
		m.grow()
	}
	mask := uint64(len(m.cells) - 1)
	for i := finish(k) & mask; ; i = (i + 1) & mask {
		switch c := &m.cells[i]; c.key {
		case k:
			c.val = v
			return
		case 0:
			*c = u64cell{key: k, val: v}
			m.n++
			return
		}
	}
}

func (m *u64map) grow() {
	old := m.cells
	*m = u64map{cells: make([]u64cell, len(old)*2)}
	for _, c := range old {
		if c.key != 0 {
			m.put(c.key, c.val)
		}
	}
}

// each calls f for every entry in slot order (deterministic for a given
// insertion history).
func (m *u64map) each(f func(k uint64, v uint32)) {
	for _, c := range m.cells {
		if c.key != 0 {
			f(c.key, c.val)
		}
	}
}
