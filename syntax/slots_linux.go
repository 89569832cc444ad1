//go:build linux

package syntax

import (
	"runtime"
	"unsafe"

	"golang.org/x/sys/unix"
)

// mapSlots returns n zeroed slots in an anonymous mapping aligned to a huge
// page and marked MADV_HUGEPAGE, so that transparent huge pages back it
// when the kernel's policy is "always" or "madvise". The mapping is
// unmapped by a cleanup when owner becomes unreachable; owner must be the
// only holder of the slots. It returns nil when the kernel refuses the
// mapping (the caller then uses the Go heap); a refused madvise (huge pages
// "never", or a kernel without them) leaves ordinary pages, which work the
// same, only slower.
func mapSlots(owner *weightTable, n int) []slot {
	size := n * slotBytes
	mem, err := unix.Mmap(-1, 0, size+hugePage, unix.PROT_READ|unix.PROT_WRITE, unix.MAP_ANON|unix.MAP_PRIVATE)
	if err != nil {
		return nil
	}
	start := int(-uintptr(unsafe.Pointer(&mem[0])) & (hugePage - 1))
	aligned := mem[start : start+size : start+size]
	_ = unix.Madvise(aligned, unix.MADV_HUGEPAGE)
	runtime.AddCleanup(owner, func(m []byte) { _ = unix.Munmap(m) }, mem)
	return unsafe.Slice((*slot)(unsafe.Pointer(&aligned[0])), n)
}
