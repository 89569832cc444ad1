package dict

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

func TestParseDate(t *testing.T) {
	for _, c := range []struct {
		in   string
		want Date
		err  bool
	}{
		{"080508", 20080508, false},
		{"960618", 19960618, false},
		{"300101", 20300101, false},
		{"310101", 19310101, false},
		{"19270101", 19270101, false},
		{"20060431", 20060431, false}, // real dictionaries have such days
		{"18950101", 18950101, false}, // Phoenix has 19th-century dates
		{"00000101", 0, true},
		{"2004017", 0, true},
		{"1920030320", 0, true},
		{"081308", 0, true},
		{"08x508", 0, true},
		{"", 0, true},
	} {
		got, err := ParseDate(c.in)
		if (err != nil) != c.err || got != c.want {
			t.Errorf("ParseDate(%q) = %v, %v; want %v, err %v", c.in, got, err, c.want, c.err)
		}
	}
}

func TestSelect(t *testing.T) {
	// Benjamin Netanyahu in Phoenix.Countries.actors.txt.
	rules := []Rule{
		{Code: "ISRELI", From: 19670101, To: 19960618},
		{Code: "ISRGOV", From: 19960618, To: 19990706},
		{Code: "ISRGOV", From: 20090401},
		{Code: "ISRELI"},
	}
	for _, c := range []struct {
		d    Date
		want string
	}{
		{19970101, "ISRGOV"}, {20050101, "ISRELI"}, {20231031, "ISRGOV"}, {19800101, "ISRELI"},
		{19960618, "ISRELI"}, // both bounds are inclusive: the first rule wins
		{0, "ISRGOV"},        // no date: the most recent status
	} {
		if got, _ := Select(rules, c.d); got != c.want {
			t.Errorf("Select(%v) = %s, want %s", c.d, got, c.want)
		}
	}
	if _, ok := Select(nil, 20200101); ok {
		t.Error("Select(nil) ok")
	}
	if got, _ := Select([]Rule{{Code: "X", To: 20000101}}, 20100101); got != "" {
		t.Errorf("expired rule selected: %q", got)
	}
}

func TestRegularPlurals(t *testing.T) {
	for in, want := range map[string]string{
		"MINISTER": "MINISTERS", "PARTY": "PARTIES", "ATTORNEY": "ATTORNEYS", "BOSS": "BOSSES",
		"BUS": "BUSES", "CHURCH": "CHURCHES", "RUSSIAN": "RUSSIANS", "5K": "", "A": "",
	} {
		got := strings.Join(RegularPlurals(in), ",")
		if got != want {
			t.Errorf("RegularPlurals(%s) = %q, want %q", in, got, want)
		}
	}
}

const actorsSample = `# comment
VLADIMIR_PUTIN_  # CountryInfo.txt
+PUTIN_
+RUSSIAN_PRESIDENT_VLADIMIR_V._PUTIN
	[RUSELI 700101-990809]
	[RUSGOV >080508]
	[RUSELI]
JAVIER_DE_CUELLAR_	[IGOUNO 820101-911231] [ELI]# IGOrulers.txt
LEONID_BREZHNEV_
LEONID_ILYICH_BREZHNEV
	[SUNGOV 641014-821110]

KORGOV_	[KORGOVBUS 2004017-20061201] [KOR]
CARLOS SANTOS_CRUZ_	[IGOUNO]
MICHELE_MONTAS_	[HTIOPPMED <061231] [IGOUNOMED]	[---]
`

func TestParseActors(t *testing.T) {
	got, warns, err := ParseActors(strings.NewReader(actorsSample), "a.actors.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 6 {
		t.Fatalf("%d actors, want 6: %+v", len(got), got)
	}
	putin := got[0]
	if putin.Name() != "VLADIMIR PUTIN" || len(putin.Phrases) != 3 || len(putin.Rules) != 3 || putin.Comment != "CountryInfo.txt" {
		t.Errorf("putin = %+v", putin)
	}
	if w := putin.Phrases[2].Words; strings.Join(w, " ") != "RUSSIAN PRESIDENT VLADIMIR V PUTIN" {
		t.Errorf("words %q", w)
	}
	if !putin.Phrases[0].NoPlural || putin.Phrases[2].NoPlural {
		t.Errorf("no-plural flags wrong: %+v", putin.Phrases)
	}
	if c, _ := putin.Code(20231031); c != "RUSGOV" {
		t.Errorf("Putin 2023 = %s", c)
	}
	if c, _ := putin.Code(19950101); c != "RUSELI" {
		t.Errorf("Putin 1995 = %s", c)
	}
	if r := got[1].Rules; len(r) != 2 || r[0].Code != "IGOUNO" || r[0].From != 19820101 || r[1].Code != "ELI" {
		t.Errorf("inline rules = %+v", r)
	}
	if b := got[2]; len(b.Phrases) != 2 || b.Line != 9 {
		t.Errorf("codeless record not merged: %+v", b)
	}
	if k := got[3]; len(k.Rules) != 1 || k.Rules[0].Code != "KOR" {
		t.Errorf("bad date not dropped: %+v", k.Rules)
	}
	if w := got[4].Phrases[0].Words; strings.Join(w, " ") != "CARLOS SANTOS CRUZ" {
		t.Errorf("blank in actor phrase: %q", w)
	}
	if r := got[5].Rules; len(r) != 3 || r[2].Code != "" {
		t.Errorf("null code: %+v", r)
	}
	var reasons []string
	for _, w := range warns {
		reasons = append(reasons, w.String())
	}
	all := strings.Join(reasons, "\n")
	for _, want := range []string{"a.actors.txt:9: LEONID_BREZHNEV_ has no code: merged", "a.actors.txt:13:", "2004017"} {
		if !strings.Contains(all, want) {
			t.Errorf("warnings lack %q:\n%s", want, all)
		}
	}
}

