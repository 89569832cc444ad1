package stories

import (
	"reflect"
	"strconv"
	"testing"

	"entente/events"
)

func TestStoryFields(t *testing.T) {
	l := NewLinker(Options{})
	a := art(ev("a", 0, "RUS", "ISR", "111", "2023-10-31"), ev("a", 1, "RUS", "ISR", "112", "2023-10-31"))
	a[1].Goldstein = -2
	b := art(ev("b", 0, "RUS", "ISR", "112", "2023-11-01"))
	b[0].Goldstein = 0
	l.Add(a)
	l.Add(b)
	got := l.Flush()
	want := []Story{{ID: "s:a/e0",
		Source:    events.Actor{Name: "RUS name", Code: "RUS"},
		Target:    events.Actor{Name: "ISR name", Code: "ISR"},
		CAMEORoot: "11", CAMEO: "112",
		Codes:     []CodeCount{{"112", 2}, {"111", 1}},
		FirstDate: "2023-10-31", LastDate: "2023-11-01",
		NumArticles: 2, NumEvents: 3, Goldstein: -0.333, QuadClass: 1,
		ArticleIDs: []string{"a", "b"}, EventIDs: []string{"a/e0", "a/e1", "b/e0"}}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
}

func TestEviction(t *testing.T) {
	l := NewLinker(Options{Horizon: 5})
	if done := l.Add(art(ev("a", 0, "RUS", "ISR", "111", "2023-10-01"))); len(done) != 0 {
		t.Fatalf("closed %v", done)
	}
	// 2023-10-06 is 5 days on: the story may still take an in-window event.
	if done := l.Add(art(ev("b", 0, "USA", "CHN", "040", "2023-10-06"))); len(done) != 0 || l.Len() != 2 {
		t.Fatalf("closed %v, %d open", done, l.Len())
	}
	done := l.Add(art(ev("c", 0, "USA", "CHN", "040", "2023-10-07")))
	if len(done) != 1 || done[0].ID != "s:a/e0" || l.Len() != 1 {
		t.Fatalf("6 days on: closed %v, %d open; want s:a/e0 closed", done, l.Len())
	}
	// A late report of the closed story starts a new one, closed at once.
	late := art(ev("d", 0, "RUS", "ISR", "111", "2023-10-01"))
	done = l.Add(late)
	if late[0].StoryID != "s:d/e0" || len(done) != 1 || done[0].ID != "s:d/e0" || l.Len() != 1 {
		t.Fatalf("late event: story %s, closed %v, %d open", late[0].StoryID, done, l.Len())
	}
	// A late event that an open story still covers joins it.
	late = art(ev("e", 0, "USA", "CHN", "040", "2023-10-05"))
	if done = l.Add(late); late[0].StoryID != "s:b/e0" || len(done) != 0 {
		t.Fatalf("covered late event: story %s, closed %v", late[0].StoryID, done)
	}
	done = l.Flush()
	if len(done) != 1 || done[0].ID != "s:b/e0" || done[0].NumArticles != 3 || l.Len() != 0 {
		t.Fatalf("flush: %v, %d open", done, l.Len())
	}
	if len(l.byKey) != 0 || len(l.open) != 0 {
		t.Errorf("state left after Flush: %d keys, %d open", len(l.byKey), len(l.open))
	}
	// After Flush the Linker starts a new stream.
	if done := l.Add(art(ev("f", 0, "RUS", "ISR", "111", "2020-01-01"))); len(done) != 0 || l.Len() != 1 {
		t.Errorf("after flush: closed %v, %d open", done, l.Len())
	}
}

func TestEvictionBound(t *testing.T) {
	l := NewLinker(Options{Horizon: 10})
	in := synthetic(2000, 4, 3)
	maxOpen := 0
	var closed []Story
	for _, a := range in {
		closed = append(closed, l.Add(a)...)
		maxOpen = max(maxOpen, l.Len())
	}
	closed = append(closed, l.Flush()...)
	checkStories(t, in, closed)
	if maxOpen >= len(closed) {
		t.Errorf("at most %d open of %d stories: nothing was evicted", maxOpen, len(closed))
	}
}

func TestDeterministic(t *testing.T) {
	link := func() ([][]string, []Story) {
		return run(NewLinker(Options{Horizon: 7}), synthetic(500, 5, 7))
	}
	ids1, s1 := link()
	ids2, s2 := link()
	if !reflect.DeepEqual(ids1, ids2) || !reflect.DeepEqual(s1, s2) {
		t.Error("two runs over the same input differ")
	}
}

func TestOptions(t *testing.T) {
	for _, tt := range []struct {
		in                       Options
		window, maxSpan, horizon int
	}{
		{Options{}, 2, 7, 30},
		{Options{Window: -3, MaxSpan: -1, Horizon: -5}, 0, -1, 0},
		{Options{Window: 5, MaxSpan: 3, Horizon: 1}, 5, 3, 5},
	} {
		l := NewLinker(tt.in)
		if l.window != tt.window || l.maxSpan != tt.maxSpan || l.horizon != tt.horizon {
			t.Errorf("%+v: window %d, max span %d, horizon %d; want %d, %d, %d", tt.in,
				l.window, l.maxSpan, l.horizon, tt.window, tt.maxSpan, tt.horizon)
		}
	}
}

func TestRepeatedArticle(t *testing.T) {
	for _, n := range []int{2, setAfter + 5} { // a list of articles, then a set
		l := NewLinker(Options{})
		for i := range n {
			a := "a" + strconv.Itoa(i)
			l.Add(art(ev(a, 0, "RUS", "ISR", "111", "2023-10-31"), ev(a, 1, "RUS", "ISR", "112", "2023-10-31")))
		}
		again := art(ev("a1", 0, "RUS", "ISR", "111", "2023-10-31"), ev("a1", 1, "RUS", "ISR", "112", "2023-10-31"))
		l.Add(again)
		if again[0].StoryID != "s:a0/e0" || again[1].StoryID != "s:a0/e0" {
			t.Errorf("%d articles: repeated article in %s, %s", n, again[0].StoryID, again[1].StoryID)
		}
		ss := l.Flush()
		if len(ss) != 1 || ss[0].NumArticles != n || ss[0].NumEvents != 2*n || ss[0].Codes[0] != (CodeCount{"111", n}) {
			t.Errorf("%d articles, one repeated: got %+v", n, ss)
		}
	}
}
