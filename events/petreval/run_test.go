package petreval

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"entente/events/petrtest"
)

// testFiles writes a small set of validation-style dictionaries.
func testFiles(t *testing.T) Files {
	t.Helper()
	dir := t.TempDir()
	write := func(name, data string) string {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	return Files{
		Verbs:    write("T.Validate.verbs.txt", "--- CONDEMN [122] ---\nCONDEMN\n\n--- ABANDON [345] ---\nABANDON\n- * TIES [901]\n"),
		Actors:   write("T.Validate.actors.txt", "ARNOR_ [ARN]\nGONDOR [GON]\nSAM_GAMGEE [HOB]\n\t[HOBGOV 20121109-20130119]\n"),
		Agents:   write("T.Validate.agents.txt", "GOVERNMENT [~GOV]\n"),
		Discards: write("T.Validate.discards.txt", "+TYPHOON\nBASEBALL\n"),
	}
}

const testRecords = `<Validation><Environment><Include>valid DEMO ERROR</Include></Environment><Sentences>
<Sentence date="19950101" id="PASS-1" category="DEMO" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="122"></EventCoding>
<Text>Arnor condemned Gondor on Sunday.</Text></Sentence>
<Sentence date="19950101" id="PASS-2" category="DEMO" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="901"></EventCoding>
<Text>Arnor abandoned ties with Gondor.</Text></Sentence>
<Sentence date="20121201" id="PASS-3" category="DEMO" sentence="true">
<EventCoding sourcecode="HOBGOV" targetcode="GON" eventcode="122"></EventCoding>
<Text>Sam Gamgee condemned Gondor.</Text></Sentence>
<Sentence date="19950101" id="PASS-4" category="DEMO" sentence="true">
<EventCoding noevents="True"></EventCoding><Text>The weather in Gondor was fine.</Text></Sentence>
<Sentence date="19950101" id="FAIL-1" category="DEMO" sentence="true">
<EventCoding sourcecode="GON" targetcode="ARN" eventcode="122"></EventCoding>
<Text>Arnor condemned Gondor on Sunday.</Text></Sentence>
<Sentence date="19950101" id="STORY" category="ERROR" sentence="true">
<EventCoding error="storydiscard"></EventCoding><Text>Arnor condemned Gondor after a typhoon.</Text></Sentence>
<Sentence date="19950101" id="SENT" category="ERROR" sentence="true">
<EventCoding error="sentencediscard"></EventCoding><Text>Arnor condemned Gondor over baseball.</Text></Sentence>
<Sentence date="19950101" id="DATELINE" category="ERROR" sentence="true">
<EventCoding error="dateline"></EventCoding><Text>MINAS TIRITH: -- Arnor condemned Gondor.</Text></Sentence>
<Sentence date="19950101" id="NOTREJECTED" category="ERROR" sentence="true">
<EventCoding error="dateline"></EventCoding><Text>Arnor condemned Gondor.</Text></Sentence>
<Sentence date="19950101" id="BADPARSE" category="ERROR" sentence="true">
<EventCoding error="bad_input_parse"></EventCoding><Text>Arnor condemned Gondor.</Text></Sentence>
<Sentence date="19950101" id="DISCARDED" category="DEMO" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="122"></EventCoding>
<Text>Arnor condemned Gondor over baseball.</Text></Sentence>
<Sentence date="19950101" id="OTHER" category="AGENTS" sentence="true">
<EventCoding noevents="True"></EventCoding><Text>Arnor condemned Gondor.</Text></Sentence>
</Sentences></Validation>`

func TestRun(t *testing.T) {
	f, err := petrtest.ReadRecords("test", strings.NewReader(testRecords))
	if err != nil {
		t.Fatal(err)
	}
	dict, coder, err := Load(context.Background(), testFiles(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	m, err := model()
	if err != nil {
		t.Fatal(err)
	}
	rep, err := Run(context.Background(), f, Setup{Actors: dict, Coder: coder, Syntax: m})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{ // id → pass, fail or skip
		"PASS-1": "pass", "PASS-2": "pass", "PASS-3": "pass", "PASS-4": "pass", "FAIL-1": "fail",
		"STORY": "pass", "SENT": "pass", "DATELINE": "pass", "NOTREJECTED": "fail",
		"BADPARSE": "skip", "DISCARDED": "fail", "OTHER": "skip",
	}
	for _, x := range rep.Results {
		got := "fail"
		switch {
		case x.Skipped:
			got = "skip"
		case x.Pass:
			got = "pass"
		}
		if got != want[x.ID] {
			t.Errorf("%s: %s (%s; got %v), want %s", x.ID, got, x.Reason, x.Got, want[x.ID])
		}
	}
	if rep.Passed != 7 || rep.Total != 10 || rep.Skipped != 2 {
		t.Errorf("passed %d total %d skipped %d, want 7 10 2", rep.Passed, rep.Total, rep.Skipped)
	}
	fails := rep.Failures()
	if len(fails) != 3 || fails[0].ID != "FAIL-1" || !strings.Contains(fails[0].Reason, "missing GON ARN 122; extra ARN GON 122") {
		t.Errorf("failures %+v", fails)
	}
	if fails[2].ID != "DISCARDED" || fails[2].Reason != "rejected as sentencediscard" {
		t.Errorf("discarded record: %+v", fails[2])
	}
	var b strings.Builder
	if err := rep.Write(&b, true); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if !strings.HasSuffix(out, "petrarch pass=7/10 rate=0.700\n") || !strings.Contains(out, "FAIL NOTREJECTED") ||
		!strings.Contains(out, "SKIP OTHER") || !strings.Contains(out, "ERROR           3      4  0.750  (1 skipped)") {
		t.Errorf("report:\n%s", out)
	}
	rep, err = Run(context.Background(), f, Setup{Actors: dict, Coder: coder, Syntax: m, AllCategories: true})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Total != 11 || rep.Skipped != 1 {
		t.Errorf("AllCategories: total %d skipped %d, want 11 1", rep.Total, rep.Skipped)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Run(ctx, f, Setup{Actors: dict, Coder: coder, Syntax: m}); err == nil {
		t.Error("Run with a cancelled context succeeded")
	}
	if _, err := Run(context.Background(), f, Setup{}); err == nil {
		t.Error("Run without dictionaries succeeded")
	}
}

func TestLoadErrors(t *testing.T) {
	files := testFiles(t)
	if _, _, err := Load(context.Background(), Files{Actors: files.Actors}, nil); err == nil {
		t.Error("Load without a verb dictionary succeeded")
	}
	missing := files
	missing.Verbs = filepath.Join(t.TempDir(), "none.txt")
	if _, _, err := Load(context.Background(), missing, nil); err == nil || !strings.Contains(err.Error(), "none.txt") {
		t.Errorf("missing verb file: %v", err)
	}
	missing = files
	missing.Agents = filepath.Join(t.TempDir(), "none.agents.txt")
	if _, _, err := Load(context.Background(), missing, nil); err == nil || !strings.Contains(err.Error(), "none.agents.txt") {
		t.Errorf("missing agents file: %v", err)
	}
	env := petrtest.Environment{Verbfile: "v.txt", Actorfile: "a.txt"}
	if got := FilesFor(env, "d"); got != (Files{Verbs: filepath.Join("d", "v.txt"), Actors: filepath.Join("d", "a.txt")}) {
		t.Errorf("FilesFor = %+v", got)
	}
}
