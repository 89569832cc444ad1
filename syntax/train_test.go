package syntax

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"strings"
	"testing"
)

// synthTreebank generates a small CoNLL-U treebank of simple transitive
// sentences ("the big dog chased a cat in the park .") with gold trees.
func synthTreebank(n int, seed uint64) string {
	rng := rand.New(rand.NewPCG(seed, 1))
	dets := []string{"the", "a", "this"}
	adjs := []string{"big", "small", "old", "red", "happy"}
	nouns := [][2]string{{"dog", "dog"}, {"cat", "cat"}, {"man", "man"}, {"park", "park"}, {"ball", "ball"}, {"house", "house"}}
	plurals := [][2]string{{"dogs", "dog"}, {"cats", "cat"}, {"men", "man"}, {"parks", "park"}}
	verbs := [][2]string{{"chased", "chase"}, {"saw", "see"}, {"liked", "like"}, {"vetoed", "veto"}, {"found", "find"}}
	preps := []string{"in", "near", "behind"}
	var b strings.Builder
	for s := 0; s < n; s++ {
		type w struct {
			form, lemma, upos, xpos string
			head                    int
			rel                     string
		}
		var ws []w
		np := func(rel string) (head int) {
			ws = append(ws, w{dets[rng.IntN(len(dets))], "", "DET", "DT", -1, "det"})
			d := len(ws)
			a := 0
			if rng.IntN(2) == 0 {
				ws = append(ws, w{adjs[rng.IntN(len(adjs))], "", "ADJ", "JJ", -1, "amod"})
				a = len(ws)
			}
			nn := nouns[rng.IntN(len(nouns))]
			xpos := "NN"
			if rng.IntN(3) == 0 {
				nn = plurals[rng.IntN(len(plurals))]
				xpos = "NNS"
			}
			ws = append(ws, w{nn[0], nn[1], "NOUN", xpos, -1, rel})
			head = len(ws)
			ws[d-1].head = head
			if a > 0 {
				ws[a-1].head = head
			}
			return head
		}
		subj := np("nsubj")
		v := verbs[rng.IntN(len(verbs))]
		ws = append(ws, w{v[0], v[1], "VERB", "VBD", 0, "root"})
		verb := len(ws)
		ws[subj-1].head = verb
		obj := np("obj")
		ws[obj-1].head = verb
		if rng.IntN(2) == 0 {
			ws = append(ws, w{preps[rng.IntN(len(preps))], "", "ADP", "IN", -1, "case"})
			c := len(ws)
			obl := np("obl")
			ws[obl-1].head = verb
			ws[c-1].head = obl
		}
		ws = append(ws, w{".", ".", "PUNCT", ".", verb, "punct"})
		fmt.Fprintf(&b, "# sent_id = synth-%d\n", s+1)
		for i, x := range ws {
			lemma := x.lemma
			if lemma == "" {
				lemma = x.form
			}
			fmt.Fprintf(&b, "%d\t%s\t%s\t%s\t%s\t_\t%d\t%s\t_\t_\n", i+1, x.form, lemma, x.upos, x.xpos, x.head, x.rel)
		}
		b.WriteString("\n")
	}
	return b.String()
}

func TestTrainSmallDeterministic(t *testing.T) {
	train := synthTreebank(300, 1)
	dev := synthTreebank(60, 2)
	opts := TrainOptions{TaggerIterations: 3, ParserIterations: 4, JackknifeFolds: 2, ParserPrune: -1,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	var out1, out2 bytes.Buffer
	if err := Train(context.Background(), strings.NewReader(train), strings.NewReader(dev), opts, &out1); err != nil {
		t.Fatal(err)
	}
	if err := Train(context.Background(), strings.NewReader(train), strings.NewReader(dev), opts, &out2); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out1.Bytes(), out2.Bytes()) {
		t.Error("two trainings with the same options wrote different model files")
	}
	m, err := Load(bytes.NewReader(out1.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	sc, err := Evaluate(m, strings.NewReader(dev))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("synthetic dev: %s", sc)
	if sc.UPOS < 99 || sc.UAS < 95 || sc.LAS < 95 || sc.Lemma < 99 {
		t.Errorf("synthetic dev scores too low: %+v", sc)
	}
	s := m.Parse(strings.Fields("the old man vetoed a red ball near the house ."))
	if got := s.Tokens[3]; got.Lemma != "veto" || got.Head != 0 || got.Deprel != "root" {
		t.Errorf("vetoed: %+v", got)
	}
	if got := s.Tokens[2]; got.Head != 4 || got.Deprel != "nsubj" {
		t.Errorf("man: %+v", got)
	}
}

func TestTrainErrors(t *testing.T) {
	quiet := TrainOptions{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	tests := []struct {
		name, train string
		want        string
	}{
		{"malformed", "1\tx\n", "reading training treebank"},
		{"no trees", "1\ta\ta\tX\tX\t_\t_\t_\t_\t_\n\n", "no usable sentences"},
		{"empty", "", "no usable sentences"},
	}
	for _, tc := range tests {
		err := Train(context.Background(), strings.NewReader(tc.train), nil, quiet, io.Discard)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want it to mention %q", tc.name, err, tc.want)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Train(ctx, strings.NewReader(synthTreebank(20, 3)), nil, quiet, io.Discard); err == nil {
		t.Error("Train with a cancelled context succeeded")
	}
}
