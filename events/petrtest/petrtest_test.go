package petrtest

import (
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

const sharedDir = "../../../shared/data/eventdata"

// openShared opens a file of the reference-data folder or skips the test.
func openShared(t *testing.T, rel string) *os.File {
	t.Helper()
	f, err := os.Open(filepath.Join(sharedDir, rel))
	if err != nil {
		t.Skipf("reference data not available (%v); it lives in ../shared in the development checkout", err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func TestReadPetrarchRecords(t *testing.T) {
	f, err := ReadRecords("PETR.UnitTest.records.xml", openShared(t, "petrarch2/PETR.UnitTest.records.xml"))
	if err != nil {
		t.Fatal(err)
	}
	if f.Env.Verbfile != "PETR.Validate.verbs.txt" || f.Env.Actorfile != "PETR.Validate.actors.txt" {
		t.Errorf("environment %+v", f.Env)
	}
	if len(f.Env.Include) != 12 || f.Env.Include[0] != "valid" || f.Env.Config["stop_on_error"] != "True" {
		t.Errorf("include %v config %v", f.Env.Include, f.Env.Config)
	}
	var events, noEvents, errs, coNLL int
	var dups []string
	ids := map[string]bool{}
	for _, r := range f.Records {
		events += len(r.Events)
		if r.NoEvents {
			noEvents++
		}
		if r.Error != "" {
			errs++
		}
		if r.IsCoNLLU() {
			coNLL++
		}
		if ids[r.ID] {
			dups = append(dups, r.ID)
		}
		ids[r.ID] = true
		if _, err := r.Time(); err != nil {
			t.Errorf("%s: date %q: %v", r.ID, r.Date, err)
		}
		if !strings.HasPrefix(r.Parse, "(ROOT") && !strings.HasPrefix(r.Parse, "( (S") {
			t.Errorf("%s: parse does not start with a bracketed tree: %.30q", r.ID, r.Parse)
		}
	}
	// The file repeats two ids (different sentences).
	if !slices.Equal(dups, []string{"AGENTS-18", "AGENTS-19"}) {
		t.Errorf("repeated ids %v, want AGENTS-18 and AGENTS-19", dups)
	}
	// Counts measured on the file: 284 records; 359 expected events, 19
	// records expecting none and 7 expecting an error.
	if len(f.Records) != 284 || events != 359 || noEvents != 19 || errs != 7 || coNLL != 0 {
		t.Errorf("records %d events %d noevents %d errors %d conllu %d; want 284 359 19 7 0",
			len(f.Records), events, noEvents, errs, coNLL)
	}
	first, last := f.Records[0], f.Records[len(f.Records)-1]
	want := Record{ID: "DEMO-00", Date: "19950101", Category: "DEMO",
		Text:   "Arnor is about to restore full diplomatic ties with Gondor almost five years after crowds trashed its embassy.",
		Events: []Event{{"ARN", "GON", "064"}}}
	if first.ID != want.ID || first.Date != want.Date || first.Category != want.Category || first.Text != want.Text || !slices.Equal(first.Events, want.Events) {
		t.Errorf("first record %+v", first)
	}
	if last.ID != "FINAL-RECORD" || !last.NoEvents || len(last.Events) != 0 {
		t.Errorf("last record %+v", last)
	}
	byID := map[string]Record{}
	for _, r := range f.Records {
		byID[r.ID] = r
	}
	if r := byID["DEMO-02"]; !slices.Equal(r.Events, []Event{{"DAGGOV", "GON", "032"}, {"GON", "DAGGOV", "033"}}) {
		t.Errorf("DEMO-02 events %v", r.Events)
	}
	// Options set by <Config> between records apply to the records after it.
	n4, n0 := 0, 0
	for _, r := range f.Records {
		switch r.Config["new_actor_length"] {
		case "4":
			n4++
		case "0", "":
			n0++
		}
	}
	if n4 == 0 || n0 == 0 {
		t.Errorf("new_actor_length never changes: %d records with 4, %d with 0", n4, n0)
	}
	var quoted bool
	for _, r := range f.Records {
		for _, e := range r.Events {
			if e.Source == `"INJURY TOLL"` {
				quoted = true
				if r.Config["new_actor_length"] != "4" {
					t.Errorf("%s: new-actor record with new_actor_length %q", r.ID, r.Config["new_actor_length"])
				}
			}
		}
	}
	if !quoted {
		t.Error(`the "INJURY TOLL" new-actor event was not read`)
	}
}

func TestReadUDRecords(t *testing.T) {
	f, err := ReadRecords("udpipe", openShared(t, "UniversalPetrarch/PETR.UnitTest.records.parsing_parsed_udpipe_2.0.xml"))
	if err != nil {
		t.Fatal(err)
	}
	var events, words int
	for _, r := range f.Records {
		events += len(r.Events)
		if !r.IsCoNLLU() {
			t.Fatalf("%s: parse is not CoNLL-U", r.ID)
		}
		toks, err := ParseCoNLLU(r.Parse)
		if err != nil {
			t.Fatalf("%s: %v", r.ID, err)
		}
		roots := 0
		for _, tk := range toks {
			if tk.Head == 0 {
				roots++
			}
		}
		if roots == 0 {
			t.Errorf("%s: no root", r.ID)
		}
		words += len(toks)
	}
	// Measured: 284 records, 349 expected events, 6,354 words.
	if len(f.Records) != 284 || events != 349 || words != 6354 {
		t.Errorf("records %d events %d words %d; want 284 349 6354", len(f.Records), events, words)
	}
	r := f.Records[0]
	if r.ID != "DEMO_00" || r.Source != "DEMO" || !slices.Equal(r.Events, []Event{{"ARN", "GON", "050"}}) {
		t.Errorf("first UD record %+v", r)
	}
	toks, _ := ParseCoNLLU(r.Parse)
	if len(toks) != 19 || toks[4].Form != "restore" || toks[4].Lemma != "restore" || toks[4].UPOS != "VERB" || toks[4].Head != 3 || toks[4].Deprel != "xcomp" {
		t.Errorf("DEMO_00 token 5: %+v (of %d)", toks[4], len(toks))
	}
}

func TestReadRecordsErrors(t *testing.T) {
	wrap := func(s string) string { return "<Validation><Sentences>" + s + "</Sentences></Validation>" }
	tests := []struct{ name, in, want string }{
		{"ok", wrap(`<Sentence id="A" date="20000101"><EventCoding noevents="True"></EventCoding><Text>x</Text></Sentence>`), ""},
		{"no id", wrap(`<Sentence date="20000101"><Text>x</Text></Sentence>`), "without id"},
		{"no text", wrap(`<Sentence id="A"><EventCoding noevents="True"/></Sentence>`), "record A has no <Text>"},
		{"half event", wrap(`<Sentence id="A"><EventCoding sourcecode="X" eventcode="010"/><Text>x</Text></Sentence>`), "needs sourcecode, targetcode and eventcode"},
		{"events and none", wrap(`<Sentence id="A"><EventCoding sourcecode="X" targetcode="Y" eventcode="010"/><EventCoding noevents="True"/><Text>x</Text></Sentence>`), "expects events and none"},
		{"outside", `<Validation><Sentence id="A"><Text>x</Text></Sentence></Validation>`, "outside <Sentences>"},
		{"bad xml", wrap(`<Sentence id="A"><Text>x</Sentence>`), "petrtest: t.xml"},
		{"config", wrap(`<Config value="1"/>`), "<Config> without option"},
	}
	for _, tt := range tests {
		_, err := ReadRecords("t.xml", strings.NewReader(tt.in))
		if tt.want == "" {
			if err != nil {
				t.Errorf("%s: %v", tt.name, err)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want %q", tt.name, err, tt.want)
		}
	}
}

func TestParseCoNLLU(t *testing.T) {
	good := "# text = A b.\n1-2\tAb\t_\t_\t_\t_\t_\t_\t_\t_\n1\tA\ta\tDET\tDT\t_\t2\tdet\t_\t_\n2\tb\tb\tNOUN\tNN\t_\t0\troot\t_\t_\n2.1\tx\tx\t_\t_\t_\t_\t_\t_\t_\n"
	toks, err := ParseCoNLLU(good)
	if err != nil || len(toks) != 2 || toks[1].Head != 0 || toks[0].Deprel != "det" {
		t.Errorf("good: %v %+v", err, toks)
	}
	for _, bad := range []string{
		"1\tA\ta\tDET\tDT\t_\t2\tdet\t_\n",     // 9 fields
		"2\tA\ta\tDET\tDT\t_\t0\troot\t_\t_\n", // ID out of order
		"1\tA\ta\tDET\tDT\t_\tx\troot\t_\t_\n", // bad head
		"1\tA\ta\tDET\tDT\t_\t5\troot\t_\t_\n", // head beyond the sentence
	} {
		if _, err := ParseCoNLLU(bad); err == nil {
			t.Errorf("no error for %q", bad)
		}
	}
}

func TestReadICEWSCodes(t *testing.T) {
	codes, err := ReadICEWSCodes(openShared(t, "icews/cameo-codes.csv"))
	if err != nil {
		t.Fatal(err)
	}
	examples := 0
	byCode := map[string]ICEWSCode{}
	for _, c := range codes {
		if c.Example != "" {
			examples++
		}
		byCode[c.Code] = c
		if strings.ContainsRune(c.Example+c.Description+c.UsageNotes, '\uFFFD') {
			t.Errorf("%s: replacement character left in the text", c.Code)
		}
	}
	// Measured: 312 codes (GDELT's 311 and 1213), 277 with an example.
	if len(codes) != 312 || examples != 277 {
		t.Errorf("%d codes, %d examples; want 312, 277", len(codes), examples)
	}
	c := byCode["012"]
	if c.Name != "Make pessimistic comment" || c.Goldstein != -0.4 || c.Root != "01" || !strings.Contains(c.Example, "Moscow’s will") {
		t.Errorf("012: %+v", c)
	}
	if c := byCode["01"]; c.Example != "" || c.Description != "" {
		t.Errorf("01: NA not read as empty: %+v", c)
	}
	if c := byCode["190"]; c.Goldstein != -10 || c.Example == "" {
		t.Errorf("190: %+v", c)
	}
}

func TestReadICEWSCodesErrors(t *testing.T) {
	hdr := `"name","code","goldstein","description","usage_notes","example","root_code"` + "\n"
	tests := []struct{ name, in, want string }{
		{"ok", hdr + `"X","010",NA,NA,NA,NA,"01"` + "\n", ""},
		{"missing column", `"name","code"` + "\n", `no column "goldstein"`},
		{"bad goldstein", hdr + `"X","010","minus","","","","01"` + "\n", `row 2: goldstein "minus"`},
		{"no code", hdr + `"X","","1","","","","01"` + "\n", "row 2: no code"},
		{"empty", "", "empty file"},
	}
	for _, tt := range tests {
		c, err := ReadICEWSCodes(strings.NewReader(tt.in))
		if tt.want == "" {
			if err != nil || len(c) != 1 || !math.IsNaN(c[0].Goldstein) {
				t.Errorf("%s: %v %+v", tt.name, err, c)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want %q", tt.name, err, tt.want)
		}
	}
}

func TestRepairMojibake(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{"Moscow\x82\xc4\xf4s", "Moscow’s"},
		{"\xac\xa3100", "£100"},
		{"caf\xe9", "café"},                  // plain Windows-1252: repair fails, decoded as 1252
		{"C\xac? x\x82\xc4\xf4s", "C¬? x’s"}, // runs repaired one by one
		{"déjà", "déjà"},                     // valid UTF-8 untouched
	}
	for _, tt := range tests {
		if got := string(repairMojibake([]byte(tt.in))); got != tt.want {
			t.Errorf("repair(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
