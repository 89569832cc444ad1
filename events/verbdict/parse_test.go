package verbdict

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"entente/events/cameo"
)

func TestParseSmall(t *testing.T) {
	d := parseSmall(t)
	st := d.Stats()
	want := Stats{Blocks: 4, Verbs: 7, Compounds: 2, Lemmas: 6, Patterns: 9, Synsets: 3, Transformations: 2}
	st.Forms, st.SynsetPhrases, st.Warnings = 0, 0, 0
	if st != want {
		t.Errorf("Stats = %+v, want %+v", st, want)
	}
	if len(d.Warnings) != 0 {
		t.Errorf("warnings: %v", d.Warnings)
	}
}

func TestSynsets(t *testing.T) {
	d := parseSmall(t)
	tests := []struct {
		name     string
		noPlural bool
		phrases  string
	}{
		{"CURRENCY", false, "cash|dollar|dollars|prime rate|prime rates"},
		{"AUXVERB", true, "was|were"},
		{"MONEYISH", false, "cash|dollar|dollars|gold|golds|prime rate|prime rates"},
	}
	for _, tt := range tests {
		s, ok := d.Synset("&" + tt.name)
		if !ok {
			t.Errorf("synset %s missing", tt.name)
			continue
		}
		var got []string
		for _, p := range s.Phrases {
			got = append(got, strings.Join(p, " "))
		}
		if s.NoPlural != tt.noPlural || strings.Join(got, "|") != tt.phrases {
			t.Errorf("%s: noPlural=%v phrases %q, want %v %q", tt.name, s.NoPlural, strings.Join(got, "|"), tt.noPlural, tt.phrases)
		}
	}
}

func TestVerbs(t *testing.T) {
	d := parseSmall(t)
	tests := []struct {
		lemma  string
		line   int
		phrase string
		code   string
		own    bool
		forms  string
	}{
		{"ask", 21, "ask", "020", false, "ask asks asked asking"},
		{"ask", 22, "ask for", "021", true, "ask asked asking asks"},
		{"plead", 23, "plead", "020", false, "plead pleads pleaded pled pleading"},
		{"inquire", 24, "inquire", "---", true, "inquire inquires inquired inquiring"},
		{"tap", 36, "wire tap", "---", false, "tap taps tapped tapping"},
		{"ponder", 39, "ponder", "---", false, "ponder ponders pondered pondering"},
	}
	seen := map[string]int{}
	for _, tt := range tests {
		vs := d.Verbs(strings.ToUpper(tt.lemma))
		k := seen[tt.lemma]
		seen[tt.lemma]++
		if k >= len(vs) {
			t.Errorf("Verbs(%q): %d entries, want more", tt.lemma, len(vs))
			continue
		}
		v := vs[k]
		if v.Line != tt.line || v.Phrase() != tt.phrase || v.Code.String() != tt.code || v.OwnCode != tt.own || strings.Join(v.Forms, " ") != tt.forms {
			t.Errorf("Verbs(%q)[%d] = line %d %q code %s own %v forms %q; want %d %q %s %v %q", tt.lemma, k,
				v.Line, v.Phrase(), v.Code, v.OwnCode, strings.Join(v.Forms, " "), tt.line, tt.phrase, tt.code, tt.own, tt.forms)
		}
	}
	if b := d.Blocks[2]; b.Name != "NOCODE" || b.Code.String() != NullCode {
		t.Errorf("block without code: %q %v", b.Name, b.Code)
	}
	for form, want := range map[string]string{"pled": "plead", "asked": "ask", "tapping": "tap", "PONDERS": "ponder", "nothing": ""} {
		if got := strings.Join(d.Lemmas(form), ","); got != want {
			t.Errorf("Lemmas(%q) = %q, want %q", form, got, want)
		}
	}
	if c, ok := d.VerbCode("ask"); !ok || c.String() != "020" {
		t.Errorf("VerbCode(ask) = %v %v, want the single verb's 020", c, ok)
	}
}

