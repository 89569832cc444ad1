package events

import (
	"os"
	"testing"

	"entente/events/petrtest"
)

// TestICEWSExamples codes the CAMEO-manual example sentences (one per code,
// real actor names) and reports how many yield an event and how many of
// those events carry the example's root. It skips when the shared data are
// absent and fails when the count of right roots drops.
func TestICEWSExamples(t *testing.T) {
	f, err := os.Open("../../shared/data/eventdata/icews/cameo-codes.csv")
	if err != nil {
		t.Skip("shared event data not available:", err)
	}
	defer f.Close()
	codes, err := petrtest.ReadICEWSCodes(f)
	if err != nil {
		t.Fatal(err)
	}
	var n, coded, rootOK int
	for _, c := range codes {
		if c.Example == "" {
			continue
		}
		n++
		evs, _ := codeText(t, c.Example, "2010-01-01")
		if len(evs) == 0 {
			continue
		}
		coded++
		ok := false
		for _, e := range evs {
			ok = ok || e.CAMEORoot == c.Root
		}
		if ok {
			rootOK++
		} else if testing.Verbose() {
			t.Logf("%s: got %s→%s %s for %q", c.Code, evs[0].Source.Code, evs[0].Target.Code, evs[0].CAMEO, c.Example)
		}
	}
	t.Logf("ICEWS examples: %d sentences, %d coded, %d with the example's root", n, coded, rootOK)
	if rootOK < 40 { // measured: 45 of 82 coded
		t.Errorf("only %d examples coded with their root", rootOK)
	}
}
