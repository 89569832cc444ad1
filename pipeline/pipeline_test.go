package pipeline

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"strings"
	"testing"

	"entente/article"
	"entente/source"
)

func docs(n int) iter.Seq2[source.Document, error] {
	return func(yield func(source.Document, error) bool) {
		for i := range n {
			var d source.Document
			var err error
			switch {
			case i%7 == 3:
				d = source.Document{Name: fmt.Sprintf("doc%d", i)} // empty: fails in the article stage
			case i%11 == 5:
				d, err = source.Document{Name: fmt.Sprintf("doc%d", i)}, &source.Error{Name: fmt.Sprintf("doc%d", i), Err: errors.New("unreadable")}
			default:
				d = source.Document{Name: fmt.Sprintf("doc%d", i),
					Data: []byte(fmt.Sprintf("Headline %d\n\nRussia and China vetoed resolution number %d. Israel objected.", i, i))}
			}
			if !yield(d, err) {
				return
			}
		}
	}
}

func TestRunKeepsOrderAndReportsFailures(t *testing.T) {
	p := New(Config{Workers: 4})
	var names []string
	failed := 0
	err := p.Run(context.Background(), docs(200), func(r Result) error {
		names = append(names, r.Input)
		if r.Err != nil {
			failed++
			if !strings.Contains(r.Err.Error(), r.Input) {
				t.Errorf("error %q does not name input %s", r.Err, r.Input)
			}
			return nil
		}
		if r.Text == nil || len(r.Text.Sentences) != 3 {
			t.Errorf("%s: text layer missing or wrong: %+v", r.Input, r.Text)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(names) != 200 {
		t.Fatalf("got %d results, want 200", len(names))
	}
	for i, n := range names {
		if n != fmt.Sprintf("doc%d", i) {
			t.Fatalf("result %d is %s: order lost", i, n)
		}
	}
	wantFailed := 0
	for i := range 200 {
		if i%7 == 3 || i%11 == 5 {
			wantFailed++
		}
	}
	if failed != wantFailed {
		t.Errorf("failed = %d, want %d", failed, wantFailed)
	}
}

func TestSkipStopsAfterArticleStage(t *testing.T) {
	p := New(Config{Workers: 2, Skip: func(_ context.Context, a *article.Article) (bool, error) {
		return strings.Contains(a.Text, "number 1."), nil
	}})
	skipped := 0
	err := p.Run(context.Background(), docs(3), func(r Result) error {
		if r.Skipped {
			skipped++
			if r.Text != nil {
				t.Error("skipped result went through the text stage")
			}
		}
		return nil
	})
	if err != nil || skipped != 1 {
		t.Fatalf("skipped = %d, err = %v; want 1, nil", skipped, err)
	}
}

func TestSinkErrorStopsRun(t *testing.T) {
	p := New(Config{Workers: 3})
	stop := errors.New("enough")
	n := 0
	err := p.Run(context.Background(), docs(10_000), func(r Result) error {
		n++
		if n == 5 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) {
		t.Fatalf("err = %v, want the sink's error", err)
	}
	if n != 5 {
		t.Errorf("sink called %d times, want 5", n)
	}
}