func TestPatterns(t *testing.T) {
	d := parseSmall(t)
	ps := d.Blocks[0].Patterns
	want := []struct {
		str     string
		comment string
		kinds   string // kinds of Pre | Post
	}{
		{"* (FOR {FINANCIAL AID}) [0231]", "ASK", "|prep phrase"},
		{"* &CURRENCY [0231]", "", "|synset"},
		{"* AID [023]", "", "|word"},
		{"$ * (AS &CURRENCY) (WITH +) [045]", "", "source|prep phrase,prep phrase"},
		{"WILL NOT * [120]", "", "word,word|"},
		{"* OFF_ROW [110:110]", "", "|word,word"},
		{"* (BEFORE COURT) [:173]", "", "|prep phrase"},
		{"% * [030:030]", "", "compound|"},
		{"* ^ TO + [042:043]", "", "|skip,word,target"},
	}
	if len(ps) != len(want) {
		t.Fatalf("%d patterns, want %d", len(ps), len(want))
	}
	kinds := func(es []Element) string {
		var k []string
		for _, e := range es {
			k = append(k, e.Kind.String())
		}
		return strings.Join(k, ",")
	}
	for i, w := range want {
		p := ps[i]
		if got := p.String(); got != w.str {
			t.Errorf("pattern %d: %q, want %q", i, got, w.str)
		}
		if p.Comment != w.comment || kinds(p.Pre)+"|"+kinds(p.Post) != w.kinds {
			t.Errorf("pattern %d: comment %q kinds %q, want %q %q", i, p.Comment, kinds(p.Pre)+"|"+kinds(p.Post), w.comment, w.kinds)
		}
	}
	if c := ps[6].Code; c.Active != "" || c.Passive != "173" || c.IsNull() {
		t.Errorf("[:173] read as %+v", c)
	}
	if c := ps[5].Code; c.Active != "110" || c.Passive != "110" {
		t.Errorf("[110:110] read as %+v", c)
	}
	if !ps[5].Post[1].Adjacent || ps[5].Post[0].Adjacent {
		t.Errorf("OFF_ROW adjacency: %+v", ps[5].Post)
	}
}

func TestParsePatternBody(t *testing.T) {
	tests := []struct {
		in, want string // want: normalised pattern ("" = error)
		adj      string // Adjacent flags of Pre then Post elements
	}{
		{"* AID", "* AID", "0"},
		{"IN_*", "IN_*", "1"},
		{"*_OUT", "*_OUT", "1"},
		{"SO IN_AND_*_OUT_AGAIN NOW", "SO IN_AND_*_OUT_AGAIN NOW", "011110"},
		{"* (TO {BANNED PARTIES}) $", "* (TO {BANNED PARTIES}) $", "00"},
		{"* {AIR_STRIKE}", "* {AIR_STRIKE}", "0"},
		{"* NEW_&TIETYPES_RELATIONS", "* NEW_&TIETYPES_RELATIONS", "011"},
		{"KNOWN_ *", "KNOWN *", "0"},
		{"* VENTURE (WITH VISIT)   VISIT)", "* VENTURE (WITH VISIT)", "00"},
		{"* (TO)", "* (TO)", "0"},
		{"* AID", "* AID", "0"},
		{"AID", "", ""},
		{"* * AID", "", ""},
		{"* (FOR", "", ""},
		{"* ()", "", ""},
		{"* {}", "", ""},
		{"* (FOR (AID))", "", ""},
		{"* {A (B)}", "", ""},
		{"* ($ AID)", "", ""},
		{"* AI$D", "", ""},
		{"* &", "", ""},
	}
	for _, tt := range tests {
		pre, post, _, err := parsePatternBody(tt.in)
		if tt.want == "" {
			if err == "" {
				t.Errorf("parsePatternBody(%q): no error", tt.in)
			}
			continue
		}
		if err != "" {
			t.Errorf("parsePatternBody(%q): %s", tt.in, err)
			continue
		}
		p := &Pattern{Pre: pre, Post: post, Code: Code{Active: "010"}}
		got := strings.TrimSuffix(p.String(), " [010]")
		var adj strings.Builder
		for _, e := range append(append([]Element(nil), pre...), post...) {
			fmt.Fprintf(&adj, "%d", map[bool]int{false: 0, true: 1}[e.Adjacent])
		}
		if got != tt.want || adj.String() != tt.adj {
			t.Errorf("parsePatternBody(%q) = %q adj %s, want %q %s", tt.in, got, adj.String(), tt.want, tt.adj)
		}
	}
}

