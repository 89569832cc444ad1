// Package events codes political events from parsed news text: for every verb
// of the CAMEO verb dictionary it finds who acted (source) and on whom
// (target) from the dependency parse and the actor mentions, and returns
// CAMEO-coded Event records with Goldstein score, QuadClass and PLOVER type.
//
// The reference data live in the subpackages: events/cameo (code table) and
// events/verbdict (PETRARCH-2 verb dictionary and pattern matcher).
package events

import "entente/text"

// Actor is the source or target of an event.
type Actor struct {
	Name     string `json:"name"`
	Code     string `json:"code"`
	EntityID string `json:"entity_id,omitempty"`
	// posted marks the country a role of no known country is posted to
	// ("its ambassador to Turkey"): a target, never a source.
	posted bool
}

// Plover is the PLOVER event type and mode of a CAMEO code.
type Plover struct {
	Type string `json:"type"`
	Mode string `json:"mode"`
}

// Event is one coded event, as in DESIGN.md's JSON Lines contract.
type Event struct {
	ID        string  `json:"id"`
	ArticleID string  `json:"article_id"`
	Date      string  `json:"date"`
	Source    Actor   `json:"source"`
	Target    Actor   `json:"target"`
	CAMEO     string  `json:"cameo"`
	CAMEORoot string  `json:"cameo_root"`
	Plover    Plover  `json:"plover"`
	Goldstein float64 `json:"goldstein"`
	QuadClass int     `json:"quad_class"`
	// Sentence is the byte span of the sentence the event was coded from;
	// EvidenceText its text.
	Sentence     text.Span `json:"sentence"`
	EvidenceText string    `json:"evidence_text"`
	// QuoteID names the quote the verb sits in ("<article>/q<index>", the
	// index into the quotes passed to Code), empty outside quotes.
	QuoteID    string  `json:"quote_id,omitempty"`
	Confidence float64 `json:"confidence"`
	// Repeats are the other sentences of the article that report this
	// event again (same code, same actors or a narrower code of them): the
	// event is counted once, its mentions kept for the reader to check.
	Repeats []text.Span `json:"repeats,omitempty"`
	// Issues are the Phoenix issue codes found in the evidence sentence
	// ("REFUGEES", "NUCLEAR_WEAPONS"), PETRARCH's issue coding.
	Issues []string `json:"issues,omitempty"`
	// StoryID names the story (package stories) linking this event with
	// reports of the same event in other articles; empty until linked.
	StoryID string `json:"story_id,omitempty"`
	// Verb is the byte span of the coded verb (not part of the contract).
	Verb text.Span `json:"-"`
}
