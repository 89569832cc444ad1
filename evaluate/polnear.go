package evaluate

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// PolNeARArticle is one article of the PolNeAR attribution corpus in its JSON
// Lines form, with its attributions as gold quotes.
type PolNeARArticle struct {
	ID        string
	Publisher string
	Date      string
	Text      string
	// Quotes holds every attribution: Text is the content (its spans joined),
	// Speaker the source words, Direct whether the content carries quote marks.
	Quotes []GoldQuote
}

type polnearSpan struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

type polnearRecord struct {
	ID           string `json:"id"`
	Annotator    string `json:"annotator"`
	Publisher    string `json:"publisher"`
	Date         string `json:"date"`
	Text         string `json:"text"`
	Attributions []struct {
		Source     []polnearSpan `json:"source"`
		Content    []polnearSpan `json:"content"`
		QuoteMarks bool          `json:"content_has_quote_marks"`
	} `json:"attributions"`
}

// ReadPolNeAR reads a PolNeAR JSON Lines file. Where several annotators
// annotated one article, the first record of that article is used.
func ReadPolNeAR(name string, r io.Reader) ([]PolNeARArticle, error) {
	var out []PolNeARArticle
	seen := map[string]bool{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for line := 1; sc.Scan(); line++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var rec polnearRecord
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, line, err)
		}
		if rec.ID == "" || rec.Text == "" {
			return nil, fmt.Errorf("%s:%d: record without id or text", name, line)
		}
		if seen[rec.ID] {
			continue
		}
		seen[rec.ID] = true
		a := PolNeARArticle{ID: rec.ID, Publisher: rec.Publisher, Date: rec.Date, Text: rec.Text}
		for _, at := range rec.Attributions {
			a.Quotes = append(a.Quotes, GoldQuote{
				Text:    joinSpans(at.Content),
				Speaker: joinSpans(at.Source),
				Direct:  at.QuoteMarks,
			})
		}
		out = append(out, a)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return out, nil
}

func joinSpans(spans []polnearSpan) string {
	parts := make([]string, len(spans))
	for i, s := range spans {
		parts[i] = s.Text
	}
	return strings.Join(parts, " ")
}

// DirectOnly returns the quotes whose content carries quote marks.
func DirectOnly(qs []GoldQuote) []GoldQuote {
	var out []GoldQuote
	for _, q := range qs {
		if q.Direct {
			out = append(out, q)
		}
	}
	return out
}

// PolNeARSpeakerOK matches a predicted speaker to PolNeAR's source span, which
// is the local mention ("he", "Cruz", "the Washington Post"): the local mention
// or the resolved name equals it or contains it, or it contains the name's last
// word (gold "Sen. Ted Cruz (R-TX)", predicted "Ted Cruz").
func PolNeARSpeakerOK(g GoldQuote, p PredQuote) bool {
	gold := foldName(strings.Join(words(g.Speaker), " "))
	if gold == "" {
		return false
	}
	for _, cand := range []string{p.SpeakerMention, p.Speaker} {
		c := foldName(strings.Join(words(cand), " "))
		if c == "" {
			continue
		}
		if c == gold || containsWords(c, gold) || containsWords(gold, c) {
			return true
		}
		if ws := strings.Fields(c); len(ws) > 1 && containsWords(gold, ws[len(ws)-1]) {
			return true
		}
	}
	return false
}

// containsWords reports whether the word sequence b occurs in a on word
// boundaries.
func containsWords(a, b string) bool {
	return strings.Contains(" "+a+" ", " "+b+" ")
}
