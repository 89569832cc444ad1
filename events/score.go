package events

import (
	"encoding/json"
	"strings"
	"unicode"
)

// GoldEvent is one hand-annotated event (the events array of gold.json).
type GoldEvent struct {
	Source string `json:"source"`
	Target string `json:"target"`
	// Roots are the acceptable two-digit CAMEO roots.
	Roots []string `json:"roots"`
	// Evidence is a substring of the sentence that reports the event.
	Evidence string `json:"evidence"`
	// TargetAlias lists further acceptable target codes (first three letters).
	TargetAlias []string `json:"target_alias,omitempty"`
	// Optional events count neither as hits nor as misses.
	Optional bool   `json:"optional,omitempty"`
	Note     string `json:"note,omitempty"`
}

// LoadGold reads the events array of a gold annotation file (gold.json).
func LoadGold(data []byte) ([]GoldEvent, error) {
	var f struct {
		Events []GoldEvent `json:"events"`
	}
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, err
	}
	return f.Events, nil
}

// Matches reports whether predicted event p matches gold event g under
// EVALUATION.md's Events rule: the first three letters of the source codes
// agree, the target's agree with the gold target or one of its aliases, the
// predicted root is one of g.Roots and the predicted evidence sentence
// contains (or overlaps) g.Evidence.
func Matches(g GoldEvent, p Event) bool {
	if !sameCountry(g.Source, p.Source.Code) {
		return false
	}
	tok := sameCountry(g.Target, p.Target.Code)
	for _, a := range g.TargetAlias {
		tok = tok || sameCountry(a, p.Target.Code)
	}
	if !tok {
		return false
	}
	rok := false
	for _, r := range g.Roots {
		rok = rok || r == p.CAMEORoot
	}
	return rok && evidenceOverlaps(p.EvidenceText, g.Evidence)
}

func sameCountry(gold, pred string) bool {
	if gold == "" || len(pred) < 3 {
		return false
	}
	g := gold
	if len(g) > 3 {
		g = g[:3]
	}
	return strings.EqualFold(g, pred[:3])
}

// evidenceOverlaps: the sentence contains the evidence, the evidence contains
// the sentence, or at least half of the evidence (by characters) runs over
// the sentence's start or end.
func evidenceOverlaps(sentence, evidence string) bool {
	s, e := normalize(sentence), normalize(evidence)
	if e == "" || s == "" {
		return false
	}
	if strings.Contains(s, e) || strings.Contains(e, s) {
		return true
	}
	min := (len(e) + 1) / 2
	for k := len(e) - 1; k >= min; k-- {
		if strings.HasSuffix(s, e[:k]) || strings.HasPrefix(s, e[len(e)-k:]) {
			return true
		}
	}
	return false
}

// normalize folds case, curly quotes and apostrophes, and white space.
func normalize(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch r {
		case '‘', '’', '′':
			r = '\''
		case '“', '”':
			r = '"'
		}
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// ScoreEvents matches predicted to gold events one to one (maximum
// bipartite matching, required gold first) and counts true positives, false
// positives (predictions matching no gold event) and false negatives
// (required gold events left unmatched). Predictions that match an optional
// gold event left over count neither way.
func ScoreEvents(gold []GoldEvent, pred []Event) (tp, fp, fn int) {
	r := Score(gold, pred)
	return r.TP, r.FP, r.FN
}

// Scoring is the detailed outcome of Score.
type Scoring struct {
	TP, FP, FN int
	// GoldMatch[i] is the prediction matched to gold[i], or -1.
	GoldMatch []int
	// PredMatch[j] is the gold event matched to pred[j], or -1.
	PredMatch []int
}

// Precision is TP / (TP + FP), 0 when undefined.
func (r Scoring) Precision() float64 { return ratio(r.TP, r.TP+r.FP) }

// Recall is TP / (TP + FN), 0 when undefined.
func (r Scoring) Recall() float64 { return ratio(r.TP, r.TP+r.FN) }

// F1 is the harmonic mean of Precision and Recall, 0 when undefined.
func (r Scoring) F1() float64 {
	p, q := r.Precision(), r.Recall()
	if p+q == 0 {
		return 0
	}
	return 2 * p * q / (p + q)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Score is ScoreEvents with the matching.
func Score(gold []GoldEvent, pred []Event) Scoring {
	r := Scoring{GoldMatch: make([]int, len(gold)), PredMatch: make([]int, len(pred))}
	for i := range r.GoldMatch {
		r.GoldMatch[i] = -1
	}
	for j := range r.PredMatch {
		r.PredMatch[j] = -1
	}
	edges := make([][]int, len(gold))
	for i, g := range gold {
		for j, p := range pred {
			if Matches(g, p) {
				edges[i] = append(edges[i], j)
			}
		}
	}
	var try func(i int, visited []bool) bool
	try = func(i int, visited []bool) bool {
		for _, j := range edges[i] {
			if visited[j] {
				continue
			}
			visited[j] = true
			if r.PredMatch[j] < 0 || try(r.PredMatch[j], visited) {
				r.PredMatch[j] = i
				r.GoldMatch[i] = j
				return true
			}
		}
		return false
	}
	for _, optional := range []bool{false, true} {
		for i, g := range gold {
			if g.Optional == optional {
				try(i, make([]bool, len(pred)))
			}
		}
	}
	for i, g := range gold {
		if g.Optional {
			continue
		}
		if r.GoldMatch[i] >= 0 {
			r.TP++
		} else {
			r.FN++
		}
	}
	for j := range pred {
		if r.PredMatch[j] < 0 {
			r.FP++
		}
	}
	return r
}
