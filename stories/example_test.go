package stories_test

import (
	"fmt"

	"entente/events"
	"entente/stories"
)

// Three articles report Russia accusing Israel on two days; a fourth,
// a week later, is a new story. Add sets StoryID on the events; stories come
// back when they close, and Flush returns the rest at the end of the stream.
func ExampleLinker() {
	russia := events.Actor{Name: "Russia", Code: "RUS"}
	israel := events.Actor{Name: "Israel", Code: "ISR"}
	accuse := func(id, article, date, code string) events.Event {
		return events.Event{ID: id, ArticleID: article, Date: date, Source: russia, Target: israel,
			CAMEO: code, CAMEORoot: "11", Goldstein: -2, QuadClass: 3}
	}
	articles := [][]events.Event{
		{accuse("a/e0", "a", "2023-10-31", "111"), accuse("a/e1", "a", "2023-10-31", "112")},
		{accuse("b/e0", "b", "2023-11-01", "112")},
		{accuse("c/e3", "c", "2023-10-30", "111")},
		{accuse("d/e0", "d", "2023-11-08", "111")},
	}
	l := stories.NewLinker(stories.Options{}) // window 2 days
	var done []stories.Story
	for _, evs := range articles {
		done = append(done, l.Add(evs)...)
		for _, e := range evs {
			fmt.Println(e.ID, "→", e.StoryID)
		}
	}
	done = append(done, l.Flush()...)
	for _, s := range done {
		fmt.Println(s.ID, s.Source.Code, s.Target.Code, s.CAMEORoot, s.FirstDate, s.LastDate,
			"articles:", s.NumArticles, "events:", s.NumEvents, "codes:", s.Codes)
	}
	// Output:
	// a/e0 → s:a/e0
	// a/e1 → s:a/e0
	// b/e0 → s:a/e0
	// c/e3 → s:a/e0
	// d/e0 → s:d/e0
	// s:a/e0 RUS ISR 11 2023-10-30 2023-11-01 articles: 3 events: 4 codes: [{111 2} {112 2}]
	// s:d/e0 RUS ISR 11 2023-11-08 2023-11-08 articles: 1 events: 1 codes: [{111 1}]
}
