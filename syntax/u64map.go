package syntax

// u64map is a read-mostly open-addressing hash map from non-zero uint64 keys
// to uint32 values, used instead of map[string] on the hot path.
type u64map struct {
	keys []uint64
	vals []uint32
	n    int
}

func newU64map(capacity int) *u64map {
	size := 16
	for size < capacity*2 {
		size <<= 1
	}
	return &u64map{keys: make([]uint64, size), vals: make([]uint32, size)}
}

// get returns the value stored for k.
func (m *u64map) get(k uint64) (uint32, bool) {
	if k == 0 {
		k = 1
	}
	mask := uint64(len(m.keys) - 1)
	for i := finish(k) & mask; ; i = (i + 1) & mask {
		switch m.keys[i] {
		case k:
			return m.vals[i], true
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
	if (m.n+1)*2 > len(m.keys) {
		m.grow()
	}
	mask := uint64(len(m.keys) - 1)
	for i := finish(k) & mask; ; i = (i + 1) & mask {
		switch m.keys[i] {
		case k:
			m.vals[i] = v
			return
		case 0:
			m.keys[i] = k
			m.vals[i] = v
			m.n++
			return
		}
	}
}

func (m *u64map) grow() {
	old := *m
	*m = u64map{keys: make([]uint64, len(old.keys)*2), vals: make([]uint32, len(old.keys)*2)}
	for i, k := range old.keys {
		if k != 0 {
			m.put(k, old.vals[i])
		}
	}
}

// each calls f for every entry in slot order (deterministic for a given
// insertion history).
func (m *u64map) each(f func(k uint64, v uint32)) {
	for i, k := range m.keys {
		if k != 0 {
			f(k, m.vals[i])
		}
	}
}
