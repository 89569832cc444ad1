package syntax

// Scoring adds up the weight rows of a set of feature keys. Sparse rows are
// added entry by entry into accum.sparse. Dense rows pack three classes per
// uint64 word in 21-bit lanes, each weight biased by denseBias so that it is
// non-negative: adding a dense row word by word adds three classes with one
// addition. A lane holds at most foldEvery biased weights (less than 2^21),
// so no lane carries into the next; after foldEvery dense rows the lanes
// are moved into accum.sparse. The sum of the weights of a class is its
// sparse sum plus its lane minus denseBias times the number of dense rows
// in the lanes. int32 arithmetic wraps around, so this equals the sum of
// the weights in any other order.

const (
	laneBits  = 21
	laneMask  = 1<<laneBits - 1
	denseBias = 1 << 15 // added to every weight of a dense row
	foldEvery = laneMask / (2*denseBias - 1)
)

// accum is the working memory of one scoring call, indexed by scoring
// index (classes are fewer than 256, so a byte indexes it without bounds
// checks).
type accum struct {
	sparse [256]int32
	dense  [86]uint64
	nDense uint32
	found  [128]slot
}

// denseWords returns the number of words of a dense row of nClasses.
func denseWords(nClasses int) int { return (nClasses + 2) / 3 }

// packDense appends to dst the dense form of a row of entries: word j
// holds the biased weights of scoring indexes 3j, 3j+1 and 3j+2 from the
// low bits up. It returns dst unchanged and false when a weight does not
// fit in an int16 (only possible with repeated classes in a row), so that
// the row stays sparse.
func packDense(dst []uint64, words int, row []uint32) ([]uint64, bool) {
	var w [256]int32
	for _, e := range row {
		w[uint8(e>>16)] += int32(int16(e))
	}
	for _, v := range w[:3*words] {
		if v < -denseBias || v >= denseBias {
			return dst, false
		}
	}
	for j := 0; j < words; j++ {
		var x uint64
		for k := 0; k < 3; k++ {
			x |= uint64(w[3*j+k]+denseBias) << (laneBits * k)
		}
		dst = append(dst, x)
	}
	return dst, true
}

// reset prepares a for a call that reads the first 3*words scoring indexes.
func (a *accum) reset(words int) {
	clear(a.sparse[:3*words])
	clear(a.dense[:words])
	a.nDense = 0
}

// score sets out[i] for every scoring index i < 3*words to the sum of the
// weights of keys, using a as working memory.
func (t *weightTable) score(keys []uint64, a *accum, out *[256]int32, words int) {
	a.reset(words)
	t.add(a, keys, words)
	a.sums(out, words)
}

// add adds the rows of keys to a: sparse rows whole, dense rows up to word
// words. It first prefetches and probes the slots of all keys and then
// reads the rows, so that the independent memory loads of each phase
// overlap.
func (t *weightTable) add(a *accum, keys []uint64, words int) {
	if len(t.slots) == 0 {
		return
	}
	dw := denseWords(t.nClasses)
	for len(keys) > 0 {
		chunk := keys[:min(len(keys), len(a.found))]
		keys = keys[len(chunk):]
		t.prefetch(chunk)
		for j, k := range chunk {
			fp := fingerprint(k)
			i := k & t.mask
			sl := t.slots[i]
			for sl.meta != 0 && sl.meta&^0xff != fp {
				i = (i + 1) & t.mask
				sl = t.slots[i]
			}
			a.found[j] = sl
		}
		for _, sl := range a.found[:len(chunk)] {
			n := sl.meta & 0xff
			if n <= inlineMax {
				// Unused entries add 0 to scoring index 0.
				a.sparse[uint8(sl.cls)] += int32(int16(sl.ws))
				a.sparse[uint8(sl.cls>>8)] += int32(int16(sl.ws >> 16))
				a.sparse[uint8(sl.cls>>16)] += int32(int16(sl.ws >> 32))
				a.sparse[uint8(sl.cls>>24)] += int32(int16(sl.ws >> 48))
				continue
			}
			if sl.ws != 0 {
				r := int(sl.ws&^denseFlag) * dw
				addRow(a.dense[:words], t.dense[r:r+words])
				if a.nDense++; a.nDense == foldEvery {
					a.fold(words)
				}
				continue
			}
			for _, e := range t.entries[sl.cls : sl.cls+n] {
				a.sparse[uint8(e>>16)] += int32(int16(e))
			}
		}
	}
}

// fold moves the dense sums of a into its sparse sums.
func (a *accum) fold(words int) {
	a.sums(&a.sparse, words)
	clear(a.dense[:words])
	a.nDense = 0
}

// sums writes the class sums of a for the first 3*words scoring indexes
// (out may be &a.sparse).
func (a *accum) sums(out *[256]int32, words int) {
	bias := a.nDense * denseBias
	for j, w := range a.dense[:words] {
		i := uint8(3 * j)
		out[i] = a.sparse[i] + int32(uint32(w&laneMask)-bias)
		out[i+1] = a.sparse[i+1] + int32(uint32(w>>laneBits&laneMask)-bias)
		out[i+2] = a.sparse[i+2] + int32(uint32(w>>(2*laneBits))-bias)
	}
}

// addWords adds src to dst word by word (len(dst) == len(src)), four at a
// time: the portable form of addRow.
func addWords(dst, src []uint64) {
	src = src[:len(dst)]
	i := 0
	for ; i+4 <= len(dst); i += 4 {
		s := src[i : i+4 : i+4]
		d := dst[i : i+4 : i+4]
		d[0] += s[0]
		d[1] += s[1]
		d[2] += s[2]
		d[3] += s[3]
	}
	for ; i < len(dst); i++ {
		dst[i] += src[i]
	}
}
