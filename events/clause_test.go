package events

import (
	"slices"
	"testing"

	"entente/syntax"
)

func TestSubjects(t *testing.T) {
	tests := []struct {
		name, text, verb string
		want             []string // forms of the subject candidates, nearest first
	}{
		{name: "own subject", text: "Egypt accused Israel on Monday.", verb: "accused", want: []string{"Egypt"}},
		{name: "name after its noun misparsed as a relative clause's subject", verb: "said",
			text: "Egypt and Jordan welcome a resumption of formal diplomatic ties with Syria after a 12-year rift, the primary official news agency WFNA said on Thursday.",
			want: []string{"WFNA", "agency"}},
		{name: "a from-gerund's subject is the governing verb's object", text: "Turkey blocked Sweden from joining NATO.",
			verb: "joining", want: []string{"Sweden"}},
		{name: "without an object, the governing subject", text: "Iran refrained from attacking Israel.",
			verb: "attacking", want: []string{"Iran"}},
	}
	for _, tc := range tests {
		l := runLayers(t, tc.text, "2023-10-31")
		s := &l.pd.Sentences[0]
		v := slices.IndexFunc(s.Words, func(w syntax.Word) bool { return w.Form == tc.verb })
		if v < 0 {
			t.Fatalf("%s: no %q", tc.name, tc.verb)
		}
		_, subjs := subjects(s, v)
		var got []string
		for _, w := range subjs {
			got = append(got, s.Form(w))
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: subjects = %v, want %v", tc.name, got, tc.want)
		}
	}
}
