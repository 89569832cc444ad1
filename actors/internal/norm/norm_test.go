package norm

import (
	"strings"
	"testing"
)

func TestTables(t *testing.T) {
	if len(latin1) != 64 {
		t.Fatalf("latin1 has %d entries, want 64", len(latin1))
	}
	if len(latinExtA) != 128 {
		t.Fatalf("latinExtA has %d entries, want 128", len(latinExtA))
	}
	for _, c := range []struct{ in, want string }{
		{"Jüri Ratas", "JURI RATAS"},
		{"Khürelsükh", "KHURELSUKH"},
		{"Benítez", "BENITEZ"},
		{"Łódź", "LODZ"},
		{"Œuvre straße", "OEUVRE STRASSE"},
		{"Ĳssel", "IJSSEL"},
		{"Æsir þing", "AESIR THING"},
	} {
		if got := strings.Join(Split(c.in), " "); got != c.want {
			t.Errorf("Split(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestSplit(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"U.N. Security Council", "UN SECURITY COUNCIL"},
		{"U.N._SECURITY_COUNCIL", "UN SECURITY COUNCIL"},
		{"Israel’s side", "ISRAEL 'S SIDE"},
		{"Israel's", "ISRAEL 'S"},
		{"Hamas’ terror", "HAMAS ' TERROR"},
		{"O'Neill", "O'NEILL"},
		{"Ban Ki-moon", "BAN KI - MOON"},
		{"Washington, D.C.-based", "WASHINGTON , DC - BASED"},
		{"(AAIA)", "( AAIA )"},
		{"“quoted”", "\" QUOTED \""},
		{"’s", "'S"},
		{"...", ". . ."},
		{"Moscow.", "MOSCOW"},
		{"Россия", "РОССИЯ"},
		{"a\u0301b", "AB"},
	} {
		if got := strings.Join(Split(c.in), " "); got != c.want {
			t.Errorf("Split(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestFlags(t *testing.T) {
	var sp Splitter
	for _, c := range []struct {
		in      string
		flags   Flags
		letters uint8
	}{
		{"UN", Upper | AllUpper, 2},
		{"U.N.", Upper | AllUpper, 2},
		{"Israel", Upper, 6},
		{"us", 0, 2},
		{"Ümit", Upper, 4},
		{"2022", Digit, 0},
		{",", Punct, 0},
	} {
		w, _, ok := sp.Next(c.in, 0)
		if !ok || w.Flags != c.flags || w.Letters != c.letters {
			t.Errorf("Next(%q) = flags %b letters %d ok %v, want %b %d", c.in, w.Flags, w.Letters, ok, c.flags, c.letters)
		}
	}
}

func TestOffsets(t *testing.T) {
	var sp Splitter
	s := "Israel’s U.N. envoy"
	var got []string
	for i := 0; ; {
		w, next, ok := sp.Next(s, i)
		if !ok {
			break
		}
		got = append(got, s[w.Start:w.End])
		i = next
	}
	want := []string{"Israel", "’s", "U.N.", "envoy"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("spans %q, want %q", got, want)
	}
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{"U.N. Security Council", "Israel’s", "a-b", "\xff\xfe", "'s'", "‘’"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var sp Splitter
		prev := 0
		for i := 0; ; {
			w, next, ok := sp.Next(s, i)
			if !ok {
				break
			}
			if next <= i || w.Start < prev || w.End > len(s) || w.Start >= w.End || len(w.Key) == 0 {
				t.Fatalf("bad word %+v at %d (next %d) in %q", w, i, next, s)
			}
			prev = w.End
			i = next
		}
	})
}
