package actors

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// fictionalDict compiles a small dictionary in PETRARCH's validation style:
// fictional countries (one with several codes) and agents with a prefix code.
func fictionalDict(t *testing.T) *Dictionary {
	t.Helper()
	dir := t.TempDir()
	write := func(name, data string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	files := Files{
		Actors: []string{write("t.actors.txt", "ARNOR [ARN]\nGONDOR [GON]\n+MINAS_TIRITH\nFORNOST [FOR]\n"+
			"ITHILEN [ITH]\nCALENARDHON [CAL]\n+CALIMEHTAR\nLORIEN [ELR/GAL]\nLUXEMBOURG [LUX]\n"+
			"THE_SHIRE [FRO/BIL/SAM]\nDANISH [DNK]\n")},
		Agents: []string{write("t.agents.txt", "AMBASSADOR [~GOV]\nOFFICIAL [~GOV]\nLAWMAKER [~LEG]\n"+
			"SOLDIER [~MIL]\nMEDIA {} [~MED]\nGOVERNMENT [~GOV]\nMINISTER [~GOV]\nDIPLOMAT [~GOV]\n"+
			"MSF {} [NGO~]\nCLERIC [~REL]\n")},
	}
	d, err := LoadFiles(context.Background(), files, nil)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// want is an expected mention: its text, code and (for several) codes.
type want struct {
	text, code string
	codes      []string
}

func checkMentions(t *testing.T, d *Dictionary, in string, wants []want) {
	t.Helper()
	ms := d.Match(in, splitTokens(in), d2023)
	for _, w := range wants {
		var got *Mention
		for i := range ms {
			if ms[i].Text == w.text {
				got = &ms[i]
			}
		}
		switch {
		case got == nil:
			t.Errorf("%q: no mention %q in %s", in, w.text, summary(ms))
		case got.Code != w.code || !slices.Equal(got.Codes, w.codes):
			t.Errorf("%q: %q = %s %v, want %s %v", in, w.text, got.Code, got.Codes, w.code, w.codes)
		case len(got.Codes) > 0 && got.Codes[0] != got.Code:
			t.Errorf("%q: %q Codes %v do not start with Code %s", in, w.text, got.Codes, got.Code)
		}
	}
}

func summary(ms []Mention) string {
	var b strings.Builder
	for _, m := range ms {
		b.WriteString("[" + m.Text + "=" + m.Code)
		if len(m.Codes) > 0 {
			b.WriteString(" " + strings.Join(m.Codes, "/"))
		}
		b.WriteString("] ")
	}
	return b.String()
}

func TestSeveralCodes(t *testing.T) {
	d := fictionalDict(t)
	for _, c := range []struct {
		in    string
		wants []want
	}{
		{"The Shire is about to restore ties with Lorien.", []want{
			{"The Shire", "FRO", []string{"FRO", "BIL", "SAM"}}, {"Lorien", "ELR", []string{"ELR", "GAL"}}}},
		{"Luxembourg and Lorien agreed.", []want{{"Luxembourg", "LUX", nil}, {"Lorien", "ELR", []string{"ELR", "GAL"}}}},
		{"Lorien officials met Arnor soldiers.", []want{
			{"Lorien officials", "ELRGOV", []string{"ELRGOV", "GALGOV"}}, {"Arnor soldiers", "ARNMIL", nil}}},
	} {
		checkMentions(t, d, c.in, c.wants)
	}
}

func TestJoinedActors(t *testing.T) {
	fict := fictionalDict(t)
	real := mustDict(t)
	for _, c := range []struct {
		name  string
		d     *Dictionary
		in    string
		wants []want
	}{
		{"agent of joined countries", fict, "The ambassadors of Arnor, Fornost and Gondor presented credentials.", []want{
			{"ambassadors of Arnor", "ARNGOV", []string{"ARNGOV", "FORGOV", "GONGOV"}},
			{"Fornost", "FORGOV", nil}, {"Gondor", "GONGOV", nil}}},
		{"real: agent of joined countries", real, "The foreign ministers of France, Germany and Italy met in Rome.", []want{
			{"foreign ministers of France", "FRAGOV", []string{"FRAGOV", "DEUGOV", "ITAGOV"}},
			{"Germany", "DEUGOV", nil}, {"Italy", "ITAGOV", nil}}},
		{"real: agent in joined countries", real, "Lawmakers in Kenya and Uganda rejected the bill.", []want{
			{"Lawmakers in Kenya", "KENLEG", []string{"KENLEG", "UGALEG"}}, {"Uganda", "UGALEG", nil}}},
		{"joined agents share the later country", fict, "Lawmakers and officials in Fornost and Gondor welcomed it.", []want{
			{"Lawmakers", "FORLEG", []string{"FORLEG", "GONLEG"}},
			{"officials in Fornost", "FORGOV", []string{"FORGOV", "GONGOV"}}, {"Gondor", "GONGOV", nil}}},
		{"real: joined agents share the later country", real, "Students and journalists in Iran protested.", []want{
			{"Students", "IRNEDU", nil}, {"journalists in Iran", "IRNMED", nil}}},
		{"joined agents share the earlier country", fict, "Danish media and government warned Gondor.", []want{
			{"Danish media", "DNKMED", nil}, {"government", "DNKGOV", nil}, {"Gondor", "GON", nil}}},
		{"real: joined agents share the earlier country", real, "Russian media, police and lawmakers condemned it.", []want{
			{"Russian media", "RUSMED", nil}, {"police", "RUSCOP", nil}, {"lawmakers", "RUSLEG", nil}}},
		{"a list needs a final and", real, "The ambassador of France, Germany said on Monday.", []want{
			{"ambassador of France", "FRAGOV", nil}, {"Germany", "DEU", nil}}},
		{"a joined country that composes on its own", real, "The ambassador of France and Germany's president met.", []want{
			{"ambassador of France", "FRAGOV", nil}, {"Germany's president", "DEUGOV", nil}}},
		{"a joined agent with its own country", real, "Russian media and officials in Ukraine said.", []want{
			{"Russian media", "RUSMED", nil}, {"officials in Ukraine", "UKRGOV", nil}}},
		{"a joined actor is no agent", real, "Russian officials and Hamas met.", []want{
			{"Russian officials", "RUSGOV", nil}, {"Hamas", "PSEREBHMS", nil}}},
	} {
		t.Run(c.name, func(t *testing.T) { checkMentions(t, c.d, c.in, c.wants) })
	}
}

func TestComposeMore(t *testing.T) {
	fict := fictionalDict(t)
	real := mustDict(t)
	for _, c := range []struct {
		name  string
		d     *Dictionary
		in    string
		wants []want
	}{
		{"agent from country", fict, "Soldiers from Gondor cordoned off the roads.", []want{{"Soldiers from Gondor", "GONMIL", nil}}},
		{"real: agent from country", real, "Diplomats from China arrived in Kenya.", []want{{"Diplomats from China", "CHNGOV", nil}}},
		{"prefix agent before country", fict, "MSF Arnor is about to restore ties with Gondor.", []want{
			{"MSF Arnor", "NGOARN", nil}, {"Gondor", "GON", nil}}},
		{"prefix agent, country, agent", fict, "An MSF Arnor diplomat met Gondor.", []want{{"MSF Arnor diplomat", "NGOARNGOV", nil}}},
		{"prefix agent before several codes", fict, "MSF Lorien said.", []want{{"MSF Lorien", "NGOELR", []string{"NGOELR", "NGOGAL"}}}},
		{"adjectives after a possessive", fict, "Ithilen's awful and evil minister Calimehtar warned.", []want{
			{"Ithilen's awful and evil minister Calimehtar", "ITHGOV", nil}}},
		{"real: adjectives after a possessive", real, "Israel's far-right finance minister said.", []want{
			{"Israel's far-right finance minister", "ISRGOV", nil}}},
		{"real: adverb and participle", real, "Iran's newly elected president spoke.", []want{
			{"Iran's newly elected president", "IRNGOV", nil}}},
		{"real: a verb is no adjective", real, "Russia's shelling killed soldiers.", []want{{"Russia", "RUS", nil}, {"soldiers", "MIL", nil}}},
		{"real: a verb in -s is no adjective", real, "Israel's army kills civilians.", []want{{"Israel's army", "ISRMIL", nil}}},
		{"real: two words joined are all", real, "Germany's brother and fellow longtime television host said.", []want{
			{"Germany", "DEU", nil}}},
		{"real: a preposition ends the run", real, "China's trade with African lawmakers grew.", []want{{"China", "CHN", nil}}},
		{"a country synonym after a role is a name", fict, "Gondor's minister Calimehtar left.", []want{{"Gondor's minister Calimehtar", "GONGOV", nil}}},
	} {
		t.Run(c.name, func(t *testing.T) { checkMentions(t, c.d, c.in, c.wants) })
	}
}
