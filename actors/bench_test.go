package actors

import (
	"context"
	"strings"
	"syscall"
	"testing"
	"time"
)

// cpuTime returns the CPU time (user + system) the process has used. The
// benchmarks report throughput per CPU second too ("cpu-MB/s"), which stays
// meaningful on a machine shared with other jobs, where wall time does not.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU reports cpu-ms/op and, with bytes > 0, cpu-MB/s.
func reportCPU(b *testing.B, start time.Duration, bytes int) {
	cpu := cpuTime() - start
	if cpu <= 0 || b.N == 0 {
		return
	}
	per := cpu.Seconds() / float64(b.N)
	b.ReportMetric(per*1000, "cpu-ms/op")
	if bytes > 0 {
		b.ReportMetric(float64(bytes)/per/1e6, "cpu-MB/s")
	}
}

// BenchmarkLoad measures start-up: parsing and compiling all embedded
// dictionaries until they are ready to match.
func BenchmarkLoad(b *testing.B) {
	start := cpuTime()
	for b.Loop() {
		if _, err := Load(context.Background(), nil); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, start, 0)
}

// BenchmarkMatch measures Match over the seed article (repeated to about 1 MB);
// the bytes are those the tokens cover.
func BenchmarkMatch(b *testing.B) {
	d := mustDict(b)
	doc := strings.Repeat(seedText(b)+"\n\n", 70)
	toks := splitTokens(doc)
	n := 0
	for _, t := range toks {
		n += t.End - t.Start
	}
	date := time.Date(2023, 10, 31, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(n))
	start := cpuTime()
	for b.Loop() {
		d.Match(doc, toks, date)
	}
	reportCPU(b, start, n)
}

// BenchmarkResolve is BenchmarkMatch through a Resolver (learned names, two passes).
func BenchmarkResolve(b *testing.B) {
	d := mustDict(b)
	doc := strings.Repeat(seedText(b)+"\n\n", 70)
	toks := splitTokens(doc)
	n := 0
	for _, t := range toks {
		n += t.End - t.Start
	}
	date := time.Date(2023, 10, 31, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(n))
	start := cpuTime()
	for b.Loop() {
		d.NewResolver(date).Resolve(doc, toks)
	}
	reportCPU(b, start, n)
}
