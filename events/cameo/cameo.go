package cameo

import (
	"slices"
	"sort"
	"strings"
)

// QuadClass values (GDELT convention).
const (
	VerbalCooperation   = 1 // roots 01–05
	MaterialCooperation = 2 // roots 06–09
	VerbalConflict      = 3 // roots 10–14
	MaterialConflict    = 4 // roots 15–20
)

// PLOVER provenance values of Code.PloverSource.
const (
	PloverFromCode = "code" // the code's own line in CAMEO2PLOVER-2021.txt
	PloverFromRoot = "root" // the file lacks the code: its root's header line
	// PloverFromDemand: an appeal (root 02, which the file leaves out) takes
	// the line of its parallel demand (root 10: 023 → 103), see plover.go.
	PloverFromDemand = "demand"
	PloverDropped    = "" // no PLOVER equivalent (root 01)
)

// Code is one row of the CAMEO table.
type Code struct {
	Code          string   // CAMEO code as written, e.g. "0231", "190", "19"
	Root          string   // first two digits, e.g. "19"
	Name          string   // GDELT description, e.g. "Use conventional military force, not specified below"
	Goldstein     float64  // GDELT Goldstein score, -10 … +10
	QuadClass     int      // 1–4, see QuadClassOf
	PloverType    string   // PLOVER event type, e.g. "ASSAULT"; "" for root 01
	PloverMode    string   // PLOVER mode, e.g. "disapprove"; often ""
	PloverContext []string // PLOVER contexts, e.g. ["military", "legal"]; often empty
	PloverSource  string   // PloverFromCode, PloverFromRoot, PloverFromDemand or PloverDropped
}

// Table maps CAMEO codes to their rows. It is immutable after Parse/Load and
// safe for concurrent use.
type Table struct {
	codes map[string]Code
	order []string // codes in file order
}

// Lookup returns the row of code ("190", "0231", "19"), exact match only.
func (t *Table) Lookup(code string) (Code, bool) {
	c, ok := t.codes[strings.TrimSpace(code)]
	return c.clone(), ok
}

// clone copies the context slice so that callers cannot change the table.
func (c Code) clone() Code {
	c.PloverContext = slices.Clone(c.PloverContext)
	return c
}

// Resolve is Lookup with a fallback for codes the table lacks (the verb
// dictionaries use a few, e.g. "1213" or "176"): it drops trailing digits
// until a known code remains and returns that ancestor's row unchanged (so the
// returned Code.Code may be shorter than code). exact reports whether code
// itself was found; ok is false when not even the root is known.
func (t *Table) Resolve(code string) (c Code, exact, ok bool) {
	code = strings.TrimSpace(code)
	if c, ok := t.codes[code]; ok {
		return c.clone(), true, true
	}
	for n := len(code) - 1; n >= 2; n-- {
		if c, ok := t.codes[code[:n]]; ok {
			return c.clone(), false, true
		}
	}
	return Code{}, false, false
}

// Codes returns every row in file order.
func (t *Table) Codes() []Code {
	out := make([]Code, 0, len(t.order))
	for _, k := range t.order {
		out = append(out, t.codes[k].clone())
	}
	return out
}

// Len is the number of codes in the table.
func (t *Table) Len() int { return len(t.order) }

// Roots returns the two-digit cue-category codes present, sorted.
func (t *Table) Roots() []string {
	var out []string
	for _, k := range t.order {
		if len(k) == 2 {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// RootOf returns the first two characters of a CAMEO code ("" if shorter).
func RootOf(code string) string {
	code = strings.TrimSpace(code)
	if len(code) < 2 {
		return ""
	}
	return code[:2]
}

// QuadClassOf returns the QuadClass of a root or code by its first two digits
// (GDELT convention): 01–05 → 1, 06–09 → 2, 10–14 → 3, 15–20 → 4; 0 when the
// root is not 01–20. Phoenix (phoenix_pipeline postprocess.py) differs on
// roots 01 and 02 (0, "neutral"), 09 (3), 14 (4) and 16 (3).
func QuadClassOf(code string) int {
	r := RootOf(code)
	if len(r) != 2 || r[0] < '0' || r[0] > '9' || r[1] < '0' || r[1] > '9' {
		return 0
	}
	n := int(r[0]-'0')*10 + int(r[1]-'0')
	switch {
	case n >= 1 && n <= 5:
		return VerbalCooperation
	case n >= 6 && n <= 9:
		return MaterialCooperation
	case n >= 10 && n <= 14:
		return VerbalConflict
	case n >= 15 && n <= 20:
		return MaterialConflict
	}
	return 0
}

// GoldsteinDisagreement records a code whose Goldstein score differs between
// the GDELT, ICEWS (andybega/icews) and Phoenix tables.
type GoldsteinDisagreement struct {
	Code                  string
	GDELT, ICEWS, Phoenix float64
}

// GoldsteinDisagreements returns the 8 codes on which the three Goldstein
// tables disagree (from goldstein_sources_comparison.tsv). The table uses the
// GDELT value for each; the list is for documentation and reports.
func GoldsteinDisagreements() []GoldsteinDisagreement {
	return []GoldsteinDisagreement{
		{"016", -2.0, -5, 3.4},
		{"022", 3.2, 3.4, 3.4},
		{"124", -4.0, -4, -5.0},
		{"1246", -4.0, -4, -5.0},
		{"163", -8.0, -8, -6.5},
		{"164", -7.0, -6.5, -7.0},
		{"165", -6.5, -7, -7.0},
		{"166", -7.0, -7, -8.0},
	}
}
