package text

import (
	"testing"
	"unicode/utf8"
)

// checkInvariants verifies the offsets of everything Analyze returns.
func checkInvariants(t *testing.T, in string) {
	t.Helper()
	d := Analyze(in)
	prevEnd := 0
	for i, tok := range d.Tokens {
		if tok.Start < prevEnd || tok.End <= tok.Start || tok.End > len(in) {
			t.Fatalf("token %d [%d,%d) out of order or empty in %q", i, tok.Start, tok.End, in)
		}
		if in[tok.Start:tok.End] != tok.Text {
			t.Fatalf("token %d: text[%d:%d] = %q, token says %q", i, tok.Start, tok.End, in[tok.Start:tok.End], tok.Text)
		}
		if !utf8.ValidString(tok.Text) && utf8.ValidString(in) {
			t.Fatalf("token %d splits a rune: %q", i, tok.Text)
		}
		if tok.Sentence < 0 || tok.Sentence >= len(d.Sentences) {
			t.Fatalf("token %d has sentence %d of %d", i, tok.Sentence, len(d.Sentences))
		}
		prevEnd = tok.End
	}
	next := 0
	for i, s := range d.Sentences {
		if s.FirstToken != next || s.EndToken <= s.FirstToken {
			t.Fatalf("sentence %d covers tokens [%d,%d), want to start at %d", i, s.FirstToken, s.EndToken, next)
		}
		if s.Start != d.Tokens[s.FirstToken].Start || s.End != d.Tokens[s.EndToken-1].End {
			t.Fatalf("sentence %d span [%d,%d) does not match its tokens", i, s.Start, s.End)
		}
		next = s.EndToken
	}
	if next != len(d.Tokens) {
		t.Fatalf("sentences cover %d of %d tokens", next, len(d.Tokens))
	}
	for i, q := range d.Quotes {
		if q.Open >= q.Start || q.Start > q.End || q.End != q.Close || q.Close >= len(in) {
			t.Fatalf("quote %d marks inconsistent: %+v", i, q)
		}
		if q.Parent >= i {
			t.Fatalf("quote %d parent %d does not precede it", i, q.Parent)
		}
	}
	for _, p := range d.Paragraphs {
		if p.Start >= p.End || p.End > len(in) {
			t.Fatalf("paragraph [%d,%d) invalid", p.Start, p.End)
		}
	}
}

func TestOffsetsProperty(t *testing.T) {
	inputs := []string{
		"", " ", "\n\n\n", "a", "“", "”", "'", "’’’", "U.S.", "...", "—", "a--b", "x.y.z.",
		"“One,\n\n“two,” three.", "‘a ’b’ c’", "((([[[", "Mr.", "1,000.5.", "e.g. this",
		"Hello\u00a0world \u2028 x", "Ünïcödé “quotes” and ‘single’ ones.", "\"\"\"\"",
		"tab\tsep\tline\r\nnext", "calm…[and] protect", "word’", "’tis", "a '90s thing",
	}
	for _, in := range inputs {
		checkInvariants(t, in)
	}
}

func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		"The U.S. and China met on Nov. 1. “We agree,” Wang said.",
		"“First.\n\n“Second,” she said.", "‘Nested “double” inside’", `"straight" 'single'`,
		"calm…[and] protect—civilians", "Don’t worry; it’s the countries’ view.",
		"WASHINGTON (AP) — The U.S. met.", "AB, C (D —", "XYZ -",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		checkInvariants(t, in)
	})
}

func FuzzPairQuotes(f *testing.F) {
	f.Add("“a ‘b’ c”\n\n“d” e”")
	f.Add(`"a" 'b' "c`)
	f.Fuzz(func(t *testing.T, in string) {
		d := Analyze(in)
		quotes, bad := PairQuotes(in, d.Tokens, d.Paragraphs)
		for _, q := range quotes {
			if q.Start < 0 || q.End > len(in) || q.Start > q.End {
				t.Fatalf("quote span [%d,%d) invalid", q.Start, q.End)
			}
			for _, s := range q.Segments {
				if s.Start < q.Start || s.End > q.End || s.Start > s.End {
					t.Fatalf("segment %+v outside quote %+v", s, q.Span)
				}
			}
		}
		for _, m := range bad {
			if m.Offset < 0 || m.Offset >= len(in) || in[m.Offset:m.Offset+len(m.Text)] != m.Text {
				t.Fatalf("unpaired mark %+v does not point at its text", m)
			}
		}
	})
}
