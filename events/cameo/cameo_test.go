package cameo

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func mustLoad(t testing.TB) *Table {
	t.Helper()
	tab, err := Load()
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return tab
}

func TestLoadCounts(t *testing.T) {
	tab := mustLoad(t)
	if got := tab.Len(); got != 311 {
		t.Errorf("Len = %d, want 311 (GDELT CAMEO.eventcodes.txt rows)", got)
	}
	roots := tab.Roots()
	if len(roots) != 20 || roots[0] != "01" || roots[19] != "20" {
		t.Errorf("Roots = %v, want 01…20", roots)
	}
	src := map[string]int{}
	for _, c := range tab.Codes() {
		src[c.PloverSource]++
		if c.QuadClass < 1 || c.QuadClass > 4 {
			t.Errorf("%s: QuadClass %d", c.Code, c.QuadClass)
		}
	}
	// 01x (11 codes) are dropped in PLOVER; the 28 of 02x take their
	// parallel demand's line (10x); the 18 other root codes take their
	// header line; the remaining 254 have their own line.
	want := map[string]int{PloverFromCode: 254, PloverFromRoot: 18, PloverFromDemand: 28, PloverDropped: 11}
	for k, v := range want {
		if src[k] != v {
			t.Errorf("PLOVER source %q: %d codes, want %d (all: %v)", k, src[k], v, src)
		}
	}
}

func TestLookup(t *testing.T) {
	tab := mustLoad(t)
	tests := []struct {
		code      string
		name      string
		goldstein float64
		quad      int
		ptype     string
		pmode     string
		pctx      []string
		psrc      string
	}{
		{"190", "Use conventional military force, not specified below", -10, 4, "ASSAULT", "", []string{"military"}, PloverFromCode},
		{"111", "Criticize or denounce", -2, 3, "ACCUSE", "disapprove", nil, PloverFromCode},
		{"19", "FIGHT", -10, 4, "ASSAULT", "", nil, PloverFromRoot},
		{"010", "Make statement, not specified below", 0, 1, "", "", nil, PloverDropped},
		{"0231", "Appeal for economic aid", 3.4, 1, "REQUEST", "assist", []string{"economic"}, PloverFromDemand},
		{"0256", "Appeal for de-escalation of military engagement", -0.3, 1, "REQUEST", "yield", []string{"military"}, PloverFromDemand},
		{"020", "Appeal, not specified below", 3, 1, "REQUEST", "", nil, PloverFromDemand},
		{"02", "APPEAL", 3, 1, "REQUEST", "", nil, PloverFromDemand},
		{"042", "Make a visit", 1.9, 1, "CONSULT", "visit", nil, PloverFromCode},
		{"0813", "Ease curfew", 5, 2, "RETREAT", "", []string{"legal"}, PloverFromCode},
		{"091", "Investigate crime, corruption", -2, 2, "ACCUSE", "investigate", []string{"crime", "corruption"}, PloverFromCode},
		{"163", "Impose embargo, boycott, or sanctions", -8, 4, "COERCE", "restrict", []string{"diplomatic"}, PloverFromCode},
		{"175", "Use tactics of violent repression", -9, 4, "ASSAULT", "pro_autocracy", []string{"military"}, PloverFromCode},
		{"2042", "Detonate nuclear weapons", -10, 4, "ASSAULT", "unconventional", []string{"cbrn"}, PloverFromCode},
		{"08", "YIELD", 5, 2, "CONCEDE", "", nil, PloverFromRoot},
	}
	for _, tt := range tests {
		c, ok := tab.Lookup(tt.code)
		if !ok {
			t.Errorf("Lookup(%q) not found", tt.code)
			continue
		}
		if c.Code != tt.code || c.Root != tt.code[:2] || c.Name != tt.name || c.Goldstein != tt.goldstein || c.QuadClass != tt.quad {
			t.Errorf("Lookup(%q) = %+v, want name %q goldstein %v quad %d", tt.code, c, tt.name, tt.goldstein, tt.quad)
		}
		if c.PloverType != tt.ptype || c.PloverMode != tt.pmode || !slices.Equal(c.PloverContext, tt.pctx) || c.PloverSource != tt.psrc {
			t.Errorf("Lookup(%q) PLOVER = %q/%q/%q from %q, want %q/%q/%q from %q", tt.code,
				c.PloverType, c.PloverMode, c.PloverContext, c.PloverSource, tt.ptype, tt.pmode, tt.pctx, tt.psrc)
		}
	}
	for _, bad := range []string{"", "1", "999", "0110", "1213", "abc"} {
		if _, ok := tab.Lookup(bad); ok {
			t.Errorf("Lookup(%q) found, want not found", bad)
		}
	}
}

func TestLookupDoesNotShareContext(t *testing.T) {
	tab := mustLoad(t)
	c, _ := tab.Lookup("091")
	c.PloverContext[0] = "changed"
	again, _ := tab.Lookup("091")
	if again.PloverContext[0] != "crime" {
		t.Errorf("changing a returned Code changed the table: %v", again.PloverContext)
	}
}

func TestResolve(t *testing.T) {
	tab := mustLoad(t)
	tests := []struct {
		code, want string
		exact, ok  bool
	}{
		{"190", "190", true, true},
		{"1213", "121", false, true}, // ICEWS/PLOVER code GDELT lacks
		{"176", "17", false, true},   // used by CAMEO.2.0.txt, not in GDELT
		{"1952", "195", false, true}, // PETRARCH internal subcode
		{"0110", "011", false, true}, // Phoenix-only code
		{"99", "", false, false},
		{"", "", false, false},
	}
	for _, tt := range tests {
		c, exact, ok := tab.Resolve(tt.code)
		if c.Code != tt.want || exact != tt.exact || ok != tt.ok {
			t.Errorf("Resolve(%q) = %q exact=%v ok=%v, want %q %v %v", tt.code, c.Code, exact, ok, tt.want, tt.exact, tt.ok)
		}
	}
}

