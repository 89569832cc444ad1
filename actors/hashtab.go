package actors

// The matcher looks up every word of an article and every trie step. These two
// open-addressing tables do that faster than Go maps: keys are hashed with one
// multiplication (edges) or FNV-1a (words), probing is linear, the load factor is
// at most one half. Both are built once and then only read.

// edgeTable maps a non-zero uint64 key to a uint32 value.
type edgeTable struct {
	keys  []uint64
	vals  []uint32
	mask  uint64
	shift uint
	n     int
}

func newEdgeTable(hint int) *edgeTable {
	t := &edgeTable{}
	t.alloc(max(64, hint*2))
	return t
}

func (t *edgeTable) alloc(size int) {
	n, bits := 1, uint(0)
	for n < size {
		n <<= 1
		bits++
	}
	t.keys = make([]uint64, n)
	t.vals = make([]uint32, n)
	t.mask = uint64(n - 1)
	t.shift = 64 - bits
}

func (t *edgeTable) slot(k uint64) uint64 {
	return (k * 0x9E3779B97F4A7C15) >> t.shift & t.mask
}

// get returns the value of k, or 0.
func (t *edgeTable) get(k uint64) uint32 {
	for i := t.slot(k); ; i = (i + 1) & t.mask {
		switch t.keys[i] {
		case k:
			return t.vals[i]
		case 0:
			return 0
		}
	}
}

// put sets k to v (k must not be 0).
func (t *edgeTable) put(k uint64, v uint32) {
	if (t.n+1)*2 > len(t.keys) {
		keys, vals := t.keys, t.vals
		t.alloc(len(keys) * 2)
		t.n = 0
		for i, kk := range keys {
			if kk != 0 {
				t.put(kk, vals[i])
			}
		}
	}
	for i := t.slot(k); ; i = (i + 1) & t.mask {
		switch t.keys[i] {
		case k:
			t.vals[i] = v
			return
		case 0:
			t.keys[i], t.vals[i] = k, v
			t.n++
			return
		}
	}
}

// wordTable maps normalized words to ids 1, 2, ...
type wordTable struct {
	hashes []uint64 // 0: empty slot
	ids    []uint32
	words  []string // words[id-1]
	mask   uint64
}

func newWordTable() *wordTable {
	t := &wordTable{}
	t.alloc(1 << 16)
	return t
}

func (t *wordTable) alloc(n int) {
	t.hashes = make([]uint64, n)
	t.ids = make([]uint32, n)
	t.mask = uint64(n - 1)
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hashWord is FNV-1a, never 0.
func hashWord[S []byte | string](b S) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(b); i++ {
		h ^= uint64(b[i])
		h *= fnvPrime
	}
	return h | 1
}

// get returns the id of w, or 0.
func (t *wordTable) get(w []byte) uint32 { return t.getHashed(w, hashWord(w)) }

// getHashed is get with w's hash already computed.
func (t *wordTable) getHashed(w []byte, h uint64) uint32 {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		switch t.hashes[i] {
		case 0:
			return 0
		case h:
			if id := t.ids[i]; t.words[id-1] == string(w) {
				return id
			}
		}
	}
}

// getString is get for a string.
func (t *wordTable) getString(w string) uint32 {
	h := hashWord(w)
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		switch t.hashes[i] {
		case 0:
			return 0
		case h:
			if id := t.ids[i]; t.words[id-1] == w {
				return id
			}
		}
	}
}

// intern returns the id of w, adding it when new.
func (t *wordTable) intern(w string) uint32 {
	if id := t.getString(w); id != 0 {
		return id
	}
	if (len(t.words)+1)*2 > len(t.hashes) {
		old := t.words
		t.alloc(len(t.hashes) * 2)
		t.words = nil
		for _, ow := range old {
			t.insert(ow)
		}
	}
	return t.insert(w)
}

func (t *wordTable) insert(w string) uint32 {
	t.words = append(t.words, w)
	id := uint32(len(t.words))
	h := hashWord(w)
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		if t.hashes[i] == 0 {
			t.hashes[i], t.ids[i] = h, id
			return id
		}
	}
}

// len returns the number of words.
func (t *wordTable) len() int { return len(t.words) }
