package dict

import (
	"context"
	"testing"
)

// TestParseEmbedded reads every vendored dictionary: none may fail, and the
// warnings (oddities of the real files) stay at their known number.
func TestParseEmbedded(t *testing.T) {
	s, err := ParseFS(context.Background(), Embedded())
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("actors %d agents %d discards %d issues %d countries %d warnings %d",
		len(s.Actors), len(s.Agents), len(s.Discards), len(s.Issues), len(s.Countries), len(s.Warnings))
	for k, min := range map[string][2]int{
		"actors": {len(s.Actors), 25000}, "agents": {len(s.Agents), 3000}, "discards": {len(s.Discards), 500},
		"issues": {len(s.Issues), 3000}, "countries": {len(s.Countries), 200},
	} {
		if min[0] < min[1] {
			t.Errorf("%s: %d entries, want at least %d", k, min[0], min[1])
		}
	}
	if len(s.Warnings) > 200 {
		t.Errorf("%d warnings, want at most 200 (new oddities?)", len(s.Warnings))
	}
	for _, w := range s.Warnings {
		if testing.Verbose() {
			t.Log(w)
		}
	}
}
