package dict

import (
	"reflect"
	"strings"
	"testing"
)

// An actor written with several codes joined by slashes, as PETRARCH's
// validation dictionary has them, is one record with all its codes, and the
// records around it keep their own.
func TestParseActorsSeveralCodes(t *testing.T) {
	const src = "<!-- PETRARCH VALIDATION SUITE ACTOR DICTIONARY -->\n" +
		"<!-- ``FIRST LIGHT'' TEST SET -->\n" +
		"LITHUANIA  [LTH] #jw 9/24/91\n" +
		"LORIEN  [ELR/GAL]\n" +
		"LUXEMBOURG  [LUX] #jw 9/16/91\n" +
		"THE_SHIRE  [FRO/BIL/SAM]\n" +
		"+HOBBITON\n" +
		"VATICAN\n" +
		"\t[VATGOV/ITA 19290211-19700101]\n" +
		"\t[VAT]\n"
	acts, warns, err := ParseActors(strings.NewReader(src), "f.txt")
	if err != nil || len(warns) > 0 {
		t.Fatalf("err %v, warnings %v", err, warns)
	}
	got := map[string][]Rule{}
	for _, a := range acts {
		got[a.Name()] = a.Rules
	}
	want := map[string][]Rule{
		"LITHUANIA":  {{Code: "LTH"}},
		"LORIEN":     {{Code: "ELR", Also: []string{"GAL"}}},
		"LUXEMBOURG": {{Code: "LUX"}},
		"THE SHIRE":  {{Code: "FRO", Also: []string{"BIL", "SAM"}}},
		"VATICAN":    {{Code: "VATGOV", Also: []string{"ITA"}, From: 19290211, To: 19700101}, {Code: "VAT"}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
	if n := len(acts[0].Phrases); n != 1 {
		t.Errorf("LITHUANIA has %d phrases, want 1 (a '<' line is a comment)", n)
	}
	if n := len(acts[3].Phrases); n != 2 {
		t.Errorf("THE_SHIRE has %d phrases, want 2", n)
	}
}

func TestParseCodes(t *testing.T) {
	for _, c := range []struct {
		in    string
		codes []string // nil: an error
	}{
		{"GON", []string{"GON"}},
		{"---", []string{""}},
		{"ELR/GAL", []string{"ELR", "GAL"}},
		{"FRO/BIL/SAM", []string{"FRO", "BIL", "SAM"}},
		{"ISRGOV/PSE", []string{"ISRGOV", "PSE"}},
		{"ELR/ELR/GAL", []string{"ELR", "GAL"}}, // a repeat counts once
		{"ELR/", nil},
		{"/GAL", nil},
		{"ELR//GAL", nil},
		{"ELR/---", nil},
		{"elr/GAL", nil},
		{"/", nil},
	} {
		r, err := parseCodes(c.in)
		switch {
		case c.codes == nil && err == nil:
			t.Errorf("parseCodes(%q) = %v, want an error", c.in, r.Codes())
		case c.codes != nil && err != nil:
			t.Errorf("parseCodes(%q): %v", c.in, err)
		case c.codes != nil && !reflect.DeepEqual(r.Codes(), c.codes):
			t.Errorf("parseCodes(%q) = %q, want %q", c.in, r.Codes(), c.codes)
		}
	}
}

// A bad code among several drops the restriction with a warning, as a bad
// single code does; the record is not merged into the next one when it keeps
// another code.
func TestParseActorsBadSeveralCodes(t *testing.T) {
	const src = "LORIEN  [ELR/] [ELR]\nLUXEMBOURG  [LUX]\n"
	acts, warns, err := ParseActors(strings.NewReader(src), "f.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(acts) != 2 || acts[0].Name() != "LORIEN" || acts[0].Rules[0].Code != "ELR" || len(warns) != 1 {
		t.Errorf("got %+v, warnings %v", acts, warns)
	}
}
