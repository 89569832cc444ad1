package petreval

import (
	"testing"

	"entente/events"
)

func TestCoderFor(t *testing.T) {
	tests := []struct {
		config   map[string]string
		wantNull bool
	}{
		{nil, false},
		{map[string]string{"require_dyad": "True"}, false},
		{map[string]string{"require_dyad": "false"}, true},
		{map[string]string{"require_dyad": "FALSE"}, true},
		{map[string]string{"new_actor_length": "4"}, false},
	}
	base := &events.Coder{}
	for _, tc := range tests {
		c := coderFor(base, tc.config)
		if c.NullActors != tc.wantNull || !c.AnonymousAgents {
			t.Errorf("coderFor(%v): NullActors=%v AnonymousAgents=%v, want %v true", tc.config, c.NullActors, c.AnonymousAgents, tc.wantNull)
		}
	}
	if base.NullActors || base.AnonymousAgents {
		t.Error("coderFor changed the coder it was given")
	}
}
