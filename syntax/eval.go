package syntax

import (
	"fmt"
	"io"
	"strings"
	"time"
)

// Scores are accuracies in percent over all words (punctuation included)
// of a gold-tokenised treebank.
type Scores struct {
	Sentences int
	Words     int
	UPOS      float64 // universal tag accuracy
	XPOS      float64 // Penn tag accuracy
	Lemma     float64 // exact lemma accuracy
	UAS       float64 // unlabelled attachment score
	LAS       float64 // labelled attachment score with full labels (nsubj:pass != nsubj)
	// ULAS is LAS counting only the universal part of the label, as the
	// CoNLL 2018 shared task did ("nsubj:pass" == "nsubj").
	ULAS      float64
	Elapsed   time.Duration // time spent in Parse
	TokensSec float64       // words per second through Parse (tag, lemmatise, parse)
}

// String prints the scores; the last line is exactly
// "UPOS=95.31 UAS=87.10 LAS=83.52 tokens/s=123456".
func (s Scores) String() string {
	return fmt.Sprintf("sentences=%d words=%d\nXPOS=%.2f lemma=%.2f LAS(universal labels)=%.2f\nUPOS=%.2f UAS=%.2f LAS=%.2f tokens/s=%.0f",
		s.Sentences, s.Words, s.XPOS, s.Lemma, s.ULAS, s.UPOS, s.UAS, s.LAS, s.TokensSec)
}

// Evaluate parses every sentence of the CoNLL-U treebank read from r with
// gold tokenisation and scores the result against the gold annotation.
func Evaluate(m *Model, r io.Reader) (Scores, error) {
	sents, err := ReadCoNLLU(r)
	if err != nil {
		return Scores{}, fmt.Errorf("evaluating: %w", err)
	}
	return evaluateSentences(m, sents), nil
}

func evaluateSentences(m *Model, sents []*TreebankSentence) Scores {
	var sc Scores
	var upos, xpos, lemma, uas, las, ulas int
	var out Sentence
	words := make([]string, 0, 64)
	for _, s := range sents {
		words = words[:0]
		for _, w := range s.Words {
			words = append(words, w.Form)
		}
		t0 := time.Now()
		m.ParseTo(&out, words)
		sc.Elapsed += time.Since(t0)
		sc.Sentences++
		for i, g := range s.Words {
			p := out.Tokens[i]
			sc.Words++
			if p.UPOS == g.UPOS {
				upos++
			}
			if p.XPOS == g.XPOS {
				xpos++
			}
			if p.Lemma == g.Lemma {
				lemma++
			}
			if p.Head == g.Head {
				uas++
				if p.Deprel == g.Deprel {
					las++
				}
				if universal(p.Deprel) == universal(g.Deprel) {
					ulas++
				}
			}
		}
	}
	if sc.Words > 0 {
		pct := func(n int) float64 { return 100 * float64(n) / float64(sc.Words) }
		sc.UPOS, sc.XPOS, sc.Lemma, sc.UAS, sc.LAS, sc.ULAS = pct(upos), pct(xpos), pct(lemma), pct(uas), pct(las), pct(ulas)
	}
	if sc.Elapsed > 0 {
		sc.TokensSec = float64(sc.Words) / sc.Elapsed.Seconds()
	}
	return sc
}

// universal strips the subtype of a relation ("nsubj:pass" -> "nsubj").
func universal(rel string) string {
	if i := strings.IndexByte(rel, ':'); i >= 0 {
		return rel[:i]
	}
	return rel
}
