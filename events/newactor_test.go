package events

import (
	"slices"
	"testing"
)

// TestNewActors covers PETRARCH's new_actor_length (Coder.NewActorLength).
func TestNewActors(t *testing.T) {
	tests := []struct {
		name, text string
		length     int
		want       []string
		none       bool
	}{
		{name: "subject phrase", text: "The Quidditch League condemned Israel on Monday.", length: 4,
			want: []string{`"THE QUIDDITCH LEAGUE">ISR:111`}},
		{name: "too long", text: "The Quidditch League condemned Israel on Monday.", length: 2, none: true},
		{name: "off by default", text: "The Quidditch League condemned Israel on Monday.", none: true},
		{name: "prepositional target without its preposition", length: 4,
			text: "Israel complained to the Quidditch League on Wednesday.",
			want: []string{`ISR>"THE QUIDDITCH LEAGUE":114`}},
		{name: "conjunct without an actor", length: 4,
			text: "The Quidditch League and Egypt condemned Israel.",
			want: []string{"EGY>ISR:111", `"THE QUIDDITCH LEAGUE">ISR:111`}},
		{name: "pronoun is no new actor", text: "They condemned Israel on Monday.", length: 4, none: true},
	}
	for _, tc := range tests {
		l := runLayers(t, tc.text, "2023-10-31")
		c := *testCoder()
		c.NewActorLength = tc.length
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
	}
}
