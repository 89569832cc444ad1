package stories

import (
	"math/rand/v2"
	"strconv"
	"testing"

	"entente/events"
)

// synthetic returns n articles of per events each, over a year of news:
// actors and roots drawn with a skew (a few dyads are in the news a lot),
// article dates rising with jitter of ±3 days, 5% of articles undated and
// 1% dated two months late. The same seed gives the same articles.
func synthetic(n, per int, seed uint64) [][]events.Event {
	r := rand.New(rand.NewPCG(seed, 1))
	actor := rand.NewZipf(r, 1.3, 1, 59)
	root := rand.NewZipf(r, 1.2, 1, 19)
	codes := []string{"0", "1", "2", "3"}
	out := make([][]events.Event, n)
	for i := range out {
		id := "a" + strconv.Itoa(i)
		day := 19358 + i*365/n + r.IntN(7) - 3 // from 2023-01-01
		date := formatDay(day)
		switch p := r.IntN(100); {
		case p < 5:
			date = ""
		case p < 6:
			date = formatDay(day - 60)
		}
		evs := make([]events.Event, per)
		for j := range evs {
			src, tgt := "C"+strconv.Itoa(int(actor.Uint64())), "C"+strconv.Itoa(int(actor.Uint64()))
			rt := strconv.Itoa(10 + int(root.Uint64()))
			evs[j] = events.Event{ID: id + "/e" + strconv.Itoa(j), ArticleID: id, Date: date,
				Source: events.Actor{Name: src, Code: src}, Target: events.Actor{Name: tgt, Code: tgt},
				CAMEO: rt + codes[r.IntN(len(codes))], CAMEORoot: rt,
				Goldstein: float64(r.IntN(21) - 10), QuadClass: 1 + r.IntN(4)}
		}
		out[i] = evs
	}
	return out
}

// BenchmarkLink links 100k events (20k articles of 5, a year of news) and
// flushes; it reports events/s, the stories made and the most open at once.
func BenchmarkLink(b *testing.B) {
	in := synthetic(20000, 5, 1)
	total := 0
	for _, a := range in {
		total += len(a)
	}
	b.ReportAllocs()
	runs, stories, peak := 0, 0, 0
	for b.Loop() {
		l := NewLinker(Options{})
		stories, peak = 0, 0
		for _, a := range in {
			stories += len(l.Add(a))
			peak = max(peak, l.Len())
		}
		stories += len(l.Flush())
		runs++
	}
	b.ReportMetric(float64(total*runs)/b.Elapsed().Seconds(), "events/s")
	b.ReportMetric(float64(stories), "stories")
	b.ReportMetric(float64(peak), "peak-open")
}
