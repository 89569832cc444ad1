package petreval

import (
	"slices"
	"testing"

	"entente/events"
	"entente/events/petrtest"
)

func TestCompare(t *testing.T) {
	arnGon := Triple{"ARN", "GON", "064"}
	gonArn := Triple{"GON", "ARN", "064"}
	tests := []struct {
		name           string
		want, got      []Triple
		equal          bool
		missing, extra []Triple
	}{
		{"both empty (a record expecting no event)", nil, nil, true, nil, nil},
		{"same single", []Triple{arnGon}, []Triple{arnGon}, true, nil, nil},
		{"order does not matter", []Triple{arnGon, gonArn}, []Triple{gonArn, arnGon}, true, nil, nil},
		{"repeats count once", []Triple{arnGon}, []Triple{arnGon, arnGon}, true, nil, nil},
		{"case and blanks folded", []Triple{{"pse", "GON ", "064"}}, []Triple{{"PSE", "GON", "064"}}, true, nil, nil},
		{"nothing produced", []Triple{arnGon}, nil, false, []Triple{arnGon}, nil},
		{"unexpected event", nil, []Triple{arnGon}, false, nil, []Triple{arnGon}},
		{"direction matters", []Triple{arnGon}, []Triple{{"GON", "ARN", "064"}}, false, []Triple{arnGon}, []Triple{gonArn}},
		{"code must be exact", []Triple{arnGon}, []Triple{{"ARN", "GON", "0641"}}, false, []Triple{arnGon}, []Triple{{"ARN", "GON", "0641"}}},
		{"agent part matters", []Triple{{"CALGOV", "OSGMIL", "122"}}, []Triple{{"CAL", "OSGMIL", "122"}},
			false, []Triple{{"CALGOV", "OSGMIL", "122"}}, []Triple{{"CAL", "OSGMIL", "122"}}},
		{"one of two found", []Triple{arnGon, gonArn}, []Triple{arnGon}, false, []Triple{gonArn}, nil},
		{"null actors as written", []Triple{{"---GOV", "---", "023"}}, []Triple{{"---GOV", "---", "023"}}, true, nil, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			equal, missing, extra := Compare(tc.want, tc.got)
			if equal != tc.equal || !slices.Equal(missing, tc.missing) || !slices.Equal(extra, tc.extra) {
				t.Errorf("Compare = %v, missing %v, extra %v; want %v, %v, %v", equal, missing, extra, tc.equal, tc.missing, tc.extra)
			}
		})
	}
}

func TestExpectedAndTriplesOf(t *testing.T) {
	rec := petrtest.Record{Events: []petrtest.Event{
		{Source: "GON", Target: "OSG", Code: "191"},
		{Source: `"INJURY TOLL"`, Target: "OSG", Code: "223"},
		{Source: "GON", Target: "OSG", Code: "191"},
	}}
	want := []Triple{{`"INJURY TOLL"`, "OSG", "223"}, {"GON", "OSG", "191"}}
	if got := Expected(rec); !slices.Equal(got, want) {
		t.Errorf("Expected = %v, want %v", got, want)
	}
	evs := []events.Event{
		{Source: events.Actor{Code: "OSG"}, Target: events.Actor{Code: "GON"}, CAMEO: "191"},
		{Source: events.Actor{Code: "GON"}, Target: events.Actor{Code: "OSG"}, CAMEO: "191"},
		{Source: events.Actor{Code: "GON"}, Target: events.Actor{Code: "OSG"}, CAMEO: "191"},
	}
	wantGot := []Triple{{"GON", "OSG", "191"}, {"OSG", "GON", "191"}}
	if got := TriplesOf(evs); !slices.Equal(got, wantGot) {
		t.Errorf("TriplesOf = %v, want %v", got, wantGot)
	}
	if s := (Triple{"ARN", "GON", "064"}).String(); s != "ARN GON 064" {
		t.Errorf("String = %q", s)
	}
}