func TestTransformations(t *testing.T) {
	d := parseSmall(t)
	if len(d.Transformations) != 2 {
		t.Fatalf("%d transformations", len(d.Transformations))
	}
	tr := d.Transformations[0]
	in := tr.Match.Inner
	if tr.Match.Source != "a" || !slices.Equal(tr.Match.Verbs, []string{"ask"}) || in == nil ||
		in.Source != "a" || in.Target != "b" || !slices.Equal(in.Verbs, []string{"attack"}) ||
		tr.Source != "a" || tr.Target != "b" || tr.Code != "015" {
		t.Errorf("transformation 0: %+v inner %+v", tr, in)
	}
	tr = d.Transformations[1]
	if in := tr.Match.Inner; in == nil || !in.AnyVerb || in.Target != "." || tr.Code != "Q" {
		t.Errorf("transformation 1: %+v", tr)
	}
	// "attack" is not a verb of the small dictionary: a warning, not an error.
	d2, err := Parse("t", strings.NewReader("--- X [010] ---\nSAY\n~ a (a b ATTACK) SAY = a b 015\n"))
	if err != nil || len(d2.Warnings) != 1 || !strings.Contains(d2.Warnings[0].String(), `t:3: transformation verb "attack"`) {
		t.Errorf("unknown transformation verb: %v %v", err, d2.Warnings)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"verb outside block", "ASK\n", "t:1: verb \"ASK\" outside a verb block"},
		{"pattern outside block", "- * AID [010]\n", "t:1: pattern outside a verb block"},
		{"plus outside", "+ASK_FOR\n", "t:1: '+' line \"+ASK_FOR\" outside a synset or verb block"},
		{"no code", "--- A [010] ---\nASK\n- * AID\n", "t:3: pattern without a final [CODE]"},
		{"empty code", "--- A [010] ---\nASK\n- * AID []\n", "t:3: pattern: empty code []"},
		{"two colons", "--- A [010] ---\nASK\n- * AID [1:2:3]\n", "more than one ':'"},
		{"only colon", "--- A [010] ---\nASK\n- * AID [:]\n", "neither an active nor a passive part"},
		{"no star", "--- A [010] ---\nASK\n- AID [010]\n", "t:3: pattern \"AID\": no '*' marking the verb"},
		{"two stars", "--- A [010] ---\nASK\n- * AID * [010]\n", "more than one '*'"},
		{"open paren", "--- A [010] ---\nASK\n- * (FOR AID [010]\n", "'(' without ')'"},
		{"header no name", "--- [010] ---\n", "t:1: block header without a name"},
		{"header bad code", "--- A [010 ---\n", "'[' without ']'"},
		{"multiword no plus", "--- A [010] ---\nCARRY_OUT\n", "t:2: verb \"CARRY_OUT\": multiword verb without '+'"},
		{"two plus", "--- A [010] ---\n+CARRY_+OUT\n", "more than one '+'"},
		{"open brace", "--- A [010] ---\nSPEED {SPED\n", "'{' without '}'"},
		{"text after code", "--- A [010] ---\nSPEED [010] X\n", "text \"X\" after the code"},
		{"text after forms", "--- A [010] ---\nSPEED {SPED} X\n", "text \"X\" after the {forms}"},
		{"bad synset label", "&\n", "t:1: bad synset label"},
		{"empty member", "&X\n+\n", "t:2: empty synset member"},
		{"member with slot", "&X\n+$\n", "only words and &synsets"},
		{"self synset", "&X\n+&X\n", "t:1: synset &X contains itself"},
		{"transform no =", "~ a (a b ATTACK) SAY\n", "t:1: transformation without '='"},
		{"transform result", "~ a (a b ATTACK) SAY = a b\n", "want \"= SOURCE TARGET CODE\""},
		{"transform unbound", "~ a (a b ATTACK) SAY = a c 015\n", "result actor \"c\" is not bound"},
		{"transform code", "~ a (a b ATTACK) SAY = a b XYZ\n", "neither a CAMEO code nor Q"},
		{"transform paren", "~ a (a b ATTACK SAY = a b 015\n", "'(' without ')'"},
		{"transform verb", "~ a b = a b 015\n", "want SOURCE TARGET VERB"},
		{"transform var", "~ A b SAY = a b 015\n", "source \"A\" is not a variable"},
		{"odd line", "--- A [010] ---\n=X\n", "t:2: unexpected line \"=X\""},
	}
	for _, tt := range tests {
		_, err := Parse("t", strings.NewReader(tt.in))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want %q", tt.name, err, tt.want)
			continue
		}
		var pe *ParseError
		if !errors.Is(err, ErrSyntax) || !errors.As(err, &pe) {
			t.Errorf("%s: %v is not a *ParseError wrapping ErrSyntax", tt.name, err)
		}
	}
}

