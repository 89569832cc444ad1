// Package stories links reports of the same real-world event across articles.
//
// Events with the same source code, target code and CAMEO root whose dates
// lie close together form one Story, with a count of the distinct articles
// that report it (issue #6). A Linker takes the events of one article at a
// time, in any date order, gives every event its story id at once (so the
// event record can be written with its story_id while the stream flows) and
// hands back each Story when it closes.
//
// # The rule
//
//   - Key: Event.Source.Code, Event.Target.Code and Event.CAMEORoot, all
//     three equal. A→B and B→A are different stories.
//   - Window: a dated event joins an open story of its key when its date lies
//     in [first−Window, last+Window], the story's date range widened by Window
//     days (default 2). Because every member joined that way, this is the same
//     as "within Window days of some member's date" (single linkage).
//   - MaxSpan: a story never runs longer than MaxSpan days from its first to
//     its last date (default 7); an event that would stretch it further starts
//     a new story. This stops a dyad that is in the news every day from
//     becoming one story forever.
//   - Bridging: an event that could join several open stories joins the one
//     whose date range is nearest to its date (ties: the oldest story). Stories
//     never merge, so an id handed out is final.
//   - Same article: events of one article with the same key are one report:
//     the article counts once in NumArticles however many of them there are.
//     An article given again (in a later Add call) while its story is open
//     adds nothing to it; its events still get the story's id.
//   - Undated events (Event.Date empty or not a valid YYYY-MM-DD day) form
//     stories only with the events of the same key in the same Add call (the
//     same article); such a story closes at the end of that call.
//
// # Memory
//
// A story closes when its last date falls more than Horizon days (default 30)
// behind the newest date seen so far; Add returns it then, and Flush returns
// every story still open at the end of the stream. Open stories are bounded by
// the events of the last Horizon+MaxSpan days, not by the length of the
// stream. The price: an event dated more than Horizon days before the newest
// date may find its story already closed, and then starts a new story (closed
// again at once), so a very late report is counted apart. One bogus future
// date likewise closes every open story early.
//
// # Ids
//
// A story's id is "s:" followed by the id of its first event (in stream order),
// e.g. "s:3fa9c2/e0"; when that event has no id, "s#" and the story's sequence
// number in the Linker. The same input in the same order gives the same ids
// and the same stories. Ids are unique as long as event ids are: an article
// given again after its story closed starts a story with the same id again.
package stories
