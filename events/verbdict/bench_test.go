package verbdict

import (
	"bytes"
	"testing"
)

// BenchmarkLoad measures Load: parsing and compiling the embedded
// CAMEO.2.0.txt.
func BenchmarkLoad(b *testing.B) {
	b.SetBytes(int64(len(cameo20)))
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseSmall parses and compiles the small test dictionary.
func BenchmarkParseSmall(b *testing.B) {
	for b.Loop() {
		if _, err := Parse("small", bytes.NewReader([]byte(smallDict))); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMatch codes one verb of a 10-token sentence with the embedded
// dictionary ("ask" and "ask for" are in block ASK, 63 patterns, and "ask
// for" also in INVITE, 2).
func BenchmarkMatch(b *testing.B) {
	d := mustLoad(b)
	q := Query{Tokens: toks("Russia/Russia/PROPN asked/ask/VERB the/the/DET UN/UN/PROPN on/on/ADP Monday/Monday/PROPN for/for/ADP financial/financial/ADJ aid/aid/NOUN ./././PUNCT"),
		Verb: 1, Actors: []Span{{0, 1}, {3, 4}}}
	for b.Loop() {
		if _, ok := d.Match(q, Options{}); !ok {
			b.Fatal("no match")
		}
	}
}

// BenchmarkMatchSay codes "said" (block EXPLAIN_VERBAL, 136 patterns; the
// largest block, START, has 190).
func BenchmarkMatchSay(b *testing.B) {
	d := mustLoad(b)
	q := Query{Tokens: toks("The/the/DET minister/minister/NOUN said/say/VERB on/on/ADP Monday/Monday/PROPN that/that/SCONJ talks/talk/NOUN would/would/AUX resume/resume/VERB"),
		Verb: 2}
	for b.Loop() {
		if _, ok := d.Match(q, Options{}); !ok {
			b.Fatal("no match")
		}
	}
}
