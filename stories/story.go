package stories

import "entente/events"

// Story is one real-world event as reported by one or more articles: the
// "story" record of the JSON Lines contract.
type Story struct {
	// ID is "s:" and the id of the story's first event (see the package doc).
	ID string `json:"id"`
	// Source and Target carry the name and code of the story's first event
	// (without entity ids, which are per article).
	Source events.Actor `json:"source"`
	Target events.Actor `json:"target"`
	// CAMEORoot is the two-digit CAMEO root shared by all events.
	CAMEORoot string `json:"cameo_root"`
	// CAMEO is the most frequent full code of the events (ties: the first
	// seen), GDELT's EventCode.
	CAMEO string `json:"cameo"`
	// Codes lists every CAMEO code seen, most frequent first (ties: first
	// seen first).
	Codes []CodeCount `json:"cameo_codes"`
	// FirstDate and LastDate bound the events' dates (YYYY-MM-DD); both are
	// empty for a story of undated events.
	FirstDate string `json:"first_date"`
	LastDate  string `json:"last_date"`
	// NumArticles counts the distinct articles reporting the story (the
	// source count of issue #6; GDELT's NumArticles).
	NumArticles int `json:"num_articles"`
	// NumEvents counts the event records linked to the story (GDELT's
	// NumMentions is the closest).
	NumEvents int `json:"num_events"`
	// Goldstein is the mean Goldstein score of the events, to 3 decimals.
	Goldstein float64 `json:"goldstein"`
	// QuadClass is the QuadClass of the first event (it follows the root).
	QuadClass int `json:"quad_class"`
	// ArticleIDs lists the distinct articles in the order they joined.
	ArticleIDs []string `json:"article_ids"`
	// EventIDs lists the events in the order they joined.
	EventIDs []string `json:"event_ids"`
}

// CodeCount is a CAMEO code and how many of a story's events carry it.
type CodeCount struct {
	Code   string `json:"code"`
	Events int    `json:"events"`
}
