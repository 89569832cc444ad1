package syntax

import (
	"bufio"
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// goldenFile holds the analyses the embedded model gives: a hash of all of
// them for generated sentences and for the EWT test set, and the tags,
// heads, relations and a hash of the lemmas of the first goldenEWT EWT test
// sentences (the treebank's words are not stored in the repository).
// TestGoldenOutputs keeps speed work on the tagger, lemmatiser and parser
// from changing any output. After retraining the model, regenerate it with
//
//	ENTENTE_UPDATE_GOLDEN=1 go test -run TestGoldenOutputs ./syntax
const goldenFile = "testdata/golden_outputs.txt"

// goldenEWT is the number of EWT test sentences stored one by one.
const goldenEWT = 400

func TestGoldenOutputs(t *testing.T) {
	m := defaultModel(t)
	want := map[string]string{}
	var order []string
	add := func(key, val string) {
		want[key] = val
		order = append(order, key)
	}
	synth := syntheticSentences()
	add("synthetic", analysesHash(m, synth))
	ewt, ewtErr := readEWTTest()
	if ewtErr == nil {
		add("ewt-test", analysesHash(m, ewt))
		for i, words := range ewt[:min(goldenEWT, len(ewt))] {
			add(fmt.Sprintf("ewt %d", i), analysisLine(m.Parse(words), false))
		}
	}
	if os.Getenv("ENTENTE_UPDATE_GOLDEN") != "" {
		if ewtErr != nil {
			t.Fatalf("updating %s needs the EWT test set: %v", goldenFile, ewtErr)
		}
		var b strings.Builder
		b.WriteString("# Analyses of the embedded model, see TestGoldenOutputs.\n")
		for _, k := range order {
			fmt.Fprintf(&b, "%s\t%s\n", k, want[k])
		}
		if err := os.WriteFile(goldenFile, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got := readGolden(t)
	checked := 0
	for _, k := range order {
		g, ok := got[k]
		if !ok {
			t.Errorf("%s: missing from %s", k, goldenFile)
			continue
		}
		if g != want[k] {
			t.Errorf("%s: analysis changed:\n got %s\nwant %s", k, want[k], g)
		}
		checked++
	}
	if ewtErr != nil {
		t.Logf("EWT test set not checked: %v", ewtErr)
	}
	t.Logf("%d golden entries checked", checked)
}

// analysisLine renders the analysis of one sentence: UPOS/XPOS, heads and
// relations, then the lemmas (or a hash of them when withLemmas is false).
func analysisLine(s *Sentence, withLemmas bool) string {
	var tags, heads, rels, lemmas []string
	for _, tk := range s.Tokens {
		tags = append(tags, tk.UPOS+"/"+tk.XPOS)
		heads = append(heads, fmt.Sprint(tk.Head))
		rels = append(rels, tk.Deprel)
		lemmas = append(lemmas, tk.Lemma)
	}
	l := fmt.Sprintf("%016x", hashString(strings.Join(lemmas, "\x00")))
	if withLemmas {
		l = fmt.Sprintf("%q", lemmas)
	}
	return strings.Join([]string{strings.Join(tags, " "), strings.Join(heads, " "), strings.Join(rels, " "), l}, "\t")
}

// analysesHash returns a SHA-256 of the words and analyses of sents.
func analysesHash(m *Model, sents [][]string) string {
	h := sha256.New()
	for _, words := range sents {
		fmt.Fprintf(h, "%q\n%s\n", words, analysisLine(m.Parse(words), true))
	}
	return fmt.Sprintf("%x", h.Sum(nil))
}

func readEWTTest() ([][]string, error) {
	f, err := os.Open(filepath.Join(treebankDir, "en_ewt-ud-test.conllu"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sents, err := ReadCoNLLU(f)
	if err != nil {
		return nil, err
	}
	out := make([][]string, len(sents))
	for i, s := range sents {
		out[i] = s.Forms()
	}
	return out, nil
}

func readGolden(t *testing.T) map[string]string {
	t.Helper()
	f, err := os.Open(goldenFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	got := map[string]string{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		k, v, _ := strings.Cut(line, "\t")
		got[k] = v
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return got
}

// syntheticSentences returns news-like sentences and 600 sentences of
// random pieces (letters of several scripts and cases, digits, punctuation,
// invalid UTF-8, long words and sentences), generated deterministically.
func syntheticSentences() [][]string {
	out := [][]string{
		strings.Fields("China and Russia vetoed an American - proposed resolution in the U.N. Security Council to condemn Hamas last week ."),
		strings.Fields("Wang Yi said Israel 's response went beyond the scope of self - defense ."),
		strings.Fields("The ministry said on Tuesday that talks with the rebels would resume next month in Geneva , despite fresh clashes near the border ."),
		strings.Fields("PROTESTERS GATHERED OUTSIDE THE EMBASSY , DEMANDING THE RELEASE OF THE DETAINED JOURNALISTS ."),
		strings.Fields("Obama Blames Congress For Failure Of Gun Control Bill"),
		{"\"", "We", "will", "not", "back", "down", ",", "\"", "Erdoğan", "told", "reporters", "in", "Ankara", "."},
	}
	pieces := []string{"a", "B", "é", "É", "ß", "İ", "ǅ", "-", ".", "1", "'", "’", "\xff", "", "日本", "ΣΑΣ",
		"x", "Z", "0", ",", "ﬁ", "K", "the", "said", "ed", "ing", "s", "Mr", "U.S.", "n't"}
	state := uint64(0x9e3779b97f4a7c15)
	next := func(n int) int { // xorshift64*
		state ^= state >> 12
		state ^= state << 25
		state ^= state >> 27
		return int((state * 0x2545f4914f6cdd1d) >> 33 % uint64(n))
	}
	for i := 0; i < 600; i++ {
		n := 1 + next(40)
		if i%50 == 0 {
			n = 150 + next(200)
		}
		words := make([]string, n)
		for j := range words {
			var b strings.Builder
			for k := next(8); k >= 0; k-- {
				b.WriteString(pieces[next(len(pieces))])
			}
			words[j] = b.String()
		}
		out = append(out, words)
	}
	return out
}
