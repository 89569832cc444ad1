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
	// NullActors codes an event whose subject or object phrase names no
	// actor, writing NullCode for that side: PETRARCH's require_dyad =
	// False. An event still needs one actor. Off by default, as in
	// PETRARCH: such events are mostly noise on wire news.
	NullActors bool
	// AnonymousAgents keeps an agent mention of no country as NullCode and
	// the agent ("a senior official" → "---GOV"), PETRARCH's anonymous
	// agent, where the coder otherwise drops it.
	AnonymousAgents bool
	// NewActorLength, when above zero, lets a subject or object noun
	// phrase of at most that many words that names no dictionary actor be
	// an actor of its own, coded as its quoted upper-case text (`"THE
	// MINISTRY OF MAGIC"`): PETRARCH's new_actor_length. Zero (the default,
	// as in PETRARCH) turns it off.
	NewActorLength int
	// HistoryDiscards drops the sentences that a history discard dates to
	// the past (actors.DiscardMatch.History: "in 1989", "weeks later"), as
	// PETRARCH does with Phoenix's list. Off by default: a past act an
	// article reports is still who did what to whom (the project's gold
	// codes "When Russia invaded Ukraine in February 2022").
	HistoryDiscards bool
	// NoIntentForm keeps the verb's own code for a future or promised
	// action ("Ethiopia will break relations with Libya" → 161), as
	// PETRARCH does, instead of CAMEO's intent or threat form (1313).
	NoIntentForm bool
	// transforms are the dictionary's transformations (NewCoderWith).
	transforms []transform
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
	return &Coder{Dict: d, Table: t, Options: verbdict.Options{NoHeadCheck: true}, transforms: compileTransforms(d)}
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
	// their sentences, or with Story the whole article, are not coded;
	// history discards only with Coder.HistoryDiscards.
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
	articleID, date, td, pd, acts, cd, qs := in.ArticleID, in.Date, in.Text, in.Parse, byStart(in.Actors), in.Coref, in.Quotes
	if td == nil || pd == nil {
		return nil
	}
	discarded := map[int]bool{}
	for _, d := range in.Discards {
		if d.History && !c.HistoryDiscards {
			continue
		}
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
	out := &output{seen: map[string]bool{}}
	for si := range pd.Sentences {
		s := c.repaired(&pd.Sentences[si])
		if s.Len() == 0 || s.Index < 0 || s.Index >= len(td.Sentences) || discarded[s.Index] {
			continue
		}
		sent := td.Sentences[s.Index].Span
		spans := sentenceActors(s, sent, acts, cd, c.AnonymousAgents)
		if len(spans) < c.minActors() {
			continue
		}
		base := Event{ArticleID: articleID, Date: date, Sentence: sent, EvidenceText: td.Text[sent.Start:sent.End],
			Issues: issues[s.Index]}
		start := len(out.events)
		c.codeSentence(out, s, spans, base, qs)
		if c.NullActors {
			out.pruneNull(start, s)
		}
		out.pruneGeneral(start)
		out.foldRepeats(start)
		out.number(start)
	}
	return out.events
}

// pruneGeneral drops, among the events from index start on (one
// sentence's), an event whose source and target have another event with a
// more specific code of the same family: "Beijing said Israel was engaging
// in indiscriminate use of force and accused Israel of attacking the
// hospital" is one accusation, 1123, not also a general 112.
func (o *output) pruneGeneral(start int) {
	evs := o.events[start:]
	keep := evs[:0]
	for i, e := range evs {
		redundant := false
		for j, f := range evs {
			if j != i && f.Source.Code == e.Source.Code && f.Target.Code == e.Target.Code && moreSpecific(f.CAMEO, e.CAMEO) {
				redundant = true
				break
			}
		}
		if !redundant {
			keep = append(keep, e)
		}
	}
	o.events = o.events[:start+len(keep)]
}

// number gives the events from index start on their IDs, "<article>/e<index>",
// once a sentence's events are pruned and folded.
func (o *output) number(start int) {
	for i := start; i < len(o.events); i++ {
		o.events[i].ID = fmt.Sprintf("%s/e%d", o.events[i].ArticleID, i)
	}
}

// moreSpecific reports whether code c is a more specific code of the family
// of code g: 1123 of 112, 195 of 190.
func moreSpecific(c, g string) bool {
	if c == g {
		return false
	}
	return strings.HasPrefix(c, g) || (len(g) == 3 && g[2] == '0' && strings.HasPrefix(c, g[:2]))
}

// output collects an article's events; seen holds the keys of those
// emitted (see emit), firsts those kept for folding repeats.
type output struct {
	events []Event
	seen   map[string]bool
	// firsts indexes the kept events by repeatKey (see foldRepeats)
	firsts map[string][]int
}

// emit appends the event src→tgt with the given code to out unless the
// codes make no dyad, the source is only a posting, the code is unknown, or
// the same event was coded from the same sentence text (or quote) already: a
// sentence printed twice is coded once.
//
// A posting ("the ambassador to Turkey", see Actor.posted) may be a target
// but never a source: whose ambassador it is is not said. Every rule that
// turns actors into sources (the clause's subject, the reciprocal of a
// mutual act, a reported judgement's reporter) ends here.
func (c *Coder) emit(out *output, proto Event, src, tgt Actor, cameoCode string) {
	c.emitSlots(out, proto, src, tgt, cameoCode, false)
}

// emitSlots is emit; named is true when the verb pattern's own source and
// target slots ($ and +) name src and tgt, and then a country and its own
// sector make an event too (see namedNested).
func (c *Coder) emitSlots(out *output, proto Event, src, tgt Actor, cameoCode string, named bool) {
	if src.posted {
		return
	}
	if !pairCoded(cameoCode, src.Code, tgt.Code, named) && !(c.NullActors && halfDyad(src.Code, tgt.Code)) {
		return
	}
	code, _, ok := c.Table.Resolve(cameoCode)
	if !ok {
		return
	}
	where := proto.EvidenceText
	if proto.QuoteID != "" {
		where = proto.QuoteID
	}
	key := where + "\x00" + src.Code + "\x00" + tgt.Code + "\x00" + cameoCode
	if out.seen[key] {
		return
	}
	out.seen[key] = true
	e := proto
	e.Source, e.Target = src, tgt
	e.CAMEO, e.CAMEORoot = cameoCode, code.Root
	e.Plover = Plover{Type: code.PloverType, Mode: code.PloverMode}
	e.Goldstein, e.QuadClass = code.Goldstein, code.QuadClass
	out.events = append(out.events, e)
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
