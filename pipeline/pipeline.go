package pipeline

import (
	"context"
	"errors"
	"iter"
	"runtime"
	"sync"
	"time"

	"entente/actors"
	"entente/actors/coref"
	"entente/article"
	"entente/events"
	"entente/quotes"
	"entente/source"
	"entente/syntax"
	"entente/syntax/tree"
	"entente/text"
)

// Config sets up a Pipeline.
type Config struct {
	// Workers is the number of documents coded at once; 0 means one per CPU.
	Workers int
	// Article holds the article stage's options (default date, source).
	Article article.Options
	// Actors is the actor dictionary; nil leaves the actors stage out.
	Actors *actors.Dictionary
	// Syntax is the tagger and parser; nil leaves out parsing and the stages
	// that need it (coreference, quotes).
	Syntax *syntax.Model
	// Events is the CAMEO coder; nil leaves the events stage out. It needs
	// Actors and Syntax.
	Events *events.Coder
	// KeepDiscarded codes the sentences and articles that the actor
	// dictionary's discard phrases (sport, entertainment, years 1914–1993 as
	// history) would leave out. Evaluations on historical examples set it.
	KeepDiscarded bool
	// Skip, when set, is asked after the article stage whether the rest of the
	// work can be skipped (the article is already stored). It lets an
	// interrupted ingest resume without recoding what it finished.
	Skip func(ctx context.Context, a *article.Article) (bool, error)
}

// Timing is the time one document spent in each stage.
type Timing struct {
	Article time.Duration
	Text    time.Duration
	Syntax  time.Duration
	Actors  time.Duration // dictionary actors and coreference
	Quotes  time.Duration
	Events  time.Duration
}

// Add sums two timings.
func (t Timing) Add(o Timing) Timing {
	return Timing{Article: t.Article + o.Article, Text: t.Text + o.Text, Syntax: t.Syntax + o.Syntax,
		Actors: t.Actors + o.Actors, Quotes: t.Quotes + o.Quotes, Events: t.Events + o.Events}
}

// Result is what the pipeline made of one document.
type Result struct {
	// Input names the document.
	Input string
	// Bytes is the size of the raw document.
	Bytes int
	// Article is the cleaned article; nil when Err is set.
	Article *article.Article
	// Text is the text layer; nil when Err is set or the document was skipped.
	Text *text.Doc
	// Mentions are the actor mentions, in text order, with ArticleID set.
	Mentions []actors.Mention
	// Parse holds the dependency parses of the sentences; Entities the
	// coreference of the article; Quotes who said what. All need Syntax.
	Parse    *tree.Doc
	Entities *coref.Doc
	Quotes   []quotes.Quote
	// Events are who did what to whom (needs Events).
	Events []events.Event
	// Skipped is true when Config.Skip said the article needs no more work.
	Skipped bool
	// Err is the failure of this document, naming it.
	Err    error
	Timing Timing
}

// Pipeline codes documents. It is safe to Run several times, one run at a time.
type Pipeline struct {
	cfg Config
}

// New returns a pipeline for cfg.
func New(cfg Config) *Pipeline {
	if cfg.Workers <= 0 {
		cfg.Workers = runtime.GOMAXPROCS(0)
	}
	return &Pipeline{cfg: cfg}
}

// Process runs the stages over one document.
func (p *Pipeline) Process(ctx context.Context, doc source.Document) Result {
	r := Result{Input: doc.Name, Bytes: len(doc.Data)}
	t0 := time.Now()
	a, err := article.Extract(doc, p.cfg.Article)
	r.Timing.Article = time.Since(t0)
	if err != nil {
		r.Err = &source.Error{Name: doc.Name, Err: err}
		return r
	}
	r.Article = a
	if p.cfg.Skip != nil {
		skip, err := p.cfg.Skip(ctx, a)
		if err != nil {
			r.Err = &source.Error{Name: doc.Name, Err: err}
			return r
		}
		if skip {
			r.Skipped = true
			return r
		}
	}
	t1 := time.Now()
	r.Text = text.Analyze(a.Text)
	r.Timing.Text = time.Since(t1)
	if p.cfg.Actors != nil {
		t2 := time.Now()
		date, _ := time.Parse("2006-01-02", a.Published) // zero when unknown
		r.Mentions = p.cfg.Actors.NewResolver(date).Resolve(a.Text, r.Text.StoryTokens())
		for i := range r.Mentions {
			r.Mentions[i].ArticleID = a.ID
		}
		r.Timing.Actors = time.Since(t2)
	}
	if p.cfg.Syntax != nil {
		t3 := time.Now()
		r.Parse = tree.Parse(p.cfg.Syntax, r.Text)
		t4 := time.Now()
		r.Timing.Syntax = t4.Sub(t3)
		r.Entities = coref.Build(r.Text, r.Parse, r.Mentions)
		t5 := time.Now()
		r.Timing.Actors += t5.Sub(t4)
		r.Quotes = quotes.Extract(a.ID, r.Text, r.Parse, r.Entities)
		t6 := time.Now()
		r.Timing.Quotes = t6.Sub(t5)
		if p.cfg.Events != nil {
			in := events.Input{ArticleID: a.ID, Date: a.Published, Text: r.Text, Parse: r.Parse,
				Actors: r.Mentions, Coref: r.Entities, Quotes: r.Quotes}
			if p.cfg.Actors != nil {
				in.Discards, in.Issues = p.cfg.Actors.DiscardsAndIssues(r.Text.Tokens)
				if p.cfg.KeepDiscarded {
					in.Discards = nil
				}
			}
			r.Events = p.cfg.Events.CodeInput(in)
			r.Timing.Events = time.Since(t6)
		}
	}
	return r
}

// Run codes every document of docs and calls sink with each result in input
// order. Read errors of single documents become results with Err set. Run stops
// at the first error returned by sink, or when ctx is cancelled, and returns it.
func (p *Pipeline) Run(ctx context.Context, docs iter.Seq2[source.Document, error], sink func(Result) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type job struct {
		seq int
		doc source.Document
		err error
	}
	type done struct {
		seq int
		res Result
	}
	workers := p.cfg.Workers
	jobs := make(chan job, workers)
	results := make(chan done, workers)
	window := make(chan struct{}, 4*workers) // bounds documents in flight

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				var res Result
				if j.err != nil {
					res = Result{Input: j.doc.Name, Err: j.err}
				} else {
					res = p.Process(ctx, j.doc)
				}
				select {
				case results <- done{j.seq, res}:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	var readErr error
	go func() {
		defer close(jobs)
		seq := 0
		for doc, err := range docs {
			if err != nil && errors.Is(err, ctx.Err()) && ctx.Err() != nil {
				readErr = err
				return
			}
			select {
			case window <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- job{seq: seq, doc: doc, err: err}:
			case <-ctx.Done():
				return
			}
			seq++
		}
	}()
	go func() {
		wg.Wait()
		close(results)
	}()

	pending := map[int]Result{}
	next := 0
	var sinkErr error
	for d := range results {
		if sinkErr != nil {
			continue // drain
		}
		pending[d.seq] = d.res
		for {
			res, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-window
			if err := sink(res); err != nil {
				sinkErr = err
				cancel()
				break
			}
		}
	}
	if sinkErr != nil {
		return sinkErr
	}
	if readErr != nil {
		return readErr
	}
	return ctx.Err()
}
