package syntax

import (
	"math/rand/v2"
	"strings"
	"testing"
)

func TestSplitWord(t *testing.T) {
	tests := []struct {
		in   string
		want string // pieces joined by "|"
	}{
		{"don't", "do|n't"},
		{"Don't", "Do|n't"},
		{"can't", "ca|n't"},
		{"won't", "wo|n't"},
		{"DON'T", "DO|N'T"},
		{"don’t", "do|n’t"},
		{"Israel's", "Israel|'s"},
		{"Israel’s", "Israel|’s"},
		{"it's", "it|'s"},
		{"I'm", "I|'m"},
		{"we'll", "we|'ll"},
		{"they've", "they|'ve"},
		{"you're", "you|'re"},
		{"he'd", "he|'d"},
		{"parents'", "parents|'"},
		{"Hamas’", "Hamas|’"},
		{"cannot", "can|not"},
		{"Cannot", "Can|not"},
		{"gonna", "gon|na"},
		{"U.S.", "U.S."},
		{"U.N.", "U.N."},
		{"Mr.", "Mr."},
		{"American-proposed", "American|-|proposed"},
		{"self-defense", "self|-|defense"},
		{"Al-Zaman", "Al|-|Zaman"},
		{"re-elect", "re-elect"},
		{"co-founder", "co-founder"},
		{"e-mail", "e-mail"},
		{"713-853-3989", "713-853-3989"},
		{"30-year-old", "30-year-old"},
		{"state-of-the-art", "state|-|of|-|the|-|art"},
		{"O'Neill", "O'Neill"},
		{"'s", "'s"},
		{"'", "'"},
		{"n't", "n't"},
		{"-", "-"},
		{"--", "--"},
		{"Putin", "Putin"},
		{"rock'n'roll", "rock'n'roll"},
		{"Hamas-led", "Hamas|-|led"},
		{"Russia's-", "Russia's-"},
	}
	for _, tc := range tests {
		got := strings.Join(SplitWord(tc.in), "|")
		if got != tc.want {
			t.Errorf("SplitWord(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestUDWordsOffsets(t *testing.T) {
	src := "China’s envoy didn't veto the U.S.-drafted, American-proposed text."
	var spans []Span
	pos := 0
	for _, tok := range []string{"China’s", "envoy", "didn't", "veto", "the", "U.S.-drafted", ",", "American-proposed", "text", "."} {
		i := strings.Index(src[pos:], tok)
		if i < 0 {
			t.Fatalf("token %q not found", tok)
		}
		spans = append(spans, Span{pos + i, pos + i + len(tok)})
		pos += i + len(tok)
	}
	var forms []string
	for _, w := range UDWords(src, spans) {
		if src[w.Start:w.End] != w.Form {
			t.Errorf("word %q at [%d,%d) reads %q", w.Form, w.Start, w.End, src[w.Start:w.End])
		}
		forms = append(forms, w.Form)
	}
	want := "China|’s|envoy|did|n't|veto|the|U.S.-drafted|,|American|-|proposed|text|."
	if got := strings.Join(forms, "|"); got != want {
		t.Errorf("UDWords = %q, want %q", got, want)
	}
	// Invalid spans are skipped rather than panicking.
	if got := UDWords("abc", []Span{{-1, 2}, {2, 1}, {0, 4}, {1, 1}}); len(got) != 0 {
		t.Errorf("invalid spans gave %v", got)
	}
}

// TestUDWordsProperty checks on random text that every word reads back from
// the source, words are non-empty and in order, and the words of each span
// tile it exactly.
func TestUDWordsProperty(t *testing.T) {
	alphabet := []string{"a", "b", "S", "s", "n", "t", "'", "’", "-", ".", "1", "é", "中", "can", "not", "don't", "'s", "ll", " ", " ", " "}
	rng := rand.New(rand.NewPCG(42, 7))
	for iter := 0; iter < 3000; iter++ {
		var b strings.Builder
		for n := rng.IntN(30); n > 0; n-- {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		src := b.String()
		var spans []Span
		for i := 0; i < len(src); {
			if src[i] == ' ' {
				i++
				continue
			}
			j := strings.IndexByte(src[i:], ' ')
			if j < 0 {
				j = len(src) - i
			}
			spans = append(spans, Span{i, i + j})
			i += j
		}
		words := UDWords(src, spans)
		k := 0
		for _, sp := range spans {
			pos := sp.Start
			for pos < sp.End {
				if k >= len(words) {
					t.Fatalf("%q: ran out of words at span %v", src, sp)
				}
				w := words[k]
				if w.Start != pos || w.End <= w.Start || w.End > sp.End {
					t.Fatalf("%q: word %+v does not continue span %v at %d", src, w, sp, pos)
				}
				if src[w.Start:w.End] != w.Form {
					t.Fatalf("%q: word %+v reads %q", src, w, src[w.Start:w.End])
				}
				pos = w.End
				k++
			}
		}
		if k != len(words) {
			t.Fatalf("%q: %d extra words", src, len(words)-k)
		}
	}
}

func TestAtoms(t *testing.T) {
	for _, tc := range []struct {
		name string
		got  uint64
	}{{"<s>", atomStart}, {"</s>", atomEnd}, {"<none>", atomNone}, {"<root>", atomRoot}} {
		if want := hashString(tc.name); tc.got != want {
			t.Errorf("atom %s = %#x, want %#x", tc.name, tc.got, want)
		}
	}
}
