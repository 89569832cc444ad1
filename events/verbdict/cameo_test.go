package verbdict

import (
	"slices"
	"sort"
	"testing"

	"entente/events/cameo"
)

// TestCodesInCAMEOTable checks every code the embedded dictionary can emit
// against the CAMEO table: 242 distinct codes, all known except 1213, 176
// and 1952, which cameo.Table.Resolve maps to 121, 17 and 195.
func TestCodesInCAMEOTable(t *testing.T) {
	d := mustLoad(t)
	tab, err := cameo.Load()
	if err != nil {
		t.Fatal(err)
	}
	used := map[string]bool{}
	add := func(c string) {
		if c != "" && c != NullCode && c != "Q" {
			used[c] = true
		}
	}
	for _, b := range d.Blocks {
		add(b.Code.Active)
		for _, v := range b.Verbs {
			add(v.Code.Active)
			add(v.Code.Passive)
		}
		for _, p := range b.Patterns {
			add(p.Code.Active)
			add(p.Code.Passive)
		}
	}
	for _, tr := range d.Transformations {
		add(tr.Code)
	}
	var inexact []string
	for c := range used {
		r, exact, ok := tab.Resolve(c)
		if !ok {
			t.Errorf("code %s unknown to the CAMEO table", c)
			continue
		}
		if !exact {
			inexact = append(inexact, c+"→"+r.Code)
		}
	}
	sort.Strings(inexact)
	if len(used) != 242 || !slices.Equal(inexact, []string{"1213→121", "176→17", "1952→195"}) {
		t.Errorf("%d codes used, resolved by an ancestor: %v", len(used), inexact)
	}
}
