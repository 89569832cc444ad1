package verbdict_test

import (
	"fmt"
	"strings"

	"entente/events/verbdict"
)

func ExampleLoad() {
	d, err := verbdict.Load()
	if err != nil {
		panic(err)
	}
	s := d.Stats()
	fmt.Println(s.Blocks, "blocks,", s.Verbs, "verbs,", s.Patterns, "patterns,", s.Synsets, "synsets,", s.Transformations, "transformations")
	fmt.Println(d.Lemmas("took"), d.Lemmas("accused"))
	c, _ := d.VerbCode("accuse")
	fmt.Println(c)
	// Output:
	// 397 blocks, 1817 verbs, 4668 patterns, 40 synsets, 8 transformations
	// [take] [accuse]
	// 112
}

// The coder calls Match for each verb with the sentence's tokens (word,
// lemma, UPOS) and the actor mentions it found.
func ExampleDictionary_Match() {
	d, err := verbdict.Load()
	if err != nil {
		panic(err)
	}
	words := strings.Fields("Russia asked the UN for financial aid .")
	lemmas := strings.Fields("Russia ask the UN for financial aid .")
	tags := strings.Fields("PROPN VERB DET PROPN ADP ADJ NOUN PUNCT")
	var toks []verbdict.Token
	for i := range words {
		toks = append(toks, verbdict.Token{Word: words[i], Lemma: lemmas[i], POS: tags[i]})
	}
	q := verbdict.Query{
		Tokens: toks,
		Verb:   1,                               // "asked"
		Actors: []verbdict.Span{{0, 1}, {3, 4}}, // Russia, the UN
	}
	m, ok := d.Match(q, verbdict.Options{})
	fmt.Println(ok, m.Code, m.Pattern, "line", m.Pattern.Line)
	fmt.Println("tokens", m.Tokens, "source slot", m.Source, "target slot", m.Target)
	// Output:
	// true 0231 * (FOR {FINANCIAL AID}) [0231] line 943
	// tokens [1 4 5 6] source slot -1 target slot -1
}

// Patterns with $ and + tell which actor is the source and which the target.
func ExampleParse() {
	dict := `
--- NEGOTIATE [046] ---
NEGOTIATE
- $ * (WITH +) (ON &ISSUE) [0312]
&ISSUE
+WEAPON
`
	d, err := verbdict.Parse("example.txt", strings.NewReader(dict))
	if err != nil {
		panic(err)
	}
	var toks []verbdict.Token
	for _, w := range strings.Fields("Iran negotiated with Russia on weapons") {
		toks = append(toks, verbdict.Token{Word: w})
	}
	m, _ := d.Match(verbdict.Query{Tokens: toks, Verb: 1, Actors: []verbdict.Span{{0, 1}, {3, 4}}}, verbdict.Options{})
	fmt.Println(m.Code, "source actor", m.Source, "target actor", m.Target)
	// Output: 0312 source actor 0 target actor 1
}

func ExampleInflect() {
	fmt.Println(verbdict.Inflect("stop"), verbdict.Inflect("bring"), verbdict.RegularForms("travel"))
	// Output: [stops stopped stopping] [brings brought bringing] [travels traveled traveling travelled travelling]
}
