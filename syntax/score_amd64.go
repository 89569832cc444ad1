//go:build !purego

package syntax

import "golang.org/x/sys/cpu"

// addWordsAVX2 adds src[:n] to dst[:n] word by word; the CPU must have AVX2.
//
//go:noescape
func addWordsAVX2(dst, src *uint64, n int)

// prefetchSlots asks the CPU to bring slot keys[i]&mask of slots into the
// cache for every i < n, so that the probes that follow do not wait for
// memory one at a time (slot must stay 16 bytes: the assembly shifts by 4).
//
//go:noescape
func prefetchSlots(slots *slot, mask uint64, keys *uint64, n int)

// addRow adds src to dst word by word (len(dst) == len(src)), with AVX2
// where the CPU has it.
func addRow(dst, src []uint64) {
	if cpu.X86.HasAVX2 && len(dst) > 0 {
		src = src[:len(dst)]
		addWordsAVX2(&dst[0], &src[0], len(dst))
		return
	}
	addWords(dst, src)
}

// prefetch starts loading the slots that keys probe first.
func (t *weightTable) prefetch(keys []uint64) {
	if len(keys) > 0 {
		prefetchSlots(&t.slots[0], t.mask, &keys[0], len(keys))
	}
}
