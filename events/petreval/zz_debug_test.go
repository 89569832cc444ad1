package petreval

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"entente/syntax/tree"
	"entente/text"
)

func TestZZDebug(t *testing.T) {
	ids := os.Getenv("ZZ")
	if ids == "" {
		t.Skip()
	}
	f := readShared(t, "petrarch2/PETR.UnitTest.records.xml")
	m, _ := model()
	for _, rec := range f.Records {
		if !strings.Contains(","+ids+",", ","+rec.ID+",") {
			continue
		}
		td := text.Analyze(rec.Text)
		pd := tree.Parse(m, td)
		fmt.Println("==", rec.ID, rec.Text)
		for _, s := range pd.Sentences {
			for i := 0; i < s.Len(); i++ {
				fmt.Printf("%d\t%s\t%s\t%s\t%d\t%s\n", i, s.Form(i), s.Lemma(i), s.UPOS(i), s.Head(i), s.FullRel(i))
			}
		}
	}
}
