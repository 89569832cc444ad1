package syntax

import (
	"runtime"
	"testing"
	"unsafe"
)

// TestSetSlots checks that slot arrays below and above the huge-page size
// come zeroed, hold what is written to them, and that on Linux a large one
// starts on a huge-page boundary (its own mapping, see mapSlots).
func TestSetSlots(t *testing.T) {
	for _, tc := range []struct {
		name    string
		n       int
		aligned bool
	}{
		{"small, on the heap", 1024, false},
		{"one huge page", hugePage / slotBytes, runtime.GOOS == "linux"},
		{"three huge pages", 3 * hugePage / slotBytes, runtime.GOOS == "linux"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := &weightTable{}
			w.setSlots(tc.n)
			if len(w.slots) != tc.n || cap(w.slots) != tc.n {
				t.Fatalf("len %d cap %d, want %d", len(w.slots), cap(w.slots), tc.n)
			}
			for i := range w.slots {
				if w.slots[i] != (slot{}) {
					t.Fatalf("slot %d not zero: %+v", i, w.slots[i])
				}
				w.slots[i] = slot{meta: uint32(i), cls: uint32(i) + 1, ws: uint64(i) << 3}
			}
			for i, s := range w.slots {
				if s.meta != uint32(i) || s.cls != uint32(i)+1 || s.ws != uint64(i)<<3 {
					t.Fatalf("slot %d reads back %+v", i, s)
				}
			}
			addr := uintptr(unsafe.Pointer(&w.slots[0]))
			if got := addr%hugePage == 0; tc.aligned && !got {
				t.Errorf("slots at %#x, want a huge-page boundary", addr)
			}
		})
	}
}
