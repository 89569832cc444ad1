package syntax

import (
	"math/rand/v2"
	"testing"
)

// TestAddRow checks addRow (AVX2 assembly on amd64) and its portable form
// addWords against adding word by word, for every length up to a dense row
// of 256 classes and for words that wrap around.
func TestAddRow(t *testing.T) {
	for name, add := range map[string]func(dst, src []uint64){"addRow": addRow, "addWords": addWords} {
		t.Run(name, func(t *testing.T) { testAdd(t, add) })
	}
}

func testAdd(t *testing.T, addRow func(dst, src []uint64)) {
	r := rand.New(rand.NewPCG(1, 2))
	for n := 0; n <= denseWords(256); n++ {
		dst, src, want := make([]uint64, n+1), make([]uint64, n+1), make([]uint64, n+1)
		for i := range dst {
			dst[i], src[i] = r.Uint64(), r.Uint64()
			if i%3 == 0 {
				dst[i] = ^uint64(0) - uint64(i) // wraps
			}
			want[i] = dst[i] + src[i]
		}
		want[n] = dst[n] // the word after the row is not touched
		addRow(dst[:n], src[:n])
		for i := range want {
			if dst[i] != want[i] {
				t.Fatalf("n=%d: word %d is %#x, want %#x", n, i, dst[i], want[i])
			}
		}
	}
}

// TestSlotSize guards the 16-byte slot the prefetch assembly assumes.
func TestSlotSize(t *testing.T) {
	if slotBytes != 16 {
		t.Fatalf("slot is %d bytes; prefetchSlots (score_amd64.s) shifts by 4", slotBytes)
	}
}
