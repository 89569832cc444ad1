package verbdict

import (
	"strings"
	"testing"
)

// FuzzParse: the parser never panics; what it accepts can be matched.
func FuzzParse(f *testing.F) {
	f.Add(smallDict)
	f.Add("--- A [010] ---\nASK\n- * (FOR {X &S}) $ [0231:--]\n&S\n+&T\n&T\n+Y_\n~ a (b . Q) ASK = a b Q\n")
	f.Add("--- A ---\n+X_+Y {X_+YS}\n- IN_*_OUT ^ % [:1]\n* (A) [1]\n<!-- x\n-->\n")
	f.Add("&A\n+&B\n&B\n+&A\n")
	f.Fuzz(func(t *testing.T, src string) {
		d, err := Parse("fuzz", strings.NewReader(src))
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz:") && !strings.HasPrefix(err.Error(), "verbdict: reading") {
				t.Fatalf("error without file:line: %v", err)
			}
			return
		}
		_ = d.Stats()
		for _, lemma := range d.LemmaList() {
			tk := toks("the/the/DET " + lemma + "/" + lemma + "/VERB for/for/ADP x/x/NOUN and/and/CCONJ y/y/PROPN")
			d.Match(Query{Tokens: tk, Verb: 1, Actors: []Span{{0, 1}, {3, 6}}}, Options{})
			d.Match(Query{Tokens: tk, Verb: 1, Passive: true}, Options{})
		}
	})
}

// FuzzMatch: the matcher never panics and returns positions and actors in
// range, whatever the tokens, tags and spans.
func FuzzMatch(f *testing.F) {
	d, err := Parse("small", strings.NewReader(smallDict))
	if err != nil {
		f.Fatal(err)
	}
	tags := []string{"NOUN", "VERB", "AUX", "DET", "ADP", "PROPN", "CCONJ", "PUNCT", "SCONJ", "ADJ", "PRON", ""}
	f.Add("Russia asked the UN for financial aid", 1, []byte{0, 1, 3, 4})
	f.Add("Iran and Iraq will not ask , dollar with", 5, []byte{0, 1, 2, 3, 9, 1})
	f.Add("asked", 0, []byte{})
	f.Fuzz(func(t *testing.T, sent string, verb int, spans []byte) {
		words := strings.Fields(sent)
		var tk []Token
		for i, w := range words {
			tk = append(tk, Token{Word: w, Lemma: strings.ToLower(w), POS: tags[(len(w)+i)%len(tags)]})
		}
		var actors []Span
		for i := 0; i+1 < len(spans); i += 2 {
			actors = append(actors, Span{int(spans[i]) % 16, int(spans[i+1]) % 16})
		}
		for _, passive := range []bool{false, true} {
			q := Query{Tokens: tk, Verb: verb, Actors: actors, Passive: passive}
			for _, m := range d.Candidates(q, Options{Window: 1 + verb%20}) {
				for _, p := range m.Tokens {
					if p < 0 || p >= len(tk) {
						t.Fatalf("token %d out of range", p)
					}
				}
				for _, a := range append([]int{m.Source, m.Target}, m.Compound...) {
					if a < -1 || a >= len(actors) {
						t.Fatalf("actor %d out of range", a)
					}
				}
			}
		}
	})
}