func TestQuadClassOf(t *testing.T) {
	tests := map[string]int{
		"01": 1, "010": 1, "0231": 1, "05": 1, "057": 1,
		"06": 2, "073": 2, "0874": 2, "09": 2,
		"10": 3, "111": 3, "14": 3, "145": 3,
		"15": 4, "16": 4, "190": 4, "2042": 4,
		"00": 0, "21": 0, "": 0, "1": 0, "x1": 0,
	}
	for code, want := range tests {
		if got := QuadClassOf(code); got != want {
			t.Errorf("QuadClassOf(%q) = %d, want %d", code, got, want)
		}
	}
}

func TestGoldsteinUsesGDELT(t *testing.T) {
	tab := mustLoad(t)
	d := GoldsteinDisagreements()
	if len(d) != 8 {
		t.Fatalf("%d disagreements, want 8", len(d))
	}
	for _, g := range d {
		c, ok := tab.Lookup(g.Code)
		if !ok || c.Goldstein != g.GDELT {
			t.Errorf("%s: table Goldstein %v, want GDELT %v", g.Code, c.Goldstein, g.GDELT)
		}
		if g.GDELT == g.ICEWS && g.GDELT == g.Phoenix {
			t.Errorf("%s listed as a disagreement but all three agree", g.Code)
		}
	}
}

func TestParseErrors(t *testing.T) {
	names := "CAMEOEVENTCODE\tEVENTDESCRIPTION\n01\tMAKE PUBLIC STATEMENT\n010\tMake statement\n"
	gs := "CAMEOEVENTCODE\tGOLDSTEINSCALE\n01\t0.0\n010\t0.0\n"
	pl := "03: AGREE\n030: AGREE, , diplomatic # x\n"
	tests := []struct {
		name          string
		names, gs, pl string
		wantErr       string // "" = no error
	}{
		{"ok", names, gs, pl, ""},
		{"bad header", "CODE\tNAME\n01\tX\n", gs, pl, "names:1: header"},
		{"no tab", names + "011 Decline\n", gs, pl, "names:4: no tab"},
		{"bad code", names + "0x1\tX\n", gs, pl, "names:4: \"0x1\" is not a CAMEO code"},
		{"dup code", names + "010\tAgain\n", gs, pl, "names:4: code 010 repeated (first on line 3)"},
		{"missing score", names + "011\tDecline\n", gs, pl, "code 011 of names has no Goldstein score"},
		{"extra score", names, gs + "011\t-0.1\n", pl, "goldstein:4: code 011 has a score but no name"},
		{"bad score", names, strings.Replace(gs, "010\t0.0", "010\tzero", 1), pl, "goldstein:3: Goldstein score \"zero\""},
		{"score out of range", names, strings.Replace(gs, "010\t0.0", "010\t-11", 1), pl, "goldstein:3: Goldstein score \"-11\""},
		{"empty names", "", gs, pl, "names:1: empty file"},
		{"plover no colon", names, gs, pl + "031 AGREE\n", "plover:3: want \"CODE: TYPE, mode, context\""},
		{"plover lower type", names, gs, pl + "031: agree\n", "plover:3: PLOVER type \"agree\""},
		{"plover 4 fields", names, gs, pl + "031: AGREE, a, b, c\n", "plover:3: 4 comma-separated fields"},
		{"plover conflict", names, gs, pl + "030: SUPPORT\n", "plover:3: code 030 mapped differently on line 2"},
		{"plover root with mode", names, gs, "03: AGREE, x\n030: AGREE\n", "plover:1: a root header takes a type only"},
		{"plover empty", names, gs, "# nothing\n~~~\n", "plover:2: no code lines"},
	}
	for _, tt := range tests {
		_, err := Parse(Source{"names", strings.NewReader(tt.names)}, Source{"goldstein", strings.NewReader(tt.gs)}, Source{"plover", strings.NewReader(tt.pl)})
		if tt.wantErr == "" {
			if err != nil {
				t.Errorf("%s: unexpected error %v", tt.name, err)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
			t.Errorf("%s: error %v, want it to contain %q", tt.name, err, tt.wantErr)
			continue
		}
		if !errors.Is(err, ErrSyntax) {
			t.Errorf("%s: error %v does not wrap ErrSyntax", tt.name, err)
		}
	}
}

func TestLoadDir(t *testing.T) {
	dir := t.TempDir()
	for name, emb := range map[string]string{
		"CAMEO.eventcodes.txt": NamesFile, "CAMEO.goldsteinscale.txt": GoldsteinFile, "CAMEO2PLOVER-2021.txt": PloverFile,
	} {
		b, err := dataFS.ReadFile(emb)
		if err != nil {
			t.Fatal(err)
		}
		if name == "CAMEO.goldsteinscale.txt" {
			b = []byte(strings.Replace(string(b), "190\t-10.0", "190\t-9.5", 1))
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tab, err := LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if c, _ := tab.Lookup("190"); c.Goldstein != -9.5 || tab.Len() != 311 {
		t.Errorf("LoadDir did not read the directory: 190 → %v, %d codes", c.Goldstein, tab.Len())
	}
	if _, err := LoadDir(filepath.Join(dir, "missing")); err == nil || !strings.Contains(err.Error(), "cameo: open") {
		t.Errorf("missing dir: %v", err)
	}
}
