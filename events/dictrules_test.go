package events

import (
	"slices"
	"strings"
	"testing"

	"entente/events/cameo"
	"entente/events/verbdict"
)

// rulesDict is a small verb dictionary whose patterns exercise the coder's
// reading of them: slots, compounds, passive-written patterns and the
// patterns that read across verbs and clauses.
const rulesDict = `--- RECEIVE [070] ---
RECEIVE
- + * MONEY $ [071]

--- RENEW [---] ---
RENEW
- % * DIPLOMATIC [064]

--- AGREE [030] ---
AGREE
- * WITH % [031]

--- CONCUR [---] ---
CONCUR
- % * [036:036]

--- SHOOT [190] ---
SHOOT
- + WAS * DEAD IN $ [193]

--- VOW [170] ---
VOW
- * WAR [173]

--- TRY [---] ---
TRY

--- CLASH [190] ---
CLASH
- SUDDENLY * WITH [195]

--- ALLOW [080] ---
ALLOW
- * REALLY_PLEASANT [024]

--- REGRET [111] ---
REGRET
- NOTED + * [115]

--- CELEBRATE [181] ---
CELEBRATE
- + HOSTING * ANNIVERSARY $ [046]

--- WELCOME [041] ---
WELCOME
- * ASSURANCES FROM [043]

--- RESTORE [---] ---
RESTORE
- * FULL DIPLOMATIC [+++]
- * DIPLOMATIC [064]

--- CONFISCATE [1711] ---
CONFISCATE
WIRE_+TAP {WIRE_+TAPPED WIRE_+TAPPING}
- WILL NOT * [081]

--- DISPATCH [070] ---
DISPATCH
- WILL * AMBULANCES [150]

--- ABANDON [---] ---
ABANDON
- * IMPROVED RELATIONS [161]

--- DEPART [032] ---
DEPART
`

func TestDictionaryRules(t *testing.T) {
	d, err := verbdict.Parse("test.verbs", strings.NewReader(rulesDict))
	if err != nil {
		t.Fatal(err)
	}
	tab, err := cameo.Load()
	if err != nil {
		t.Fatal(err)
	}
	c := NewCoderWith(d, tab)
	tests := []struct {
		text          string
		want, notWant []string
	}{
		{"Egypt has received by courier money from Libya.", []string{"LBY>EGY:071"}, nil},
		{"Jordan and Egypt renewed diplomatic ties on Monday.", []string{"JOR>EGY:064", "EGY>JOR:064"}, nil},
		{"Iran agrees with Russia and China on the plan.", []string{"IRN>RUS:031", "IRN>CHN:031"}, []string{"RUS>CHN:031"}},
		{"An Egyptian was shot dead in Libya.", []string{"LBY>EGY:193"}, nil},
		// a compound's members may have determiners
		{"The Philippines and the United Kingdom concur that the dispute should go to arbitration.",
			[]string{"PHL>GBR:036", "GBR>PHL:036"}, nil},
		// a pattern reads through the uncoded verb of a verb chain
		{"Iran vowed on Thursday to wage war on Israel.", []string{"IRN>ISR:173"}, []string{"IRN>ISR:030"}},
		{"Syria suddenly tried to clash with Turkey.", []string{"SYR>TUR:195"}, []string{"SYR>TUR:190"}},
		// a joined phrase may lie in the complement clause
		{"Russia allowed that Iran is not a really pleasant neighbour.", []string{"RUS>IRN:024"}, []string{"RUS>IRN:080"}},
		// a pre-verb word may be the governing verb; its subject is the source
		{"The Egyptian president noted that Iran regretted the attack.", []string{"EGY>IRN:115"}, nil},
		// a pattern that took the governing verb makes the infinitive no purpose
		{"Egypt is hosting a summit to celebrate the anniversary with Libya.", []string{"LBY>EGY:046"}, nil},
		// a country and its own sector make an event when the pattern's
		// $ and + slots name both, and only then
		{"Egypt is hosting a summit to celebrate the anniversary with the Egyptian army.", []string{"EGY>EGY:046"}, nil},
		{"Egypt vowed war on the Egyptian army.", nil, []string{"EGY>EGY:173"}},
		// a participle stays inside its noun phrase
		{"Israel welcomed assurances sent from Egypt on Monday.", []string{"ISR>EGY:043"}, []string{"ISR>EGY:041"}},
		// a pattern with a placeholder code hides no valid pattern
		{"Jordan restored full diplomatic ties with Egypt.", []string{"JOR>EGY:064"}, nil},
		// a multiword verb whose first word the parser took for the verb
		{"Soldiers from Egypt will not wire tap the communication links leading into Libya.", []string{"EGY>LBY:081"}, nil},
		// a pattern that took "will" keeps its code, no intent replaces it
		{"Egypt will dispatch ambulances to Libya.", []string{"EGY>LBY:150"}, []string{"EGY>LBY:138"}},
		// after a modal the verb is the bare infinitive, not a past form the
		// parser hung "will" on ("abandon" tagged as an adverb)
		{"Egypt will abandon improved economic relations with Jordan.", []string{"EGY>JOR:1313"}, nil},
		// a main verb tagged as a plural noun when the parse's root is an
		// adverbial clause
		{"Egypt departs from Libya almost five years after crowds trashed its embassy.", []string{"EGY>LBY:032"}, nil},
	}
	for _, tc := range tests {
		l := runLayers(t, tc.text, "2023-10-31")
		var got []string
		for _, e := range c.Code(l.art.ID, "2023-10-31", l.td, l.pd, l.acts, l.cd, l.qs) {
			got = append(got, triple(e))
		}
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: want %s, got %v", tc.text, w, got)
			}
		}
		for _, w := range tc.notWant {
			if slices.Contains(got, w) {
				t.Errorf("%q: unexpected %s", tc.text, w)
			}
		}
	}
}
