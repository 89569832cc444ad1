package dict

import (
	"strings"
	"testing"
)

// The fuzz targets check that no input makes a parser panic, and that an error
// is always a *ParseError naming the file.

func fuzzSeeds(f *testing.F, seeds ...string) {
	for _, s := range seeds {
		f.Add(s)
	}
	f.Add("")
	f.Add("\x00\xff[{!~+\t<")
}

func checkErr(t *testing.T, err error) {
	if err != nil && !strings.HasPrefix(err.Error(), "f.txt:") {
		t.Fatalf("error without file:line: %v", err)
	}
}

func FuzzParseActors(f *testing.F) {
	fuzzSeeds(f, actorsSample, "A_ [B >1]\n+C\n\t[D 1-2]\n", "X\n\t[Y 990101-980101]\n", "L [E/G]\nS [F/B/S >950101]\n\t[X/--- 1-2]\n")
	f.Fuzz(func(t *testing.T, s string) {
		_, _, err := ParseActors(strings.NewReader(s), "f.txt")
		checkErr(t, err)
	})
}

func FuzzParseAgents(f *testing.F) {
	fuzzSeeds(f, "!P! = A, B\nX!P!!P! Y_Z {Q} [~GOV]\n", "A [B~]\nC {} [~D}\n")
	f.Fuzz(func(t *testing.T, s string) {
		_, _, err := ParseAgents(strings.NewReader(s), "f.txt")
		checkErr(t, err)
	})
}

func FuzzParseDiscards(f *testing.F) {
	fuzzSeeds(f, "+5K RUN # x\nBASEBALL\nWORLD_CUP_\n")
	f.Fuzz(func(t *testing.T, s string) {
		_, _, err := ParseDiscards(strings.NewReader(s), "f.txt")
		checkErr(t, err)
	})
}

func FuzzParseIssues(f *testing.F) {
	fuzzSeeds(f, "<ISSUE CATEGORY=\"A\">\npre+n:school v:go+ x [A]\n~~b\n</ISSUE>\n")
	f.Fuzz(func(t *testing.T, s string) {
		_, _, err := ParseIssues(strings.NewReader(s), "f.txt")
		checkErr(t, err)
	})
}

func FuzzParseCountryInfo(f *testing.F) {
	fuzzSeeds(f, "<Country>\n<CountryCode>A</CountryCode>\n<Leaders>\n<T>\n{A}{B} [1 - 2] [B:1]\n</T>\n</Leaders>\n</Country>\n",
		"<!--\n<Comment>\n<Government>\nX [AGOV <990101]\n")
	f.Fuzz(func(t *testing.T, s string) {
		_, _, err := ParseCountryInfo(strings.NewReader(s), "f.txt")
		checkErr(t, err)
	})
}

func FuzzParseDate(f *testing.F) {
	fuzzSeeds(f, "080508", "19991231", "1-2", ">990101", "A/B 950101-960101")
	f.Fuzz(func(t *testing.T, s string) {
		// Years run from 0001 (the Phoenix files reach back to 1895) to 9999.
		if d, err := ParseDate(s); err == nil && (d < 10101 || d > 99991231) {
			t.Fatalf("ParseDate(%q) = %v", s, d)
		}
		_, _ = parseRule("X " + s)
	})
}
