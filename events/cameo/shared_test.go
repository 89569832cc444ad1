package cameo

import (
	"bufio"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// sharedDir is the project's reference-data folder, present in the
// development checkout only.
const sharedDir = "../../../shared/data/eventdata"

// readShared returns the rows of a tab-separated file under sharedDir
// (comment lines starting with '#' dropped), or skips the test.
func readShared(t *testing.T, rel string) [][]string {
	t.Helper()
	f, err := os.Open(filepath.Join(sharedDir, rel))
	if err != nil {
		t.Skipf("reference data not available (%v); it lives in ../shared in the development checkout", err)
	}
	defer f.Close()
	var rows [][]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		rows = append(rows, strings.Split(line, "\t"))
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return rows
}

// TestPhoenixQuadClass compares QuadClassOf with the Phoenix pipeline table:
// they agree on every code except those of roots 01, 02, 09, 14 and 16.
func TestPhoenixQuadClass(t *testing.T) {
	rows := readShared(t, "phoenix_pipeline/phoenix_goldstein_quadclass_from_postprocess.tsv")
	differ := map[string]int{} // root → Phoenix QuadClass where it differs
	n := 0
	for _, r := range rows[1:] { // rows[0] is the header
		if len(r) != 4 {
			t.Fatalf("row %v: %d fields", r, len(r))
		}
		pq, err := strconv.Atoi(r[3])
		if err != nil {
			t.Fatalf("row %v: %v", r, err)
		}
		n++
		if got := QuadClassOf(r[0]); got != pq {
			if prev, seen := differ[r[2]]; seen && prev != pq {
				t.Errorf("root %s: Phoenix QuadClass not constant within the root", r[2])
			}
			differ[r[2]] = pq
		}
	}
	if n != 285 {
		t.Errorf("%d Phoenix rows, want 285", n)
	}
	want := map[string]int{"01": 0, "02": 0, "09": 3, "14": 4, "16": 3}
	if len(differ) != len(want) {
		t.Errorf("roots differing from Phoenix: %v, want %v", differ, want)
	}
	for root, pq := range want {
		if differ[root] != pq {
			t.Errorf("root %s: Phoenix QuadClass %d, want recorded difference %d (all: %v)", root, differ[root], pq, differ)
		}
	}
}

// TestGoldsteinComparison checks the table against the derived comparison of
// the GDELT, ICEWS and Phoenix Goldstein tables, and that
// GoldsteinDisagreements lists exactly the codes marked "NO" there.
func TestGoldsteinComparison(t *testing.T) {
	rows := readShared(t, "gdelt-lookups/goldstein_sources_comparison.tsv")
	tab := mustLoad(t)
	listed := map[string]GoldsteinDisagreement{}
	for _, d := range GoldsteinDisagreements() {
		listed[d.Code] = d
	}
	no := 0
	for _, r := range rows[1:] {
		if len(r) != 6 {
			t.Fatalf("row %v: %d fields", r, len(r))
		}
		code, gdelt, agree := r[0], r[2], r[5]
		if gdelt != "" {
			c, ok := tab.Lookup(code)
			g, _ := strconv.ParseFloat(gdelt, 64)
			if !ok || c.Goldstein != g {
				t.Errorf("%s: table %v (found %v), comparison GDELT %v", code, c.Goldstein, ok, g)
			}
		}
		if agree == "NO" {
			no++
			d, ok := listed[code]
			if !ok {
				t.Errorf("%s disagrees in the comparison but is not in GoldsteinDisagreements", code)
				continue
			}
			for i, v := range []float64{d.GDELT, d.ICEWS, d.Phoenix} {
				f, _ := strconv.ParseFloat(r[2+i], 64)
				if f != v {
					t.Errorf("%s column %d: %v, listed %v", code, i, f, v)
				}
			}
		}
	}
	if no != len(listed) {
		t.Errorf("%d disagreements in the comparison, %d listed", no, len(listed))
	}
}