func TestParseErrors(t *testing.T) {
	for _, c := range []struct {
		name, in, want string
		parse          func(string) error
	}{
		{"synonym first", "+FOO\n", "x.txt:1: synonym", actorsFn},
		{"restriction first", "\n\t[USA]\n", "x.txt:2: date restriction", actorsFn},
		{"unclosed bracket", "FOO [USA\n", "x.txt:1: unclosed '['", actorsFn},
		{"nested bracket", "FOO [US[A]\n", "x.txt:1: nested '['", actorsFn},
		{"agent unclosed brace", "FOO {FOOS [~GOV]\n", "x.txt:1: unclosed '{'", agentsFn},
		{"agent empty macro", "!X! = ,\n", "x.txt:1: macro !X! has no items", agentsFn},
		{"discard plus only", "+\n", "x.txt:1: '+' without a phrase", discardsFn},
		{"issue nested", "<ISSUE CATEGORY=\"A\">\n<ISSUE CATEGORY=\"B\">\n", "x.txt:2: <ISSUE> inside", issuesFn},
		{"issue unclosed", "<ISSUE CATEGORY=\"A\">\nfoo [A]\n", "x.txt:1: <ISSUE> block never closed", issuesFn},
		{"countryinfo bad name", "<Country>\n<CountryCode>X</CountryCode>\n<Government>\n{A} [XGOV\n", "x.txt:4: unclosed", countryFn},
	} {
		err := c.parse(c.in)
		if err == nil || !strings.Contains(err.Error(), c.want) || !errors.Is(err, ErrSyntax) {
			t.Errorf("%s: err = %v, want %q", c.name, err, c.want)
		}
		var pe *ParseError
		if !errors.As(err, &pe) || pe.File != "x.txt" {
			t.Errorf("%s: not a *ParseError: %v", c.name, err)
		}
	}
}

func actorsFn(s string) error {
	_, _, err := ParseActors(strings.NewReader(s), "x.txt")
	return err
}
func agentsFn(s string) error {
	_, _, err := ParseAgents(strings.NewReader(s), "x.txt")
	return err
}
func discardsFn(s string) error {
	_, _, err := ParseDiscards(strings.NewReader(s), "x.txt")
	return err
}
func issuesFn(s string) error {
	_, _, err := ParseIssues(strings.NewReader(s), "x.txt")
	return err
}
func countryFn(s string) error {
	_, _, err := ParseCountryInfo(strings.NewReader(s), "x.txt")
	return err
}

func TestParseAgents(t *testing.T) {
	in := `!PERSON! = MAN, MEN, WOMAN
!MINIST! = MINISTER, MINISTRY
CONGRESS!PERSON! [~LEG}
FOREIGN_!MINIST! [~GOV]
!MINIST! FOR_AGRICULTURE [~GOVAGR]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]
POLICE {} [~COP]
HUMAN_RIGHTS_BODY  [NGO~]
SOLDIER [~MIL] # comment
GHOST !NOPE! [~GOV]
`
	got, warns, err := ParseAgents(strings.NewReader(in), "g.agents.txt")
	if err != nil {
		t.Fatal(err)
	}
	var phrases []string
	for _, a := range got {
		var forms []string
		for _, f := range a.Forms() {
			s := strings.Join(f.Words, "_")
			if f.Gaps != nil {
				s += "(gaps)"
			}
			forms = append(forms, s)
		}
		pre := "~"
		if a.Prefix {
			pre = "^"
		}
		phrases = append(phrases, strings.Join(forms, "|")+pre+a.Code)
	}
	want := []string{
		"CONGRESSMAN~LEG", "CONGRESSMEN~LEG", "CONGRESSWOMAN~LEG",
		"FOREIGN_MINISTER~GOV", "FOREIGN_MINISTRY~GOV",
		"MINISTER_FOR_AGRICULTURE(gaps)~GOVAGR", "MINISTRY_FOR_AGRICULTURE(gaps)~GOVAGR",
		"ATTORNEY_GENERAL|ATTORNEYS_GENERAL~GOVATG",
		"POLICE~COP",
		"HUMAN_RIGHTS_BODY|HUMAN_RIGHTS_BODIES^NGO",
		"SOLDIER|SOLDIERS~MIL",
	}
	if !reflect.DeepEqual(phrases, want) {
		t.Errorf("agents:\n got %q\nwant %q", phrases, want)
	}
	if len(warns) != 2 {
		t.Errorf("warnings = %v, want '}' and undefined macro", warns)
	}
}

