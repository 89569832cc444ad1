package tree

import "testing"

func TestJoinedSubjects(t *testing.T) {
	wantArcs(t, "The United States and Saudi Arabia hosted peace talks in Jeddah.",
		arc{"Arabia", "conj", "States"}, arc{"and", "cc", "Arabia"})
}
