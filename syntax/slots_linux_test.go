//go:build linux

package syntax

import (
	"fmt"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"
	"unsafe"
)

// TestMapSlotsReleased checks that the mapping of a large slot array is
// unmapped once its table is collected.
func TestMapSlotsReleased(t *testing.T) {
	w := &weightTable{}
	w.setSlots(2 * hugePage / slotBytes)
	addr := uint64(uintptr(unsafe.Pointer(&w.slots[0])))
	if !mapped(t, addr) {
		t.Fatalf("%#x is in no mapping of /proc/self/maps", addr)
	}
	w = nil
	for range 50 {
		runtime.GC()
		time.Sleep(10 * time.Millisecond)
		if !mapped(t, addr) {
			return
		}
	}
	t.Errorf("%#x is still mapped after its table was collected", addr)
}

// mapped reports whether addr lies in a mapping of /proc/self/maps.
func mapped(t *testing.T, addr uint64) bool {
	t.Helper()
	b, err := os.ReadFile("/proc/self/maps")
	if err != nil {
		t.Skipf("cannot read /proc/self/maps: %v", err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		var lo, hi uint64
		if _, err := fmt.Sscanf(line, "%x-%x", &lo, &hi); err == nil && lo <= addr && addr < hi {
			return true
		}
	}
	return false
}
