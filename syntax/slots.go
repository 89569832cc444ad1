package syntax

import "unsafe"

// hugePage is the size of a transparent huge page on x86-64 and arm64
// Linux. Slot arrays of at least this size are mapped on their own so that
// they can be backed by huge pages (see setSlots).
const hugePage = 2 << 20

// slotBytes is the size of one slot.
const slotBytes = int(unsafe.Sizeof(slot{}))

// setSlots gives t n zeroed slots. The probes of a lookup land on random
// slots of a table of many megabytes, and with 4 KiB pages nearly every one
// also misses the TLB; where the system allows it, a large slot array is
// therefore placed in memory of its own backed by huge pages (mapSlots,
// released when t is collected), else allocated on the Go heap.
func (t *weightTable) setSlots(n int) {
	if n*slotBytes >= hugePage {
		if s := mapSlots(t, n); s != nil {
			t.slots = s
			return
		}
	}
	t.slots = make([]slot, n)
}
