package events

import (
	"slices"
	"testing"
)

// fullTriple renders an event as "SRC>TGT:code" with the whole actor codes.
func fullTriple(e Event) string {
	return e.Source.Code + ">" + e.Target.Code + ":" + e.CAMEO
}

// TestNullActors covers PETRARCH's require_dyad = False (Coder.NullActors)
// and anonymous agents (Coder.AnonymousAgents).
func TestNullActors(t *testing.T) {
	tests := []struct {
		name, text    string
		null, anon    bool
		want, notWant []string
		none          bool
	}{
		{name: "object without actor", text: "Egypt condemned the attack on Saturday.", null: true,
			want: []string{"EGY>---:111"}},
		{name: "dyad required by default", text: "Egypt condemned the attack on Saturday.", none: true},
		{name: "bare temporal noun is no target", text: "Egypt protested today.", null: true, none: true},
		{name: "passive without agent has no source", text: "Iraq was attacked on Saturday.", null: true, none: true},
		{name: "passive agent without target actor", text: "A warehouse was attacked by Iraq on Saturday.", null: true,
			want: []string{"IRQ>---:190"}},
		{name: "subordinate one-sided event is background", null: true,
			text: "Egypt restored diplomatic ties with Jordan after Iraq burned down a warehouse.",
			want: []string{"EGY>JOR:050"}, notWant: []string{"IRQ>---:1712"}},
		{name: "one-sided main event stays", null: true,
			text: "Iraq burned down a warehouse after Egypt restored diplomatic ties with Jordan.",
			want: []string{"IRQ>---:1712", "EGY>JOR:050"}},
		{name: "anonymous agent", text: "An official condemned Israel on Saturday.", anon: true,
			want: []string{"---GOV>ISR:111"}},
		{name: "agent of no country dropped by default", text: "An official condemned Israel on Saturday.", none: true},
	}
	for _, tc := range tests {
		l := runLayers(t, tc.text, "2023-10-31")
		c := *testCoder()
		c.NullActors, c.AnonymousAgents = tc.null, tc.anon
		var got []string
		for _, e := range c.Code(l.art.ID, "2023-10-31", l.td, l.pd, l.acts, l.cd, l.qs) {
			got = append(got, fullTriple(e))
		}
		if tc.none && len(got) > 0 {
			t.Errorf("%s: want no events, got %v", tc.name, got)
		}
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("%s: want %s, got %v", tc.name, w, got)
			}
		}
		for _, w := range tc.notWant {
			if slices.Contains(got, w) {
				t.Errorf("%s: unexpected %s in %v", tc.name, w, got)
			}
		}
	}
}
