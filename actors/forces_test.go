package actors

import "testing"

// TestForces checks "forces" as armed forces and as a verb.
func TestForces(t *testing.T) {
	checkResolutions(t, []resolution{
		{"nationality forces", "Israeli forces killed two men.", "Israeli forces", "ISRMIL"},
		{"abbreviation forces", "U.S. forces in Iraq withdrew.", "U.S. forces in Iraq", "USAMIL"},
		{"possessive forces", "Russia's forces advanced.", "Russia's forces", "RUSMIL"},
		{"government forces", "Syrian government forces shelled the town.", "Syrian government forces", "SYRMIL"},
		{"bare government forces", "government forces shelled the town.", "government forces", "MIL"},
		{"special forces", "Russian special forces landed.", "Russian special forces", "RUSMIL"},
		{"forces before a day", "Israeli forces Tuesday raided the camp.", "Israeli forces", "ISRMIL"},
		{"forces loyal to", "Syrian forces loyal to Assad attacked.", "Syrian forces", "SYRMIL"},
		{"verb with name", "Russia forces Ukraine to retreat.", "Russia forces", ""},
		{"verb with determiner", "China forces the companies to comply.", "China forces", ""},
		{"verb with plural object", "Russia forces companies to pay.", "Russia forces", ""},
		{"adjective before forces", "American market forces drove prices.", "market forces", ""},
		{"joining forces", "Adelson is joining forces with Ricketts.", "forces", ""},
		{"armed forces stays", "the Ukrainian armed forces said", "Ukrainian armed forces", "UKRMIL"},
	})
}
