package stories

import (
	"strconv"
	"testing"
	"time"

	"entente/events"
)

func FuzzParseDay(f *testing.F) {
	for _, s := range []string{"2023-10-31", "2024-02-29", "2023-02-29", "0000-01-01", "9999-12-31",
		"2023-1-05", "2023-10-31T00:00:00Z", "", "yesterday", "2023-13-01", "+023-10-31", "2023-10-3 "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		day, ok := parseDay(s)
		tm, err := time.Parse(time.DateOnly, s)
		if ok != (err == nil) {
			t.Fatalf("parseDay(%q) ok=%v, time.Parse err=%v", s, ok, err)
		}
		if !ok {
			return
		}
		if int64(day)*secondsPerDay != tm.Unix() {
			t.Fatalf("parseDay(%q) = %d, time.Parse gives %v", s, day, tm)
		}
		if got := formatDay(day); got != s {
			t.Fatalf("formatDay(parseDay(%q)) = %q", s, got)
		}
	})
}

// FuzzLink links a stream built from the input, three bytes an event: the
// first picks the article (a new one when odd) and the key, the second the
// date (days after 2023-01-01; 255 undated, 254 a bad date), the third the
// code. The first byte sets the options. Stories must account for every
// event once.
func FuzzLink(f *testing.F) {
	f.Add([]byte{0, 1, 10, 3, 2, 10, 4, 3, 11, 5, 9, 10, 7, 255, 10, 8, 254, 10, 9, 200, 10, 11, 0, 10})
	f.Add([]byte{42, 1, 1, 1, 1, 100, 1, 1, 1, 1, 3, 50, 1})
	f.Fuzz(func(t *testing.T, data []byte) {
		o, in := fuzzStream(data)
		l := NewLinker(o)
		_, closed := run(l, in)
		checkStories(t, in, closed)
		if l.Len() != 0 {
			t.Fatalf("%d open after Flush", l.Len())
		}
	})
}

// fuzzStream turns fuzz data into options and articles (see FuzzLink).
func fuzzStream(data []byte) (Options, [][]events.Event) {
	if len(data) == 0 {
		return Options{}, nil
	}
	o := Options{Window: int(data[0]%5) - 1, MaxSpan: int(data[0]/5%4) - 1, Horizon: int(data[0] / 20 % 13)}
	data = data[1:]
	var in [][]events.Event
	article := -1
	for i := 0; i+2 < len(data); i += 3 {
		b0, b1, b2 := data[i], data[i+1], data[i+2]
		if b0%2 == 1 || article < 0 {
			article++
			in = append(in, nil)
		}
		a := "a" + strconv.Itoa(article)
		date := formatDay(19358 + int(b1))
		switch b1 {
		case 255:
			date = ""
		case 254:
			date = "2023-02-30"
		}
		n := len(in[article])
		in[article] = append(in[article], events.Event{ID: a + "/e" + strconv.Itoa(n), ArticleID: a, Date: date,
			Source: events.Actor{Code: "S" + strconv.Itoa(int(b0/2%3))}, Target: events.Actor{Code: "T" + strconv.Itoa(int(b0/6%2))},
			CAMEO: strconv.Itoa(int(b2 % 4)), CAMEORoot: strconv.Itoa(int(b2 % 2)), Goldstein: float64(b2)})
	}
	return o, in
}
