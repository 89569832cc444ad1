package syntax

import (
	"bytes"
	"compress/gzip"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// loadTestModel loads the embedded model once per test binary.
var loadTestModel = sync.OnceValues(LoadDefault)

func defaultModel(t testing.TB) *Model {
	t.Helper()
	m, err := loadTestModel()
	if err != nil {
		t.Fatalf("LoadDefault: %v", err)
	}
	return m
}

// arc is an expected dependency: one of the words Deps (by form; "x#2"
// is the second x) attached as one of the alternatives (head word or
// "ROOT", and acceptable relations). Alternatives cover genuine attachment
// ambiguities only.
type arc struct {
	deps string // "A|B": either word may be the dependent
	alts []alt
}

type alt struct {
	head string
	rels []string
}

func a1(dep, head string, rels ...string) arc { return arc{dep, []alt{{head, rels}}} }

func findWord(s *Sentence, form string) int {
	n := 1
	if i := strings.LastIndexByte(form, '#'); i > 0 {
		n = int(form[i+1] - '0')
		form = form[:i]
	}
	for i, t := range s.Tokens {
		if t.Form == form {
			n--
			if n == 0 {
				return i
			}
		}
	}
	return -1
}

func TestGoldenParses(t *testing.T) {
	m := defaultModel(t)
	tests := []struct {
		text   string
		arcs   []arc
		lemmas map[string]string
		upos   map[string]string
	}{
		{
			text: "China and Russia vetoed an American - proposed resolution in the U.N. Security Council to condemn Hamas last week while avoiding naming the terrorist organization .",
			arcs: []arc{
				a1("vetoed", "ROOT", "root"),
				a1("China", "vetoed", "nsubj"),
				a1("Russia", "China", "conj"),
				a1("and", "Russia", "cc"),
				a1("resolution", "vetoed", "obj"),
				// "in the U.N. Security Council" locates the vetoing (obl)
				// or, less likely, the resolution (nmod).
				{"Council", []alt{{"vetoed", []string{"obl"}}, {"resolution", []string{"nmod"}}}},
				a1("in", "Council", "case"),
				// "to condemn Hamas" modifies the resolution (acl) or, read
				// as a purpose clause, the vetoing.
				{"condemn", []alt{{"resolution", []string{"acl", "acl:relcl"}}, {"vetoed", []string{"advcl", "xcomp"}}}},
				a1("Hamas", "condemn", "obj"),
				{"week", []alt{{"vetoed", []string{"obl:unmarked", "obl:tmod", "obl"}}, {"condemn", []string{"obl:unmarked", "obl:tmod", "obl"}}}},
				{"avoiding", []alt{{"vetoed", []string{"advcl"}}, {"condemn", []string{"advcl"}}}},
				a1("organization", "naming", "obj"),
			},
			lemmas: map[string]string{"vetoed": "veto", "avoiding": "avoid", "naming": "name", "proposed": "propose"},
			upos:   map[string]string{"vetoed": "VERB", "China": "PROPN", "resolution": "NOUN", "condemn": "VERB"},
		},
		{
			text: "Wang Yi said Israel 's response went beyond the scope of self - defense .",
			arcs: []arc{
				a1("said", "ROOT", "root"),
				// The name is the subject (EWT heads two-part names on
				// either word).
				a1("Wang|Yi", "said", "nsubj"),
				a1("went", "said", "ccomp"),
				a1("response", "went", "nsubj"),
				a1("Israel", "response", "nmod:poss"),
				a1("'s", "Israel", "case"),
				a1("scope", "went", "obl"),
			},
			lemmas: map[string]string{"said": "say", "went": "go", "'s": "'s"},
		},
		{
			text: "Russia hosted a Hamas delegation in Moscow .",
			arcs: []arc{
				a1("hosted", "ROOT", "root"),
				a1("Russia", "hosted", "nsubj"),
				a1("delegation", "hosted", "obj"),
				// "in Moscow" locates the hosting (obl) or the delegation (nmod).
				{"Moscow", []alt{{"hosted", []string{"obl"}}, {"delegation", []string{"nmod"}}}},
				a1("in", "Moscow", "case"),
			},
			lemmas: map[string]string{"hosted": "host"},
		},
		{
			text: "Putin blamed the United States for the failure of its policy in the Middle East .",
			arcs: []arc{
				a1("blamed", "ROOT", "root"),
				a1("Putin", "blamed", "nsubj"),
				a1("States", "blamed", "obj"),
				a1("failure", "blamed", "obl"),
				a1("policy", "failure", "nmod"),
				a1("its", "policy", "nmod:poss"),
			},
			lemmas: map[string]string{"blamed": "blame"},
		},
		{
			// A to-infinitive after an object whose verb EWT has seen
			// as a noun only: "to" is decided with the next word.
			text: "China urged Israel to exercise restraint .",
			arcs: []arc{
				a1("urged", "ROOT", "root"),
				a1("exercise", "urged", "xcomp"),
				a1("to", "exercise", "mark"),
				a1("restraint", "exercise", "obj"),
			},
			upos: map[string]string{"to": "PART", "exercise": "VERB"},
		},
		{
			// A headline: read as if in sentence case.
			text: "Obama Seeks More Muslim Refugees As He Recognizes Major Islamic Holiday",
			arcs: []arc{
				a1("Seeks", "ROOT", "root"),
				a1("Obama", "Seeks", "nsubj"),
				a1("Refugees", "Seeks", "obj"),
				a1("Holiday", "Recognizes", "obj"),
			},
			upos: map[string]string{"Seeks": "VERB", "Recognizes": "VERB", "Holiday": "NOUN", "Obama": "PROPN"},
		},
		{
			text: "Iran Warns US Against Military Strike On Nuclear Sites",
			arcs: []arc{
				a1("Warns", "ROOT", "root"),
				a1("Iran", "Warns", "nsubj"),
				a1("US", "Warns", "obj"),
				a1("Strike", "Warns", "obl"),
			},
			upos: map[string]string{"Warns": "VERB", "Strike": "NOUN", "Iran": "PROPN"},
		},
		{
			text: "China And India Agree To Resume Talks On Border Dispute",
			arcs: []arc{
				a1("Agree", "ROOT", "root"),
				a1("Resume", "Agree", "xcomp"),
				a1("To", "Resume", "mark"),
				a1("Talks", "Resume", "obj"),
			},
			upos: map[string]string{"To": "PART", "China": "PROPN", "India": "PROPN"},
		},
		{
			text:   "Israel accused Hamas of violating the ceasefire .",
			lemmas: map[string]string{"accused": "accuse", "violating": "violate"},
			arcs: []arc{
				a1("accused", "ROOT", "root"),
				a1("Israel", "accused", "nsubj"),
				a1("Hamas", "accused", "obj"),
			},
		},
	}
	for _, tc := range tests {
		s := m.Parse(strings.Fields(tc.text))
		var dump strings.Builder
		for i, tk := range s.Tokens {
			dump.WriteString("\n  ")
			dump.WriteString(strings.Join([]string{itoa(i + 1), tk.Form, tk.Lemma, tk.UPOS, tk.XPOS, itoa(tk.Head), tk.Deprel}, "\t"))
		}
		for _, a := range tc.arcs {
			if !arcHolds(s, a) {
				t.Errorf("%q: want %s attached as one of %v%s", tc.text, a.deps, a.alts, dump.String())
			}
		}
		for form, want := range tc.lemmas {
			if d := findWord(s, form); d < 0 || s.Tokens[d].Lemma != want {
				t.Errorf("%q: lemma of %q = %q, want %q", tc.text, form, s.Tokens[max(d, 0)].Lemma, want)
			}
		}
		for form, want := range tc.upos {
			if d := findWord(s, form); d < 0 || s.Tokens[d].UPOS != want {
				t.Errorf("%q: UPOS of %q = %q, want %q", tc.text, form, s.Tokens[max(d, 0)].UPOS, want)
			}
		}
	}
}

// arcHolds reports whether one of the dependents of a is attached as one of
// its alternatives.
func arcHolds(s *Sentence, a arc) bool {
	for _, dep := range strings.Split(a.deps, "|") {
		d := findWord(s, dep)
		if d < 0 {
			continue
		}
		got := s.Tokens[d]
		for _, al := range a.alts {
			wantHead := 0
			if al.head != "ROOT" {
				wantHead = findWord(s, al.head) + 1
				if wantHead == 0 {
					continue
				}
			}
			for _, r := range al.rels {
				if got.Head == wantHead && got.Deprel == r {
					return true
				}
			}
		}
	}
	return false
}

func itoa(i int) string {
	if i < 0 {
		return "-" + itoa(-i)
	}
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}

func TestParseWellFormed(t *testing.T) {
	m := defaultModel(t)
	tests := [][]string{
		{},
		{"Hello"},
		{"."},
		{"", " ", "\t"},
		{"é", "中文", "\xff\xfe", "🙂"},
		strings.Fields(strings.Repeat("the cat sat on the mat and ", 40)),
	}
	for _, words := range tests {
		s := m.Parse(words)
		if len(s.Tokens) != len(words) {
			t.Fatalf("%d tokens for %d words", len(s.Tokens), len(words))
		}
		roots := 0
		for i, tk := range s.Tokens {
			if tk.Form != words[i] {
				t.Errorf("token %d form %q, want %q", i, tk.Form, words[i])
			}
			if tk.Head < 0 || tk.Head > len(words) || tk.Head == i+1 {
				t.Errorf("token %d has head %d", i, tk.Head)
			}
			if tk.Head == 0 {
				roots++
				if tk.Deprel != "root" {
					t.Errorf("root token %d has relation %q", i, tk.Deprel)
				}
			} else if tk.Deprel == "root" {
				t.Errorf("non-root token %d has relation root", i)
			}
			if tk.UPOS == "" || tk.XPOS == "" || tk.Deprel == "" {
				t.Errorf("token %d incomplete: %+v", i, tk)
			}
			// Every word reaches the root without cycles.
			h, steps := i+1, 0
			for h != 0 && steps <= len(words) {
				h = s.Tokens[h-1].Head
				steps++
			}
			if h != 0 {
				t.Errorf("token %d is in a cycle", i)
			}
		}
		if len(words) > 0 && roots != 1 {
			t.Errorf("%d roots in %q", roots, words)
		}
	}
}

func TestParseConcurrent(t *testing.T) {
	m := defaultModel(t)
	sents := [][]string{
		strings.Fields("Russia hosted a Hamas delegation in Moscow ."),
		strings.Fields("Putin blamed the United States for the failure of its policy in the Middle East ."),
		strings.Fields("Wang Yi said Israel 's response went beyond the scope of self - defense ."),
	}
	want := make([]*Sentence, len(sents))
	for i, s := range sents {
		want[i] = m.Parse(s)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for r := 0; r < 200; r++ {
				i := (g + r) % len(sents)
				got := m.Parse(sents[i])
				for j := range got.Tokens {
					if got.Tokens[j] != want[i].Tokens[j] {
						errs <- "concurrent parse differs"
						return
					}
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Fatal(e)
	}
}

func TestLoadCorrupt(t *testing.T) {
	good := defaultModelData
	var raw bytes.Buffer
	zr, err := gzip.NewReader(bytes.NewReader(good))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.ReadFrom(zr); err != nil {
		t.Fatal(err)
	}
	gz := func(b []byte) []byte {
		var out bytes.Buffer
		zw := gzip.NewWriter(&out)
		zw.Write(b)
		zw.Close()
		return out.Bytes()
	}
	flipped := append([]byte(nil), good...)
	flipped[len(flipped)/2] ^= 0x55
	badVersion := append([]byte(nil), raw.Bytes()...)
	badVersion[len(modelMagic)] = 99
	badFeatures := append([]byte(nil), raw.Bytes()...)
	badFeatures[len(modelMagic)+1] = 99
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "not a gzip stream"},
		{"not gzip", []byte("hello world, this is not a model"), "not a gzip stream"},
		{"truncated gzip", good[:len(good)/3], "truncated"},
		{"flipped byte", flipped, ""},
		{"bad magic", gz([]byte("NOT-A-MODEL-AT-ALL-REALLY")), "bad magic"},
		{"bad version", gz(badVersion), "unsupported format version"},
		{"other feature set", gz(badFeatures), "retrain the model"},
		{"truncated payload", gz(raw.Bytes()[:raw.Len()/2]), "truncated while reading"},
		{"truncated at end", gz(raw.Bytes()[:raw.Len()-2]), "truncated while reading end marker"},
		{"trailing data", gz(append(append([]byte(nil), raw.Bytes()...), 1, 2, 3)), "trailing data"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m, err := Load(bytes.NewReader(tc.data))
			if err == nil {
				t.Fatalf("Load succeeded (model %v)", m != nil)
			}
			if !errors.Is(err, ErrBadModel) {
				t.Errorf("error %q does not wrap ErrBadModel", err)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q does not mention %q", err, tc.want)
			}
		})
	}
	// LoadFile names the file in its errors.
	dir := t.TempDir()
	path := filepath.Join(dir, "broken.model.gz")
	if err := os.WriteFile(path, good[:1000], 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadFile(path); err == nil || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "truncated") {
		t.Errorf("LoadFile error %v does not name %s and the problem", err, path)
	}
	if _, err := LoadFile(filepath.Join(dir, "missing.gz")); err == nil || !strings.Contains(err.Error(), "missing.gz") {
		t.Errorf("LoadFile of a missing file: %v", err)
	}
}

func TestSaveLoadRoundTrip(t *testing.T) {
	m := defaultModel(t)
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Load(&buf)
	if err != nil {
		t.Fatal(err)
	}
	words := strings.Fields("Putin blamed the United States for the failure of its policy in the Middle East .")
	a, b := m.Parse(words), m2.Parse(words)
	for i := range a.Tokens {
		if a.Tokens[i] != b.Tokens[i] {
			t.Errorf("token %d: %+v after round trip, want %+v", i, b.Tokens[i], a.Tokens[i])
		}
	}
}

func BenchmarkLoadModel(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := LoadDefault(); err != nil {
			b.Fatal(err)
		}
	}
}
