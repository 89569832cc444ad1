package events

import (
	"fmt"
	"os"
	"testing"

	"entente/internal/stagerun"
)

func TestZZDebug(t *testing.T) {
	raw := os.Getenv("ZZ")
	if raw == "" {
		t.Skip()
	}
	l := stagerun.Run(t, raw, "2023-11-01")
	for _, s := range l.Parse.Sentences {
		for i := range s.Words {
			fmt.Printf("%d %s %s %s %d %s\n", i, s.Form(i), s.Lemma(i), s.UPOS(i), s.Head(i), s.FullRel(i))
		}
	}
	for _, m := range l.Actors {
		fmt.Printf("mention %+v\n", m)
	}
}

func TestZZCond(t *testing.T) {
	raw := os.Getenv("ZZ")
	if raw == "" {
		t.Skip()
	}
	l := stagerun.Run(t, raw, "2023-11-01")
	for si := range l.Parse.Sentences {
		s := &l.Parse.Sentences[si]
		for p := 0; p < s.Len(); p++ {
			subj := s.Child(p, "nsubj")
			if subj < 0 {
				continue
			}
			fmt.Println(p, s.Form(p), subj, negated(s, p), condemns(s, p, subj), reportingVerb(s, p))
		}
	}
}

func TestZZCode(t *testing.T) {
	raw := os.Getenv("ZZ")
	if raw == "" {
		t.Skip()
	}
	evs, _ := codeText(t, raw, "2023-11-01")
	for _, e := range evs {
		fmt.Println(triple(e), e.EvidenceText[:30])
	}
}
