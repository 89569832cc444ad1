package petreval

import (
	"fmt"
	"slices"
	"strings"

	"entente/events/cameo"
	"entente/events/verbdict"
)

// CodeTable returns the embedded CAMEO table plus every code of d that the
// table cannot resolve, even to an ancestor (the test dictionaries' WEIS-era
// 901–915, 345, 802…), with a zero Goldstein score. The coder drops events
// whose code the table does not know; the records expect these codes, so the
// harness teaches them to the table. Codes that are not 2–4 digits ("+++")
// stay unknown.
func CodeTable(d *verbdict.Dictionary) (*cameo.Table, error) {
	base, err := cameo.Load()
	if err != nil {
		return nil, fmt.Errorf("petreval: code table: %w", err)
	}
	var extra []string
	add := func(c verbdict.Code) {
		for _, k := range []string{c.Active, c.Passive} {
			if cameo.IsCode(k) && !slices.Contains(extra, k) {
				if _, _, ok := base.Resolve(k); !ok {
					extra = append(extra, k)
				}
			}
		}
	}
	for _, b := range d.Blocks {
		add(b.Code)
		for _, v := range b.Verbs {
			add(v.Code)
		}
		for _, p := range b.Patterns {
			add(p.Code)
		}
	}
	if len(extra) == 0 {
		return base, nil
	}
	slices.Sort(extra)
	var names, scores, plover strings.Builder
	names.WriteString("CAMEOEVENTCODE\tEVENTDESCRIPTION\n")
	scores.WriteString("CAMEOEVENTCODE\tGOLDSTEINSCALE\n")
	for _, c := range base.Codes() {
		fmt.Fprintf(&names, "%s\t%s\n", c.Code, c.Name)
		fmt.Fprintf(&scores, "%s\t%g\n", c.Code, c.Goldstein)
		if c.PloverType != "" {
			fmt.Fprintf(&plover, "%s: %s, %s, %s\n", c.Code, c.PloverType, c.PloverMode, strings.Join(c.PloverContext, "; "))
		}
	}
	for _, k := range extra {
		fmt.Fprintf(&names, "%s\t%s test code\n", k, d.Name)
		fmt.Fprintf(&scores, "%s\t0\n", k)
	}
	t, err := cameo.Parse(cameo.Source{Name: "names", R: strings.NewReader(names.String())},
		cameo.Source{Name: "goldstein", R: strings.NewReader(scores.String())},
		cameo.Source{Name: "plover", R: strings.NewReader(plover.String())})
	if err != nil {
		return nil, fmt.Errorf("petreval: code table with %s codes: %w", d.Name, err)
	}
	return t, nil
}
