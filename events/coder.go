package events

import (
	"fmt"
	"slices"
	"strings"

	"entente/actors"
	"entente/actors/coref"
	"entente/events/cameo"
	"entente/events/verbdict"
	"entente/quotes"
	"entente/syntax/tree"
	"entente/text"
)

// Coder turns parsed sentences into CAMEO events. It only reads its tables
// after NewCoder, so one Coder is safe for concurrent use.
type Coder struct {
	Dict  *verbdict.Dictionary
	Table *cameo.Table
	// Options are passed to verbdict's matcher.
	Options verbdict.Options
}

// NewCoder loads the embedded CAMEO verb dictionary (with entente's
// supplement) and code table.
func NewCoder() (*Coder, error) {
	d, err := verbdict.LoadEntente()
	if err != nil {
		return nil, err
	}
	t, err := cameo.Load()
	if err != nil {
		return nil, err
	}
	return NewCoderWith(d, t), nil
}

// NewCoderWith returns a coder on the given dictionary and code table with
// the matcher options the coder is tuned for: like PETRARCH, a pattern noun
// need not be the head of its phrase ("* ARTILLERY" matches "two artillery
// shells"; measured on the PETRARCH records, the ICEWS examples and the seed
// article, the head check only lost events).
func NewCoderWith(d *verbdict.Dictionary, t *cameo.Table) *Coder {
	return &Coder{Dict: d, Table: t, Options: verbdict.Options{NoHeadCheck: true}}
}

// Input is what the coder reads of one article: the outputs of the stages
// before it.
type Input struct {
	ArticleID, Date string
	Text            *text.Doc
	Parse           *tree.Doc
	// Actors are the dictionary actor mentions; Coref the coreference (may
	// be nil); Quotes the quotes (may be nil; they only set QuoteID).
	Actors []actors.Mention
	Coref  *coref.Doc
	Quotes []quotes.Quote
	// Discards are the discard phrases found (actors.Dictionary.Discards):
	// their sentences, or with Story the whole article, are not coded.
	Discards []actors.DiscardMatch
	// Issues are the issue phrases found (actors.Dictionary.Issues); each
	// event lists those of its sentence.
	Issues []actors.IssueMatch
}

// Code codes every sentence of an article. td is the text layer, pd its
// parse, acts the dictionary actor mentions, cd the coreference (may be nil)
// and qs the quotes (may be nil; they only set QuoteID). Events come in text
// order; an event needs a source and a target (see dyad). CodeInput also
// applies discards and issue codes.
func (c *Coder) Code(articleID, date string, td *text.Doc, pd *tree.Doc, acts []actors.Mention, cd *coref.Doc, qs []quotes.Quote) []Event {
	return c.CodeInput(Input{ArticleID: articleID, Date: date, Text: td, Parse: pd, Actors: acts, Coref: cd, Quotes: qs})
}

