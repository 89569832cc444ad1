package syntax

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"io"
	"sort"
	"testing"
)

// TestScoreMatchesNaive compares weightTable.score with adding up the rows
// of the keys one entry at a time, for short, long, dense and missing rows,
// in the identity and in a permuted scoring order, with enough dense rows
// to fold the lanes.
func TestScoreMatchesNaive(t *testing.T) {
	for _, nClasses := range []int{3, 7, 104, 255} {
		state := uint64(nClasses)
		next := func(n int) int {
			state = state*6364136223846793005 + 1442695040888963407
			return int(state>>33) % n
		}
		rows := map[uint64][]uint32{}
		var keys []uint64
		b := newTableBuilder(nClasses, 500, 1)
		for i := 0; i < 500; i++ {
			k := uint64(next(1<<30))<<34 | uint64(next(1<<30))
			n := 1 + next(6)
			if i%5 == 0 {
				n = 1 + next(nClasses)
			}
			var es []uint32
			for _, c := range pickClasses(next, nClasses, min(n, nClasses)) {
				es = append(es, packEntry(c, int16(next(65536)-32768)))
			}
			if _, dup := rows[k]; dup {
				continue
			}
			rows[k] = es
			keys = append(keys, k)
			b.add(k, es)
		}
		tab := b.build()
		order := make([]uint8, nClasses)
		for c := range order {
			order[c] = uint8(nClasses - 1 - c)
		}
		for _, ord := range [][]uint8{nil, order} {
			if ord != nil {
				tab.setOrder(ord)
			}
			var a accum
			var out [256]int32
			for trial := 0; trial < 200; trial++ {
				var q []uint64
				for j := next(300); j >= 0; j-- {
					if next(4) == 0 {
						q = append(q, uint64(next(1<<30))+1) // most likely missing
					} else {
						q = append(q, keys[next(len(keys))])
					}
				}
				want := make([]int32, nClasses)
				for _, k := range q {
					for _, e := range rows[k] {
						want[e>>16] += int32(int16(e))
					}
				}
				words := denseWords(nClasses)
				tab.score(q, &a, &out, words)
				for c := 0; c < nClasses; c++ {
					if got := out[tab.classIndexes()[c]]; got != want[c] {
						t.Fatalf("%d classes, order %v, trial %d: class %d scores %d, want %d", nClasses, ord != nil, trial, c, got, want[c])
					}
				}
			}
		}
	}
}

// pickClasses returns n distinct classes below nClasses in increasing order.
func pickClasses(next func(int) int, nClasses, n int) []int {
	seen := map[int]bool{}
	var out []int
	for len(out) < n {
		c := next(nClasses)
		if !seen[c] {
			seen[c] = true
			out = append(out, c)
		}
	}
	sort.Ints(out)
	return out
}

// TestEncodeReproducesModel checks that encoding the loaded embedded model
// gives back the uncompressed model file byte for byte, so that the
// in-memory layout of the weights loses nothing.
func TestEncodeReproducesModel(t *testing.T) {
	m := defaultModel(t)
	zr, err := gzip.NewReader(bytes.NewReader(defaultModelData))
	if err != nil {
		t.Fatal(err)
	}
	want, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	if err := m.encode(bufio.NewWriter(&got)); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want) {
		t.Errorf("encoded model differs from the embedded file (%d vs %d bytes)", got.Len(), len(want))
	}
}
