package petreval

import (
	"cmp"
	"slices"
	"strings"

	"entente/events"
	"entente/events/petrtest"
)

// Triple is one event as the records compare it: source actor code, target
// actor code and event code.
type Triple struct {
	Source, Target, Code string
}

// String writes the triple as "SOURCE TARGET CODE".
func (t Triple) String() string {
	return t.Source + " " + t.Target + " " + t.Code
}

// normalize trims blanks and folds case (PETRARCH's dictionaries write "pse"
// for PSE); quoted new-actor text (`"INJURY TOLL"`) keeps its quotes.
func (t Triple) normalize() Triple {
	f := func(s string) string { return strings.ToUpper(strings.TrimSpace(s)) }
	return Triple{Source: f(t.Source), Target: f(t.Target), Code: f(t.Code)}
}

// compare orders triples by source, target, code.
func compare(a, b Triple) int {
	return cmp.Or(strings.Compare(a.Source, b.Source), strings.Compare(a.Target, b.Target), strings.Compare(a.Code, b.Code))
}

// set returns the normalised triples sorted and without repeats.
func set(ts []Triple) []Triple {
	out := make([]Triple, len(ts))
	for i, t := range ts {
		out[i] = t.normalize()
	}
	slices.SortFunc(out, compare)
	return slices.Compact(out)
}

// Expected returns the record's expected triples as a set.
func Expected(r petrtest.Record) []Triple {
	ts := make([]Triple, len(r.Events))
	for i, e := range r.Events {
		ts[i] = Triple{Source: e.Source, Target: e.Target, Code: e.Code}
	}
	return set(ts)
}

// TriplesOf returns the (source, target, code) set of coded events.
func TriplesOf(evs []events.Event) []Triple {
	ts := make([]Triple, len(evs))
	for i, e := range evs {
		ts[i] = Triple{Source: e.Source.Code, Target: e.Target.Code, Code: e.CAMEO}
	}
	return set(ts)
}

// Compare reports whether want and got hold the same triples (as sets, after
// normalisation) and lists the expected triples not produced (missing) and
// the produced ones not expected (extra).
func Compare(want, got []Triple) (equal bool, missing, extra []Triple) {
	w, g := set(want), set(got)
	i, j := 0, 0
	for i < len(w) || j < len(g) {
		switch {
		case j == len(g) || i < len(w) && compare(w[i], g[j]) < 0:
			missing = append(missing, w[i])
			i++
		case i == len(w) || compare(w[i], g[j]) > 0:
			extra = append(extra, g[j])
			j++
		default:
			i++
			j++
		}
	}
	return len(missing) == 0 && len(extra) == 0, missing, extra
}
