package memstat

import (
	"runtime"
	"testing"
)

func TestPeakRSS(t *testing.T) {
	n, exact := PeakRSS()
	if n < 1<<20 {
		t.Fatalf("peak RSS %d bytes is implausibly small", n)
	}
	if runtime.GOOS == "linux" && !exact {
		t.Error("on Linux the peak RSS should come from /proc")
	}
}
