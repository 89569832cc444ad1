package evaluate

import (
	"fmt"
	"sort"
	"strings"
)

// PredQuote is a predicted quote as the scorer sees it.
type PredQuote struct {
	Text   string
	Direct bool
	// Speaker is the resolved speaker name; SpeakerMention the words of the text
	// that name the speaker locally ("she", "the minister").
	Speaker        string
	SpeakerMention string
	// SpeakerForm is how the text names the speaker (name, surname, pronoun,
	// description, actor, unresolved), for the breakdown.
	SpeakerForm string
}

// QuoteScore counts one quote evaluation.
type QuoteScore struct {
	TP, FP, FN int // quote matches (Dice ≥ 0.5)
	// SpeakerOK counts matched quotes whose speaker is right: the who-said-what
	// true positives.
	SpeakerOK int
	// Direct and Indirect break the matches down by the gold quote's kind.
	Direct, Indirect Counts
	// ByForm counts matched quotes (TP) and right speakers (SpeakerOK) by the
	// predicted speaker form.
	ByForm map[string]Counts
}

// Counts is a true/false positive tally.
type Counts struct{ TP, FP, FN, SpeakerOK int }

// Add sums two scores.
func (s QuoteScore) Add(o QuoteScore) QuoteScore {
	sum := QuoteScore{TP: s.TP + o.TP, FP: s.FP + o.FP, FN: s.FN + o.FN, SpeakerOK: s.SpeakerOK + o.SpeakerOK,
		Direct: s.Direct.add(o.Direct), Indirect: s.Indirect.add(o.Indirect), ByForm: map[string]Counts{}}
	for _, m := range []map[string]Counts{s.ByForm, o.ByForm} {
		for k, v := range m {
			sum.ByForm[k] = sum.ByForm[k].add(v)
		}
	}
	return sum
}

func (c Counts) add(o Counts) Counts {
	return Counts{c.TP + o.TP, c.FP + o.FP, c.FN + o.FN, c.SpeakerOK + o.SpeakerOK}
}

// PRF returns precision, recall and F1 from counts.
func PRF(tp, fp, fn int) (p, r, f float64) {
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		r = float64(tp) / float64(tp+fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// SpeakerMatcher decides whether a predicted quote's speaker is the gold one.
type SpeakerMatcher func(gold GoldQuote, pred PredQuote) bool

// ScoreQuotes matches predicted to gold quotes of one article one to one, best
// Dice first, a pair counting at Dice ≥ 0.5. Optional gold quotes absorb the
// predictions they match without counting either way; a gold quote printed more
// than once matches one prediction, further ones are false positives.
func ScoreQuotes(gold []GoldQuote, pred []PredQuote, speakerOK SpeakerMatcher) QuoteScore {
	type pair struct {
		g, p int
		d    float64
	}
	gw := make([][]string, len(gold))
	for i, g := range gold {
		gw[i] = words(g.Text)
	}
	var pairs []pair
	for pi, p := range pred {
		pw := words(p.Text)
		for gi := range gold {
			if d := dice(gw[gi], pw); d >= 0.5 {
				pairs = append(pairs, pair{gi, pi, d})
			}
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].d > pairs[j].d })
	gUsed := make([]bool, len(gold))
	pUsed := make([]bool, len(pred))
	s := QuoteScore{ByForm: map[string]Counts{}}
	for _, pr := range pairs {
		if gUsed[pr.g] || pUsed[pr.p] {
			continue
		}
		gUsed[pr.g], pUsed[pr.p] = true, true
		g := gold[pr.g]
		if g.Optional {
			continue
		}
		c := &s.Indirect
		if g.Direct {
			c = &s.Direct
		}
		s.TP++
		c.TP++
		form := pred[pr.p].SpeakerForm
		if form == "" {
			form = "unknown"
		}
		f := s.ByForm[form]
		f.TP++
		if speakerOK(g, pred[pr.p]) {
			s.SpeakerOK++
			c.SpeakerOK++
			f.SpeakerOK++
		}
		s.ByForm[form] = f
	}
	for gi, g := range gold {
		if !gUsed[gi] && !g.Optional {
			s.FN++
			if g.Direct {
				s.Direct.FN++
			} else {
				s.Indirect.FN++
			}
		}
	}
	for pi, p := range pred {
		if !pUsed[pi] {
			s.FP++
			if p.Direct {
				s.Direct.FP++
			} else {
				s.Indirect.FP++
			}
		}
	}
	return s
}

// SeedSpeakerOK is the speaker rule of EVALUATION.md for the seed gold format: the
// resolved name, case- and accent-folded, equals the gold speaker or an alias, or
// the gold surname alone where the gold names a person.
func SeedSpeakerOK(g GoldQuote, p PredQuote) bool {
	got := foldName(p.Speaker)
	if got == "" {
		return false
	}
	for _, want := range append([]string{g.Speaker}, g.SpeakerAlias...) {
		if foldName(want) == got {
			return true
		}
	}
	parts := strings.Fields(foldName(g.Speaker))
	return len(parts) >= 2 && isCapitalised(g.Speaker) && got == parts[len(parts)-1]
}

// isCapitalised reports whether every word of a name starts with a capital: a
// person's name ("Wang Yi"), not a description ("a diplomatic source").
func isCapitalised(name string) bool {
	for _, w := range strings.Fields(name) {
		if w[0] < 'A' || w[0] > 'Z' {
			return false
		}
	}
	return true
}

// Report renders a score with the headline last line
// "who-said-what P=… R=… F1=…".
func (s QuoteScore) Report() string {
	var b strings.Builder
	p, r, f := PRF(s.TP, s.FP, s.FN)
	fmt.Fprintf(&b, "quotes      P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)\n", p, r, f, s.TP, s.FP, s.FN)
	for _, part := range []struct {
		name string
		c    Counts
	}{{"direct", s.Direct}, {"indirect", s.Indirect}} {
		p, r, f := PRF(part.c.TP, part.c.FP, part.c.FN)
		fmt.Fprintf(&b, "  %-9s P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d) speaker=%s\n", part.name, p, r, f,
			part.c.TP, part.c.FP, part.c.FN, ratio(part.c.SpeakerOK, part.c.TP))
	}
	fmt.Fprintf(&b, "speaker accuracy on matched quotes=%s\n", ratio(s.SpeakerOK, s.TP))
	forms := make([]string, 0, len(s.ByForm))
	for f := range s.ByForm {
		forms = append(forms, f)
	}
	sort.Strings(forms)
	for _, f := range forms {
		fmt.Fprintf(&b, "  speaker form %-11s %s\n", f, ratio(s.ByForm[f].SpeakerOK, s.ByForm[f].TP))
	}
	wp, wr, wf := PRF(s.SpeakerOK, s.FP+(s.TP-s.SpeakerOK), s.FN+(s.TP-s.SpeakerOK))
	fmt.Fprintf(&b, "who-said-what P=%.3f R=%.3f F1=%.3f", wp, wr, wf)
	return b.String()
}

func ratio(a, b int) string {
	if b == 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.3f (%d/%d)", float64(a)/float64(b), a, b)
}