// CodeInput codes every sentence of an article, as Code, skipping the
// sentences (or the article) a discard phrase marks and attaching the issue
// codes of each event's sentence.
func (c *Coder) CodeInput(in Input) []Event {
	articleID, date, td, pd, acts, cd, qs := in.ArticleID, in.Date, in.Text, in.Parse, in.Actors, in.Coref, in.Quotes
	if td == nil || pd == nil {
		return nil
	}
	discarded := map[int]bool{}
	for _, d := range in.Discards {
		if d.Story {
			return nil
		}
		discarded[d.Sentence] = true
	}
	issues := map[int][]string{}
	for _, is := range in.Issues {
		if !slices.Contains(issues[is.Sentence], is.Code) {
			issues[is.Sentence] = append(issues[is.Sentence], is.Code)
		}
	}
	var out []Event
	seen := map[string]bool{}
	for si := range pd.Sentences {
		s := &pd.Sentences[si]
		if s.Len() == 0 || s.Index < 0 || s.Index >= len(td.Sentences) || discarded[s.Index] {
			continue
		}
		sent := td.Sentences[s.Index].Span
		spans := sentenceActors(s, sent, acts, cd)
		if len(spans) < 2 {
			continue
		}
		toks := make([]verbdict.Token, s.Len())
		for i := range toks {
			toks[i] = verbdict.Token{Word: s.Form(i), Lemma: s.Lemma(i), POS: matcherPOS(s, i)}
		}
		qspans := make([]verbdict.Span, len(spans))
		for i, a := range spans {
			qspans[i] = verbdict.Span{Start: a.lo, End: a.hi}
		}
		evidence := td.Text[sent.Start:sent.End]
		matches := make([]verbdict.Match, s.Len())
		coded := make([]bool, s.Len())
		for v := 0; v < s.Len(); v++ {
			if s.UPOS(v) != "VERB" || matcherPOS(s, v) != "VERB" {
				continue // a participle used as an adjective is no event
			}
			passive, _ := subjects(s, v)
			q := verbdict.Query{Tokens: toks, Verb: v, Actors: qspans, Passive: passive}
			m, ok := c.Dict.Match(q, c.Options)
			matches[v], coded[v] = m, ok && !m.Code.IsNull() && m.Code.Active != ""
		}
		// "refused to meet X": the complement carries the rejection (125),
		// more specific than the refusing verb's own code
		suppress := make([]bool, s.Len())
		// "agreed to hold exercises", "threatened to cut aid": the complement
		// as an intent (0312, 1311) rather than the governing verb's code
		promised := make([]bool, s.Len()) // complement of a promise or threat
		combined := make([]bool, s.Len()) // … or of a refusal
		for v := 0; v < s.Len(); v++ {
			h := s.Head(v)
			// a complement, or a to-infinitive the parser hung as a purpose
			// clause ("threatened today to impose")
			complement := s.Rel(v) == "xcomp" || (s.Rel(v) == "advcl" && hasMarkTo(s, v))
			if !coded[v] || h < 0 || !complement {
				continue
			}
			code := matches[v].Code.Active
			switch hl := strings.ToLower(s.Lemma(h)); {
			case negators[hl] && rejectCode(code) != "":
				suppress[h], combined[v] = true, true
			case intentVerbs[hl] && intentCode(code) != code:
				suppress[h], promised[v], combined[v] = true, true, true
			}
		}
		for v := 0; v < s.Len(); v++ {
			if !coded[v] || suppress[v] || allegation(s, v) {
				continue
			}
			if h := s.Head(v); h >= 0 && s.Rel(v) == "xcomp" && coded[h] && !suppress[h] && !negated(s, h) {
				// "threatened to impose", "wants X to pay": the governing verb
				// carries the event (PETRARCH-2 combines the two)
				continue
			}
			m := matches[v]
			if m.Code.Active == "010" && m.Pattern == nil {
				// a bare "say": the statement's content is coded, not the saying
				continue
			}
			cameoCode := m.Code.Active
			if _, subjs := subjects(s, v); len(subjs) > 0 {
				if nc, ok := nominalCode(s, v, subjs); ok {
					cameoCode = nc
				}
			}
			switch md := moodOf(s, v); {
			case md == irrealis && !combined[v]:
				continue
			case negated(s, v) && !patternNegated(s, m):
				if cameoCode = rejectCode(cameoCode); cameoCode == "" {
					continue
				}
			case md == future || promised[v]:
				cameoCode = intentCode(cameoCode)
			}
			sources, targets := c.participants(s, v, m, spans)
			if len(sources) == 0 || len(targets) == 0 {
				continue
			}
			conf := 0.5 + 0.1*float64(m.Specificity)
			if conf > 0.95 {
				conf = 0.95
			}
			vs := text.Span{Start: s.Words[v].Start, End: s.Words[v].End}
			proto := Event{ArticleID: articleID, Date: date, Sentence: sent, EvidenceText: evidence,
				QuoteID: quoteID(articleID, qs, vs.Start), Confidence: conf, Verb: vs, Issues: issues[s.Index]}
			for _, src := range sources {
				for _, tgt := range targets {
					out = c.emit(out, seen, proto, src, tgt, cameoCode)
					// a paired code [A:P] also codes the reciprocal event: "X
					// visited Y" is X→Y 042 and Y→X 043 (PETRARCH's reading)
					if p := m.Code.Passive; p != "" && p != "---" && cameoCode == m.Code.Active && !isPassive(s, v) {
						out = c.emit(out, seen, proto, tgt, src, p)
					}
				}
			}
		}
	}
	return out
}

// emit appends the event src→tgt with the given code to out unless the
// codes make no dyad, the code is unknown, or the same event was coded from
// the same sentence text (or quote) already: a sentence printed twice is
// coded once.
func (c *Coder) emit(out []Event, seen map[string]bool, proto Event, src, tgt Actor, cameoCode string) []Event {
	if !dyad(src.Code, tgt.Code) {
		return out
	}
	code, _, ok := c.Table.Resolve(cameoCode)
	if !ok {
		return out
	}
	where := proto.EvidenceText
	if proto.QuoteID != "" {
		where = proto.QuoteID
	}
	key := where + "\x00" + src.Code + "\x00" + tgt.Code + "\x00" + cameoCode
	if seen[key] {
		return out
	}
	seen[key] = true
	e := proto
	e.ID = fmt.Sprintf("%s/e%d", proto.ArticleID, len(out))
	e.Source, e.Target = src, tgt
	e.CAMEO, e.CAMEORoot = cameoCode, code.Root
	e.Plover = Plover{Type: code.PloverType, Mode: code.PloverMode}
	e.Goldstein, e.QuadClass = code.Goldstein, code.QuadClass
	return append(out, e)
}

// quoteID names the quote holding byte offset off, or "".
func quoteID(articleID string, qs []quotes.Quote, off int) string {
	for i, q := range qs {
		if q.Span.Contains(off) || q.Clause.Contains(off) {
			return fmt.Sprintf("%s/q%d", articleID, i)
		}
		for _, o := range q.Occurrences {
			if o.Contains(off) {
				return fmt.Sprintf("%s/q%d", articleID, i)
			}
		}
	}
	return ""
}
