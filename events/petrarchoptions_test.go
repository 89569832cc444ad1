package events

import (
	"slices"
	"testing"
)

// fullTriple renders an event as "SRC>TGT:code" with the whole actor codes.
func fullTriple(e Event) string {
	return e.Source.Code + ">" + e.Target.Code + ":" + e.CAMEO
}

// TestPetrarchOptions covers the options that code as PETRARCH does:
// require_dyad = False (Coder.NullActors), anonymous agents
// (Coder.AnonymousAgents), new_actor_length (Coder.NewActorLength) and the
// verb's own code for a future action (Coder.NoIntentForm).
func TestPetrarchOptions(t *testing.T) {
	tests := []struct {
		name, text    string
		null, anon    bool
		noIntent      bool
		length        int
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
		// military aid is 072 (the supplement), its intent 0332
		{name: "future action is an intent by default", text: "France will send military aid to Ukraine.",
			want: []string{"FRA>UKR:0332"}},
		{name: "future action keeps its code", text: "France will send military aid to Ukraine.", noIntent: true,
			want: []string{"FRA>UKR:072"}, notWant: []string{"FRA>UKR:0332"}},
		{name: "future threat keeps its code", text: "Ethiopia will break diplomatic relations with Libya.", noIntent: true,
			want: []string{"ETH>LBY:161"}},
		{name: "new actor: subject phrase", text: "The Quidditch League condemned Israel on Monday.", length: 4,
			want: []string{`"THE QUIDDITCH LEAGUE">ISR:111`}},
		{name: "new actor: too long", text: "The Quidditch League condemned Israel on Monday.", length: 2, none: true},
		{name: "new actor: off by default", text: "The Quidditch League condemned Israel on Monday.", none: true},
		{name: "new actor: prepositional target without its preposition", length: 4,
			text: "Israel complained to the Quidditch League on Wednesday.",
			want: []string{`ISR>"THE QUIDDITCH LEAGUE":114`}},
		{name: "new actor: conjunct without an actor", length: 4,
			text: "The Quidditch League and Egypt condemned Israel.",
			want: []string{"EGY>ISR:111", `"THE QUIDDITCH LEAGUE">ISR:111`}},
		{name: "pronoun is no new actor", text: "They condemned Israel on Monday.", length: 4, none: true},
	}
	for _, tc := range tests {
		l := runLayers(t, tc.text, "2023-10-31")
		c := *testCoder()
		c.NullActors, c.AnonymousAgents, c.NoIntentForm, c.NewActorLength = tc.null, tc.anon, tc.noIntent, tc.length
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
