package verbdict

import (
	"os"
	"path/filepath"
	"testing"

	"entente/events/petrtest"
)

// TestUDRecordsVerbCodes measures how often the verb patterns alone give a
// PETRARCH unit-test record its expected event code: each record of the
// UniversalPetrarch copy (UDPipe parses, expectations revised for
// PETR.Validate.verbs.2.0.txt) is matched verb by verb with that dictionary,
// using the parse's lemmas, UPOS tags and passive marks, without actors.
// A record counts when one of its expected codes is among the codes found.
func TestUDRecordsVerbCodes(t *testing.T) {
	open := func(rel string) *os.File {
		f, err := os.Open(filepath.Join(sharedDir, rel))
		if err != nil {
			t.Skipf("reference data not available (%v); it lives in ../shared in the development checkout", err)
		}
		t.Cleanup(func() { f.Close() })
		return f
	}
	rf := open("UniversalPetrarch/PETR.UnitTest.records.parsing_parsed_udpipe_2.0.xml")
	file, err := petrtest.ReadRecords("udpipe", rf)
	if err != nil {
		t.Fatal(err)
	}
	d, err := Parse("PETR.Validate.verbs.2.0.txt", open("UniversalPetrarch/PETR.Validate.verbs.2.0.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var withEvents, hit, byPattern int
	for _, r := range file.Records {
		if len(r.Events) == 0 {
			continue
		}
		withEvents++
		ud, err := petrtest.ParseCoNLLU(r.Parse)
		if err != nil {
			t.Fatalf("%s: %v", r.ID, err)
		}
		tk := make([]Token, len(ud))
		passive := make([]bool, len(ud))
		for i, u := range ud {
			tk[i] = Token{Word: u.Form, Lemma: u.Lemma, POS: u.UPOS}
			if (u.Deprel == "auxpass" || u.Deprel == "aux:pass" || u.Deprel == "nsubjpass" || u.Deprel == "nsubj:pass") && u.Head > 0 {
				passive[u.Head-1] = true
			}
		}
		want := map[string]bool{}
		for _, e := range r.Events {
			want[e.Code] = true
		}
		found, viaPattern := false, false
		for i, u := range ud {
			if u.UPOS != "VERB" {
				continue
			}
			m, ok := d.Match(Query{Tokens: tk, Verb: i, Passive: passive[i]}, Options{})
			if !ok {
				continue
			}
			if want[m.Code.Active] || want[m.Code.Passive] {
				found = true
				viaPattern = viaPattern || m.Pattern != nil
			}
		}
		if found {
			hit++
		}
		if viaPattern {
			byPattern++
		}
	}
	t.Logf("%d records expect events; a verb gives an expected code in %d (%d through a pattern)", withEvents, hit, byPattern)
	// Measured (see README); the bound catches regressions of the matcher.
	if withEvents != 257 || hit < 222 || byPattern < 127 {
		t.Errorf("records %d, hits %d, by pattern %d: below the measured baseline", withEvents, hit, byPattern)
	}
}