func TestWarnings(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"odd code", "--- A [010] ---\nASK\n- * DOWN [080!]\n", "t:3: code \"080!\" read as \"080\""},
		{"weis code", "--- A [010] ---\nASK\n- * DOWN [075A]\n", "t:3: code \"075A\" is not a CAMEO code"},
		{"stray paren", "--- A [010] ---\nASK\n- * (ON ^) ^) [111]\n", "t:3: pattern \"* (ON ^) ^)\": unmatched ')' or '}': \"^)\" dropped"},
		{"undefined synset", "--- A [010] ---\nASK\n- * &NONE [111]\n", "t:3: pattern uses undefined synset &NONE"},
		{"undefined embedded", "&X\n+&NONE\n+Y\n", "t:2: synset &NONE is not defined"},
		{"wrong plus", "--- A [010] ---\n+WIRE_TAP {+WIRE_TAPS +WIRE_TAPPED}\n", "t:2: +WIRE_TAP: the forms inflect \"TAP\""},
		{"blank verb", "--- A [010] ---\nLASH OUT\n", "t:2: verb \"LASH OUT\" written with blanks; read as +LASH_OUT"},
		{"no dash", "--- A [010] ---\nASK\n* (TO QUESTION) [110]\n", "t:3: pattern line without the leading '-'"},
		{"dup synset", "&X\n+A\n\n&X\n+B\n", "t:4: synset &X defined again"},
		{"comment open", "<!-- x\n", "t:1: <!-- comment not closed"},
		{"synset then verb", "--- A [010] ---\nASK\n&X\n+A\nTELL\n", "t:5: verb line directly after synset &X"},
		{"brackets in member", "&X\n+(TO THE END)\n", "t:2: brackets in synset member"},
	}
	for _, tt := range tests {
		d, err := Parse("t", strings.NewReader(tt.in))
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		var all []string
		for _, w := range d.Warnings {
			all = append(all, w.String())
		}
		if !strings.Contains(strings.Join(all, "\n"), tt.want) {
			t.Errorf("%s: warnings %q, want one containing %q", tt.name, all, tt.want)
		}
	}
	d, _ := Parse("t", strings.NewReader("--- A [010] ---\n+WIRE_TAP {+WIRE_TAPS +WIRE_TAPPED}\n"))
	if v := d.Verbs("tap"); len(v) != 1 || !slices.Equal(v[0].Pre, []string{"wire"}) || !slices.Equal(v[0].Forms, []string{"tap", "taps", "tapped"}) {
		t.Errorf("re-marked WIRE_TAP: %+v", v)
	}
}

func TestCode(t *testing.T) {
	tests := []struct {
		in      string
		active  string
		passive string
		null    bool
		warn    bool
		err     bool
	}{
		{"190", "190", "", false, false, false},
		{"042:043", "042", "043", false, false, false},
		{":173", "", "173", false, false, false},
		{"---", "---", "", true, false, false},
		{"---:043", "---", "043", false, false, false},
		{"080!", "080", "", false, true, false},
		{"075A", "075A", "", false, true, false},
		{"", "", "", false, false, true},
		{"1 2", "", "", false, false, true},
	}
	for _, tt := range tests {
		c, w, err := parseCode(tt.in)
		if (err != "") != tt.err || (w != "") != tt.warn {
			t.Errorf("parseCode(%q): warning %q error %q", tt.in, w, err)
			continue
		}
		if !tt.err && (c.Active != tt.active || c.Passive != tt.passive || c.IsNull() != tt.null) {
			t.Errorf("parseCode(%q) = %+v null=%v", tt.in, c, c.IsNull())
		}
	}
	if !(Code{}).IsZero() || !(Code{}).IsNull() || (Code{Active: "010"}).IsZero() {
		t.Error("IsZero/IsNull on the zero Code")
	}
	if !cameo.IsCode("0231") || cameo.IsCode("1") || cameo.IsCode("02311") || cameo.IsCode("02a") {
		t.Error("cameo.IsCode")
	}
}
