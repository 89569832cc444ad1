package actors

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"
)

var d2023 = time.Date(2023, 10, 31, 0, 0, 0, 0, time.UTC)

// find returns the first mention whose text contains s.
func find(ms []Mention, s string) (Mention, bool) {
	for _, m := range ms {
		if strings.Contains(m.Text, s) {
			return m, true
		}
	}
	return Mention{}, false
}

func TestMatchTable(t *testing.T) {
	d := mustDict(t)
	for _, c := range []struct {
		name, in, text, code, typ string
	}{
		{"country", "Israel struck back.", "Israel", "ISR", TypeCountry},
		{"possessive curly", "Israel’s response was swift.", "Israel", "ISR", TypeCountry},
		{"possessive straight", "Israel's response was swift.", "Israel", "ISR", TypeCountry},
		{"nationality", "the Chinese said", "Chinese", "CHN", TypeCountry},
		{"plural nationality", "over 1,000 Israelis died", "Israelis", "ISR", TypeCountry},
		{"acronym", "Britain and US agree", "US", "USA", TypeCountry},
		{"acronym + agent", "US officials said", "US officials", "USAGOV", TypeAgent},
		{"the + acronym (dictionary phrase)", "the US said", "the US", "USA", TypeCountry},
		{"acronym dots", "said the U.S. was", "the U.S.", "USA", TypeCountry},
		{"pronoun is no acronym", "he told us that", "", "", ""},
		{"lower-case word is no actor", "the turkey was roasted", "", "", ""},
		{"multiword igo", "the U.N. Security Council voted", "U.N. Security Council", "IGOUNO", TypeIGO},
		{"multiword igo no dots", "the UN Security Council voted", "UN Security Council", "IGOUNO", TypeIGO},
		{"metonym", "Moscow denied it.", "Moscow", "RUSGOV", TypeMetonym},
		{"kremlin", "the Kremlin denied it.", "Kremlin", "RUSGOV", TypeOrg},
		{"group", "Hezbollah fired rockets.", "Hezbollah", "LBNREB", TypeGroup},
		{"hamas", "Hamas fired rockets.", "Hamas", "PSEREBHMS", TypeGroup},
		{"dictionary person", "Vladimir Putin said", "Vladimir Putin", "RUSGOV", TypePerson},
		{"composed person", "Chinese Foreign Minister Wang Yi said", "Chinese Foreign Minister Wang Yi", "CHNGOV", TypePerson},
		{"ambassador posting", "summoned Russian Ambassador to Israel Anatoly Victorov for", "Russian Ambassador to Israel Anatoly Victorov", "RUSGOV", TypePerson},
		{"troops sent to a country", "Algeria sent troops to Mali", "Mali", "MLI", TypeCountry},
		{"national troops sent to a country", "sent Algerian troops to Mali", "Algerian troops", "DZAMIL", TypeAgent},
		{"org + agent keeps org", "a Hamas delegation visited", "Hamas delegation", "PSEREBHMS", TypeGroup},
		{"country possessive agent", "Russia’s deputy foreign minister said", "Russia’s deputy foreign minister", "RUSGOV", TypeAgent},
		{"agent of country", "the Foreign Minister of Russia said", "Foreign Minister of Russia", "RUSGOV", TypeAgent},
		{"agent in country", "the trade unions in Denmark struck", "trade unions in Denmark", "DNKLAB", TypeAgent},
		{"former", "a former minister said", "former minister", "ELI", TypeAgent},
		{"country former agent", "Israel’s former prime minister said", "Israel’s former prime minister", "ISRELI", TypeAgent},
		{"bare agent", "soldiers fired", "soldiers", "MIL", TypeAgent},
		{"anti- is no mention", "anti-American stances", "", "", ""},
		{"diacritics", "Jüri Ratas spoke", "", "", ""},
		{"media supplement", "the Global Times wrote", "Global Times", "CHNGOVMED", TypeOrg},
		{"state epithet supplement", "attacks on the Jewish state grew", "Jewish state", "ISR", TypeCountry},
		{"agent without state", "Jewish leaders met", "Jewish", "JEW", TypeAgent},
	} {
		ms := d.Match(c.in, splitTokens(c.in), d2023)
		if c.text == "" {
			for _, m := range ms {
				if m.Type != TypeAgent {
					t.Errorf("%s: unexpected mention %+v", c.name, m)
				}
			}
			continue
		}
		m, ok := find(ms, c.text)
		if !ok || m.Text != c.text || m.Code != c.code || m.Type != c.typ {
			t.Errorf("%s: %q → %+v (all %+v); want %q %s %s", c.name, c.in, m, ms, c.text, c.code, c.typ)
		}
		if ok && c.in[m.Start:m.End] != m.Text {
			t.Errorf("%s: offsets %d:%d do not give %q", c.name, m.Start, m.End, m.Text)
		}
	}
}

// TestCountryAliasesShareEntity checks that the names of one country in the
// actor files (ISRAEL_, JEWISH_STATE_; CHINA_, PRC_) and CountryInfo's
// nationality words resolve to one entity with the country's name.
func TestCountryAliasesShareEntity(t *testing.T) {
	d := mustDict(t)
	for _, c := range []struct{ in, a, b, id, name string }{
		{"Israel said the Jewish state and Israeli citizens were safe.", "Israel", "Jewish state", "country/ISR", "Israel"},
		{"China and the PRC are one.", "China", "PRC", "country/CHN", "China"},
	} {
		ms := d.Match(c.in, splitTokens(c.in), d2023)
		for _, w := range []string{c.a, c.b} {
			m, ok := find(ms, w)
			if !ok || m.EntityID != c.id || m.Name != c.name {
				t.Errorf("%q: %q → %+v, want entity %s named %s", c.in, w, m, c.id, c.name)
			}
		}
	}
}

