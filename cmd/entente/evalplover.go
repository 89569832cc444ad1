package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"

	"entente/events"
	"entente/events/petrtest"
	"entente/pipeline"
	"entente/source"
)

func runEvalPlover(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval plover", "[flags] FILE", `
Code NGEC's synthetic news stories (gpt_synthetic_events_*.csv, or the .zip
it ships in: a language model's stories written from headlines made for one
PLOVER event type each) and report, per labelled type, in how many stories
entente codes an event of that type (doc_recall) and how often the type it
codes most is the label (top_accuracy). The labels are the prompts', and many
stories are domestic or name no second actor, so the figures are a check that
the coder's rules carry to other text, not an accuracy. Stories are dated
--date (the file's day by default). The last line is
"plover doc_recall=… (H/N) top_accuracy=… (T/N)".`)
	limit := fs.Int("limit", 0, "code at most this many stories (0: all)")
	date := fs.String("date", "2023-10-19", "publication date given to the stories (YYYY-MM-DD)")
	verbose := fs.Bool("verbose", false, "list each story's label and the events coded")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError{"eval plover takes one file: NGEC's synthetic stories (.csv or .zip)"}
	}
	cf := codingFlags{workers: 1}
	cfg, err := cf.pipelineConfig(ctx, e)
	if err != nil {
		return err
	}
	p := pipeline.New(cfg)
	var t ploverTally
	errLimit := errors.New("limit reached")
	n := 0
	err = petrtest.ReadSyntheticFile(fs.Arg(0), func(s petrtest.SyntheticStory) error {
		if *limit > 0 && n >= *limit {
			return errLimit
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		n++
		id := "ngec-" + strconv.Itoa(n)
		r := p.Process(ctx, source.Document{Name: id, Data: []byte(s.Document()),
			Meta: source.Meta{ID: id, Published: *date, Format: "text"}})
		if r.Err != nil {
			return fmt.Errorf("story %d (%s): %w", n, s.Label, r.Err)
		}
		t.add(s.Label, r.Events)
		if *verbose {
			fmt.Fprintf(e.stdout, "story %d %s:", n, s.Label)
			for _, ev := range r.Events {
				fmt.Fprintf(e.stdout, " %s→%s %s/%s", ev.Source.Code, ev.Target.Code, ev.CAMEO, ev.Plover.Type)
			}
			fmt.Fprintln(e.stdout)
		}
		return nil
	})
	if err != nil && !errors.Is(err, errLimit) {
		return err
	}
	t.write(e.stdout)
	return nil
}

// ploverTally counts, per PLOVER label, the stories, those given any event,
// those given an event of the label's type (hit) and those whose most
// frequent event type is the label (top).
type ploverTally struct {
	labels map[string]*ploverCount
}

// ploverCount is one label's counts.
type ploverCount struct{ docs, coded, hit, top int }

// add counts one story labelled label and coded with evs.
func (t *ploverTally) add(label string, evs []events.Event) {
	if t.labels == nil {
		t.labels = map[string]*ploverCount{}
	}
	c := t.labels[label]
	if c == nil {
		c = &ploverCount{}
		t.labels[label] = c
	}
	c.docs++
	if len(evs) == 0 {
		return
	}
	c.coded++
	freq := map[string]int{}
	top := ""
	for _, ev := range evs {
		ty := ev.Plover.Type
		freq[ty]++
		if freq[ty] > freq[top] || top == "" {
			top = ty // the first type to reach the highest count
		}
	}
	if freq[label] > 0 {
		c.hit++
	}
	if top == label {
		c.top++
	}
}

// write prints one line per label and the summary line.
func (t *ploverTally) write(w io.Writer) {
	labels := make([]string, 0, len(t.labels))
	for l := range t.labels {
		labels = append(labels, l)
	}
	sort.Strings(labels)
	var sum ploverCount
	fmt.Fprintf(w, "%-10s %6s %6s %6s %6s %7s\n", "label", "docs", "coded", "hit", "top", "recall")
	for _, l := range labels {
		c := t.labels[l]
		fmt.Fprintf(w, "%-10s %6d %6d %6d %6d %7.3f\n", l, c.docs, c.coded, c.hit, c.top, ratioOf(c.hit, c.docs))
		sum.docs += c.docs
		sum.coded += c.coded
		sum.hit += c.hit
		sum.top += c.top
	}
	fmt.Fprintf(w, "stories %d, %d given an event\n", sum.docs, sum.coded)
	fmt.Fprintf(w, "plover doc_recall=%.3f (%d/%d) top_accuracy=%.3f (%d/%d)\n",
		ratioOf(sum.hit, sum.docs), sum.hit, sum.docs, ratioOf(sum.top, sum.docs), sum.top, sum.docs)
}