func TestParseDiscardsIssues(t *testing.T) {
	ds, _, err := ParseDiscards(strings.NewReader("+5K RUN #  ELH\nBASEBALL\nWORLD_CUP_\n"), "d.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(ds) != 3 || !ds[0].Story || !ds[1].Stem || ds[2].Stem || ds[2].Story {
		t.Errorf("discards = %+v", ds)
	}
	in := `<ISSUE CATEGORY="EDU" TYPE="ALL">
pre+n:school [EARLY]
v:kidnap
~a head start
~~armenian genocide
touristry[TOURISM]
</ISSUE>
`
	is, warns, err := ParseIssues(strings.NewReader(in), "i.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(is) != 5 {
		t.Fatalf("issues = %+v", is)
	}
	var forms []string
	for _, p := range is[0].Phrases {
		forms = append(forms, strings.Join(p.Words, " "))
	}
	if got := strings.Join(forms, "|"); got != "PRE SCHOOL|PRE - SCHOOL|PRE SCHOOLS|PRE - SCHOOLS" {
		t.Errorf("pre+n:school = %s", got)
	}
	if is[1].Code != "EDU" || len(is[1].Phrases) != 6 { // kidnap(s|ed|ing|ped|ping)
		t.Errorf("v:kidnap = %+v", is[1])
	}
	if !is[2].Ignore || is[2].StoryIgnore || !is[3].StoryIgnore || is[4].Code != "TOURISM" {
		t.Errorf("ignore flags / code: %+v", is[2:])
	}
	if len(warns) != 1 {
		t.Errorf("warnings %v", warns)
	}
}

func TestParseCountryInfo(t *testing.T) {
	in := `<!-- header
<Country> in the header is ignored
-->
<Country>
<CountryCode>RUS</CountryCode>
<CountryName>RUSSIAN_FEDERATION</CountryName>
<ISO3166-alpha2>RU</ISO3166-alpha2>
<Nationality>
	RUSSIAN_
	RUSSIA_   # comment
</Nationality>
<Capital>
	MOSCOW_
</Capital>
<Leaders>
	<Presidents>
		{VLADIMIR_PUTIN_}{VLADIMIR_VLADIMIROVICH_PUTIN_}	[19991231 - 20080507]  [B:19520101]
	</Presidents>
</Leaders>
<Government>
	{SERGEY_LAVROV_}{SERGEY_VIKTOROVICH_LAVROV_} [RUSGOV >20030101]	# Permanent Representative to the UN
</Government>
</Country>
<Comment>
<Country>
<CountryCode>XXX</CountryCode>
</Country>
</Comment>
`
	cs, warns, err := ParseCountryInfo(strings.NewReader(in), "c.txt")
	if err != nil || len(warns) != 0 {
		t.Fatal(err, warns)
	}
	if len(cs) != 1 {
		t.Fatalf("countries = %+v", cs)
	}
	c := cs[0]
	if c.Code != "RUS" || c.Codes["ISO3166-alpha2"] != "RU" || len(c.Nationality) != 2 || len(c.Capital) != 1 {
		t.Errorf("country = %+v", c)
	}
	if len(c.Leaders) != 1 || c.Leaders[0].Title != "Presidents" || len(c.Leaders[0].Names) != 2 ||
		c.Leaders[0].Born != 19520101 || c.Leaders[0].Terms[0].To != 20080507 {
		t.Errorf("leaders = %+v", c.Leaders)
	}
	if len(c.Government) != 1 || c.Government[0].Rules[0].Code != "RUSGOV" || !strings.HasPrefix(c.Government[0].Title, "Permanent") {
		t.Errorf("government = %+v", c.Government)
	}
}

func TestKindOf(t *testing.T) {
	for name, want := range map[string]Kind{
		"x/Phoenix.Countries.actors.txt": KindActors, "Phoenix.agents.txt": KindAgents,
		"Phoenix.discards.txt": KindDiscards, "Phoenix.IssueCoding.txt": KindIssues,
		"CountryInfo.120116.txt": KindCountryInfo, "PETR.Validate.actors.txt": KindUnknown,
		"CAMEO.verbpatterns.150430.txt": KindUnknown, "README.md": KindUnknown,
	} {
		if got := KindOf(name); got != want {
			t.Errorf("KindOf(%s) = %v, want %v", name, got, want)
		}
	}
}
