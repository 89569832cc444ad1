package actors

import (
	"strings"
	"testing"
)

// TestSeed codes the seed article (Jewish Insider, 2023-10-31) and checks the
// actors a reader would expect.
func TestSeed(t *testing.T) {
	d := mustDict(t)
	doc := seedText(t)
	ms := d.NewResolver(d2023).Resolve(doc, splitTokens(doc))
	byText := map[string][]Mention{}
	for _, m := range ms {
		if doc[m.Start:m.End] != m.Text {
			t.Fatalf("mention %+v: offsets do not give its text", m)
		}
		byText[m.Text] = append(byText[m.Text], m)
	}
	// Every mention with exactly this text has this code and type.
	for _, c := range []struct{ text, code, typ string }{
		{"Israel", "ISR", TypeCountry},
		{"China", "CHN", TypeCountry},
		{"Russia", "RUS", TypeCountry},
		{"Putin", "RUSGOV", TypePerson},
		{"Hamas", "PSEREBHMS", TypeGroup},
		{"Hezbollah", "LBNREB", TypeGroup},
		{"U.N. Security Council", "IGOUNO", TypeIGO},
		{"Moscow", "RUSGOV", TypeMetonym},
		{"Beijing", "CHNGOV", TypeMetonym},
		{"Jerusalem", "ISRGOV", TypeMetonym},
		{"Washington", "USAGOV", TypeMetonym},
		{"Global Times", "CHNGOVMED", TypeOrg}, // entente supplement: Phoenix lacks it
		{"Russian President Vladimir Putin", "RUSGOV", TypePerson},
		{"Israeli Prime Minister Benjamin Netanyahu", "ISRGOV", TypePerson},
		{"Chinese Foreign Minister Wang Yi", "CHNGOV", TypePerson},
		{"China Foreign Ministry spokesperson Mao Ning", "CHNGOV", TypePerson},
		{"Russian Ambassador to Israel Anatoly Victorov", "RUSGOV", TypePerson},
		{"Hamas delegation", "PSEREBHMS", TypeGroup},
		{"Israeli Foreign Ministry", "ISRGOV", TypeAgent},
		{"China’s Foreign Ministry", "CHNGOV", TypeAgent},
		{"Israeli Embassy in Beijing", "ISRGOV", TypeAgent},
	} {
		got := byText[c.text]
		if len(got) == 0 {
			t.Errorf("no mention %q", c.text)
			continue
		}
		for _, m := range got {
			if m.Code != c.code || m.Type != c.typ {
				t.Errorf("%q at %d: %s %s, want %s %s", c.text, m.Start, m.Code, m.Type, c.code, c.typ)
			}
		}
	}
	if m, ok := find(ms, "Wang Yi"); !ok || m.Country != "CHN" || m.Name != "Wang Yi" || m.Role != "Foreign Minister" {
		t.Errorf("Wang Yi: %+v", m)
	}
	if m, ok := find(ms, "Anatoly Victorov"); !ok || m.Country != "RUS" {
		t.Errorf("ambassador coded with the posting's country: %+v", m)
	}
	// Counts, for the log.
	types := map[string]int{}
	for _, m := range ms {
		types[m.Type]++
	}
	var names []string
	for _, m := range ms {
		if m.Type == TypePerson {
			names = append(names, m.Text+"="+m.Code)
		}
	}
	t.Logf("%d mentions %v; persons: %s", len(ms), types, strings.Join(names, ", "))
}
