package petreval

import (
	"fmt"
	"io"
	"sort"
)

// Report is the outcome of a run.
type Report struct {
	// Results has one entry per record, in file order.
	Results []Result
	// Total counts the records scored (skipped ones excluded), Passed those
	// that passed, Skipped those left out.
	Total, Passed, Skipped int
	// Categories tallies the records by category, sorted by name.
	Categories []Tally
}

// Tally counts the records of one category.
type Tally struct {
	Category               string // "" for records without one
	Total, Passed, Skipped int
}

// Rate is the pass rate of the category's scored records (0 when none).
func (t Tally) Rate() float64 { return rate(t.Passed, t.Total) }

// Rate is the pass rate over the scored records (0 when none).
func (r *Report) Rate() float64 { return rate(r.Passed, r.Total) }

func rate(n, m int) float64 {
	if m == 0 {
		return 0
	}
	return float64(n) / float64(m)
}

// Failures returns the results that did not pass and were not skipped.
func (r *Report) Failures() []Result {
	var out []Result
	for _, x := range r.Results {
		if !x.Pass && !x.Skipped {
			out = append(out, x)
		}
	}
	return out
}

// add records one result.
func (r *Report) add(x Result) {
	r.Results = append(r.Results, x)
	i := sort.Search(len(r.Categories), func(i int) bool { return r.Categories[i].Category >= x.Category })
	if i == len(r.Categories) || r.Categories[i].Category != x.Category {
		r.Categories = append(r.Categories, Tally{})
		copy(r.Categories[i+1:], r.Categories[i:])
		r.Categories[i] = Tally{Category: x.Category}
	}
	t := &r.Categories[i]
	switch {
	case x.Skipped:
		r.Skipped++
		t.Skipped++
	default:
		r.Total++
		t.Total++
		if x.Pass {
			r.Passed++
			t.Passed++
		}
	}
}

// Write prints the per-category table, the failing records when verbose,
// and last the line "petrarch pass=N/M rate=0.xxx".
func (r *Report) Write(w io.Writer, verbose bool) error {
	ew := &errWriter{w: w}
	if verbose {
		for _, x := range r.Failures() {
			ew.printf("FAIL %s (%s, line %d): %s\n  text: %s\n", x.ID, x.Category, x.Line, x.Reason, x.Text)
			if len(x.Actors) > 0 {
				ew.printf("  actors: %v\n", x.Actors)
			}
		}
		for _, x := range r.Results {
			if x.Skipped {
				ew.printf("SKIP %s (%s, line %d): %s\n", x.ID, x.Category, x.Line, x.Reason)
			}
		}
		ew.printf("\n")
	}
	ew.printf("%-10s %6s %6s %6s\n", "category", "pass", "total", "rate")
	for _, t := range r.Categories {
		name := t.Category
		if name == "" {
			name = "(none)"
		}
		ew.printf("%-10s %6d %6d %6.3f", name, t.Passed, t.Total, t.Rate())
		if t.Skipped > 0 {
			ew.printf("  (%d skipped)", t.Skipped)
		}
		ew.printf("\n")
	}
	if r.Skipped > 0 {
		ew.printf("skipped %d record(s): categories outside <Include>, or tests of PETRARCH's parse reader\n", r.Skipped)
	}
	ew.printf("petrarch pass=%d/%d rate=%.3f\n", r.Passed, r.Total, r.Rate())
	return ew.err
}

// errWriter keeps the first write error.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}
