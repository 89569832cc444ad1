// Package memstat reads the memory use of the running process.
package memstat

import (
	"bufio"
	"os"
	"runtime"
	"strconv"
	"strings"
)

// PeakRSS returns the peak resident set size of the process in bytes, read from
// /proc/self/status (VmHWM) on Linux. Elsewhere it falls back to the memory the Go
// runtime obtained from the system, and reports exact=false.
func PeakRSS() (bytes uint64, exact bool) {
	if kb, ok := procStatusKB("VmHWM:"); ok {
		return kb * 1024, true
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.Sys, false
}

// procStatusKB reads one "Name:   N kB" field of /proc/self/status.
func procStatusKB(field string) (uint64, bool) {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0, false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if !strings.HasPrefix(line, field) {
			continue
		}
		parts := strings.Fields(line[len(field):])
		if len(parts) == 0 {
			return 0, false
		}
		n, err := strconv.ParseUint(parts[0], 10, 64)
		return n, err == nil
	}
	return 0, false
}
