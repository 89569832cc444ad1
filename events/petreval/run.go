package petreval

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"entente/actors"
	"entente/actors/coref"
	"entente/events"
	"entente/events/petrtest"
	"entente/syntax"
	"entente/syntax/tree"
	"entente/text"
)

// Setup is what Run codes with.
type Setup struct {
	// Actors holds the records' actor, agent and discard dictionaries (Load).
	Actors *actors.Dictionary
	// Coder codes events with the records' verb dictionary (Load).
	Coder *events.Coder
	// Syntax is entente's tagger and parser (syntax.LoadDefault).
	Syntax *syntax.Model
	// NoCoref leaves coreference out; the pipeline runs it, so by default
	// the harness does too.
	NoCoref bool
	// AllCategories scores every record. By default, as PETRARCH's own
	// validator does, only the categories the file's <Include> names are
	// scored (PETR.UnitTest.records.xml leaves out AGENTS and COMPOUNDx,
	// three disabled records); the others are skipped.
	AllCategories bool
	// PipelineReadings codes with two readings of the pipeline's that
	// PETRARCH lacks, which the harness otherwise turns off (see coderFor):
	// a future or promised action in CAMEO's intent or threat form, and
	// pattern words matched by their lemma as well as their form.
	PipelineReadings bool
}

// Reasons a record is rejected before coding (the values of
// petrtest.Record.Error).
const (
	RejectStoryDiscard    = "storydiscard"
	RejectSentenceDiscard = "sentencediscard"
	RejectDateline        = "dateline"
	// ErrorBadParse marks records testing PETRARCH's reader of malformed
	// parses: skipped, since entente parses the text itself.
	ErrorBadParse = "bad_input_parse"
)

// Result is the outcome of one record.
type Result struct {
	ID, Category string
	Line         int    // line of the record in the file
	Text         string // the sentence
	// Want and Got are the expected and produced triples (sets, sorted);
	// Missing and Extra their differences.
	Want, Got      []Triple
	Missing, Extra []Triple
	// WantError is the error the record expects ("" for most records);
	// Rejected the check that rejected it ("" when it was coded).
	WantError, Rejected string
	// Actors lists the actor mentions found, as "text=CODE".
	Actors []string
	// Pass is true when the record passed; Skipped when it does not apply
	// and is left out of the pass rate.
	Pass, Skipped bool
	// Reason says why the record failed or was skipped ("" on a pass).
	Reason string
}

// Run codes every record of f and compares the result with its
// expectations. It stops early only when ctx is cancelled.
func Run(ctx context.Context, f *petrtest.File, s Setup) (*Report, error) {
	if f == nil || s.Actors == nil || s.Coder == nil || s.Syntax == nil {
		return nil, errors.New("petreval: Run needs records, actor dictionary, coder and syntax model")
	}
	include := map[string]bool{}
	for _, c := range f.Env.Include {
		if c != "valid" { // PETRARCH's flag "validation only", not a category
			include[c] = true
		}
	}
	rep := &Report{}
	for _, rec := range f.Records {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("petreval: %w", err)
		}
		if len(include) > 0 && !include[category(rec)] && !s.AllCategories {
			rep.add(Result{ID: rec.ID, Category: category(rec), Line: rec.Line, Text: rec.Text,
				Want: Expected(rec), WantError: rec.Error, Skipped: true,
				Reason: "category " + category(rec) + " is not in the file's <Include> list"})
			continue
		}
		rep.add(codeRecord(rec, s))
	}
	return rep, nil
}

// category is the record's category; the UniversalPetrarch copy writes it
// in the source attribute.
func category(r petrtest.Record) string {
	if r.Category != "" {
		return r.Category
	}
	return r.Source
}

// codeRecord codes one record and judges it.
func codeRecord(rec petrtest.Record, s Setup) Result {
	r := Result{ID: rec.ID, Category: category(rec), Line: rec.Line, Text: rec.Text,
		Want: Expected(rec), WantError: rec.Error}
	if rec.Error == ErrorBadParse {
		r.Skipped = true
		r.Reason = "tests PETRARCH's reader of a malformed input parse; entente parses the text itself"
		return r
	}
	td := text.Analyze(rec.Text)
	r.Rejected = reject(rec.Text, td, s.Actors)
	var evs []events.Event
	if r.Rejected == "" {
		date, err := rec.Time()
		if err != nil {
			date = time.Time{} // the resolver then takes each actor's latest code
		}
		mentions := s.Actors.NewResolver(date).Resolve(rec.Text, td.StoryTokens())
		for _, m := range mentions {
			r.Actors = append(r.Actors, m.Text+"="+m.Code)
		}
		pd := tree.Parse(s.Syntax, td)
		var cd *coref.Doc
		if !s.NoCoref {
			cd = coref.Build(td, pd, mentions)
		}
		day := ""
		if !date.IsZero() {
			day = date.Format("2006-01-02")
		}
		evs = coderFor(s.Coder, rec.Config, s.PipelineReadings).Code(rec.ID, day, td, pd, mentions, cd, nil)
	}
	r.Got = TriplesOf(evs)
	judge(&r)
	return r
}

// judge sets Pass, Missing, Extra and Reason.
func judge(r *Result) {
	var equal bool
	equal, r.Missing, r.Extra = Compare(r.Want, r.Got)
	switch {
	case r.WantError != "":
		r.Pass = r.Rejected == r.WantError
		if !r.Pass {
			r.Reason = fmt.Sprintf("expected error %s, got %s", r.WantError, outcome(r))
		}
	case r.Rejected != "":
		r.Reason = "rejected as " + r.Rejected
	default:
		r.Pass = equal
		if !equal {
			var parts []string
			if len(r.Missing) > 0 {
				parts = append(parts, "missing "+joinTriples(r.Missing))
			}
			if len(r.Extra) > 0 {
				parts = append(parts, "extra "+joinTriples(r.Extra))
			}
			r.Reason = strings.Join(parts, "; ")
		}
	}
}

// outcome describes what happened to a record expecting an error.
func outcome(r *Result) string {
	switch {
	case r.Rejected != "":
		return r.Rejected
	case len(r.Got) > 0:
		return "coded " + joinTriples(r.Got)
	}
	return "no rejection (no events)"
}

func joinTriples(ts []Triple) string {
	s := make([]string, len(ts))
	for i, t := range ts {
		s[i] = t.String()
	}
	return strings.Join(s, ", ")
}
