package petreval

import (
	"strings"
	"testing"

	"entente/events/verbdict"
)

func TestCodeTable(t *testing.T) {
	d, err := verbdict.Parse("test", strings.NewReader("--- ABANDON [345] ---\nABANDON\n- * TIES [901]\n- * PACT [174K]\n- * FXLL [+++]\n- * BOTH [042:912]\n"))
	if err != nil {
		t.Fatal(err)
	}
	tab, err := CodeTable(d)
	if err != nil {
		t.Fatal(err)
	}
	for _, code := range []string{"345", "901", "912", "042"} {
		if _, exact, ok := tab.Resolve(code); !ok || !exact {
			t.Errorf("Resolve(%s): exact %v ok %v, want an exact code", code, exact, ok)
		}
	}
	if c, exact, ok := tab.Resolve("174K"); !ok || exact || c.Code != "174" {
		t.Errorf("Resolve(174K) = %s exact %v ok %v, want its CAMEO parent 174", c.Code, exact, ok)
	}
	if _, _, ok := tab.Resolve("+++"); ok {
		t.Error(`"+++" resolved`)
	}
	if c, _, _ := tab.Resolve("190"); c.Goldstein != -10 || c.PloverType != "ASSAULT" {
		t.Errorf("CAMEO code lost its data: %+v", c)
	}
	plain, err := verbdict.Parse("plain", strings.NewReader("--- CONDEMN [122] ---\nCONDEMN\n"))
	if err != nil {
		t.Fatal(err)
	}
	if tab, err := CodeTable(plain); err != nil || tab.Len() != 311 {
		t.Errorf("a CAMEO-only dictionary: %v, %d codes", err, tab.Len())
	}
}
