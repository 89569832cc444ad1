package petreval

import (
	"testing"

	"entente/events"
)

func TestCoderFor(t *testing.T) {
	tests := []struct {
		config   map[string]string
		wantNull bool
		wantLen  int
	}{
		{nil, false, 0},
		{map[string]string{"require_dyad": "True"}, false, 0},
		{map[string]string{"require_dyad": "false"}, true, 0},
		{map[string]string{"require_dyad": "FALSE"}, true, 0},
		{map[string]string{"new_actor_length": "4"}, false, 4},
		{map[string]string{"new_actor_length": " 3 "}, false, 3},
		{map[string]string{"new_actor_length": "0"}, false, 0},
		{map[string]string{"new_actor_length": "x"}, false, 0},
	}
	base := &events.Coder{}
	for _, tc := range tests {
		c := coderFor(base, tc.config, false)
		if c.NullActors != tc.wantNull || !c.AnonymousAgents || c.NewActorLength != tc.wantLen {
			t.Errorf("coderFor(%v): NullActors=%v AnonymousAgents=%v NewActorLength=%d, want %v true %d",
				tc.config, c.NullActors, c.AnonymousAgents, c.NewActorLength, tc.wantNull, tc.wantLen)
		}
		if !c.NoIntentForm || !c.Options.ExactWords {
			t.Errorf("coderFor(%v): PETRARCH's readings off (NoIntentForm=%v ExactWords=%v)", tc.config, c.NoIntentForm, c.Options.ExactWords)
		}
		if p := coderFor(base, tc.config, true); p.NoIntentForm || p.Options.ExactWords {
			t.Errorf("coderFor(%v, pipeline): PETRARCH's readings on", tc.config)
		}
	}
	if base.NullActors || base.AnonymousAgents || base.NoIntentForm || base.Options.ExactWords {
		t.Error("coderFor changed the coder it was given")
	}
}