func TestDateAwareCodes(t *testing.T) {
	d := mustDict(t)
	day := func(y int) time.Time { return time.Date(y, 6, 1, 0, 0, 0, 0, time.UTC) }
	for _, c := range []struct {
		in   string
		date time.Time
		code string
	}{
		{"Benjamin Netanyahu", day(1997), "ISRGOV"}, // [ISRGOV 960618-990706]
		{"Benjamin Netanyahu", day(2005), "ISRELI"}, // between terms
		{"Benjamin Netanyahu", day(2023), "ISRGOV"}, // [ISRGOV >090401]
		{"Vladimir Putin", day(1995), "RUSELI"},
		{"Vladimir Putin", day(2023), "RUSGOV"},
		{"Vladimir Putin", time.Time{}, "RUSGOV"}, // no date: the most recent code
		{"Kofi Annan", day(2000), "IGOUNO"},
		{"Kofi Annan", day(2010), "ELI"},
	} {
		ms := d.Match(c.in, splitTokens(c.in), c.date)
		if len(ms) != 1 || ms[0].Code != c.code {
			t.Errorf("%s on %s: %+v, want %s", c.in, c.date.Format("2006-01-02"), ms, c.code)
		}
	}
}

func TestResolverLearnsNames(t *testing.T) {
	d := mustDict(t)
	doc := "Wang met reporters. Chinese Commerce Minister Wang Wentao said so. Later Wang Wentao left, and Wang smiled."
	r := d.NewResolver(d2023)
	ms := r.Resolve(doc, splitTokens(doc))
	var got []string
	for _, m := range ms {
		if m.Code == "CHNGOV" {
			got = append(got, m.Text+"/"+m.Source)
		}
	}
	want := "Wang/learned Chinese Commerce Minister Wang Wentao/composed Wang Wentao/learned Wang/learned"
	if strings.Join(got, " ") != want {
		t.Errorf("CHNGOV mentions %q, want %q", got, want)
	}
	if l, ok := r.Lookup("Wang Wentao"); !ok || l.Mention.Country != "CHN" || l.Mention.EntityID != "name/CHN/wang-wentao" {
		t.Errorf("Lookup = %+v %v", l, ok)
	}
	// A later stage teaches a name.
	r.Learn("Ksenia Svetlova", Mention{Code: "ISR", Type: TypePerson, Country: "ISR", EntityID: "name/ISR/ksenia-svetlova"})
	doc2 := "Svetlova said it."
	if m, ok := find(r.Resolve(doc2, splitTokens(doc2)), "Svetlova"); !ok || m.Code != "ISR" || m.Source != SourceLearned {
		t.Errorf("taught name: %+v", m)
	}
	// Two actors learned under one surname: ambiguous, not resolved.
	r.Learn("John Smith", Mention{Code: "USA", EntityID: "a"})
	r.Learn("Mary Smith", Mention{Code: "GBR", EntityID: "b"})
	if l, _ := r.Lookup("Smith"); !l.Ambiguous {
		t.Errorf("Smith not ambiguous: %+v", l)
	}
}

func TestDiscardsAndIssues(t *testing.T) {
	d := mustDict(t)
	doc := "The World Cup final drew crowds. Refugees fled the fighting. He scored in the basketballs game."
	toks := splitTokens(doc)
	var ds []string
	for _, m := range d.Discards(toks) {
		ds = append(ds, doc[m.Start:m.End])
	}
	if s := strings.Join(ds, "|"); !strings.Contains(s, "World Cup") || !strings.Contains(s, "basketballs") {
		t.Errorf("discards %q", ds)
	}
	var is []string
	for _, m := range d.Issues(toks) {
		is = append(is, m.Code)
	}
	if !strings.Contains(strings.Join(is, " "), "REFUGEES") {
		t.Errorf("issues %q", is)
	}
	bothD, bothI := d.DiscardsAndIssues(toks)
	if !reflect.DeepEqual(bothD, d.Discards(toks)) || !reflect.DeepEqual(bothI, d.Issues(toks)) {
		t.Errorf("DiscardsAndIssues = %v, %v; differs from Discards and Issues", bothD, bothI)
	}
}

func TestHistoryDiscards(t *testing.T) {
	for _, c := range []struct {
		words []string
		want  bool
	}{
		{[]string{"1989"}, true},
		{[]string{"2013"}, true},
		{[]string{"WEEKS", "LATER"}, true},
		{[]string{"FIFTY", "YEARS", "AGO"}, true},
		{[]string{"LATER"}, false},
		{[]string{"SILVER", "MEDAL"}, false},
		{[]string{"2014", "COMPETITION"}, false},
		{[]string{"300"}, false},
		{[]string{"19A9"}, false},
	} {
		if got := historyPhrase(c.words); got != c.want {
			t.Errorf("historyPhrase(%v) = %v, want %v", c.words, got, c.want)
		}
	}
	d := mustDict(t)
	doc := "Years ago, Sudan won the silver medal. In 1989 Chad fell."
	var got []string
	for _, m := range d.Discards(splitTokens(doc)) {
		got = append(got, fmt.Sprintf("%s:%v", doc[m.Start:m.End], m.History))
	}
	if s := strings.Join(got, " "); s != "Years ago:true silver medal:false 1989:true" {
		t.Errorf("discards %s", s)
	}
}
