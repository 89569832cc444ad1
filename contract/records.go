package contract

import (
	"strconv"

	"entente/actors"
	"entente/actors/coref"
	"entente/events"
	"entente/pipeline"
	"entente/quotes"
	"entente/stories"
)

// Records returns the records of one pipeline result in contract order: the
// article first, then what later stages found in it. A failed result has none.
func Records(r pipeline.Result) []any {
	if r.Err != nil || r.Article == nil {
		return nil
	}
	rec := ArticleRecord{Kind: "article", Article: r.Article}
	if r.Text != nil {
		rec.Paragraphs = len(r.Text.Paragraphs)
		rec.Sentences = len(r.Text.Sentences)
		rec.Tokens = len(r.Text.Tokens)
	}
	out := make([]any, 0, 1+len(r.Mentions))
	out = append(out, rec)
	for _, m := range r.Mentions {
		out = append(out, MentionRecord{Kind: "mention", Mention: m})
	}
	out = append(out, entityRecords(r)...)
	for _, q := range r.Quotes {
		out = append(out, QuoteRecord{Kind: "quote", Quote: q})
	}
	for _, e := range r.Events {
		out = append(out, EventRecord{Kind: "event", Event: e})
	}
	return out
}

// EventRecord is the "event" record: who did what to whom, with its CAMEO and
// PLOVER codes, Goldstein score and evidence sentence.
type EventRecord struct {
	Kind string `json:"kind"`
	events.Event
}

// StoryRecord is the "story" record: one real-world event linked across the
// articles that report it (package stories). Stories are written when they
// close, after the events that name them in story_id.
type StoryRecord struct {
	Kind string `json:"kind"`
	stories.Story
}

// NewStoryRecord returns the record of s.
func NewStoryRecord(s stories.Story) StoryRecord {
	return StoryRecord{Kind: "story", Story: s}
}

// QuoteRecord is the "quote" record: who said what, with offsets.
type QuoteRecord struct {
	Kind string `json:"kind"`
	quotes.Quote
}

// MentionRecord is the "mention" record: an actor mention with its code.
type MentionRecord struct {
	Kind string `json:"kind"`
	actors.Mention
}

// EntityRecord is the "entity" record: a person, organisation or state of an
// article as coreference resolved it.
type EntityRecord struct {
	Kind      string `json:"kind"`
	ID        string `json:"id"`
	ArticleID string `json:"article_id"`
	coref.Entity
}

// entityRecords returns the people of an article as entity records and the
// mentions of them that the actors stage did not give (surnames, pronouns,
// descriptions, names outside the dictionaries) as mention records.
func entityRecords(r pipeline.Result) []any {
	if r.Entities == nil {
		return nil
	}
	id := func(e int) string { return r.Article.ID + "/e" + strconv.Itoa(e) }
	var out []any
	actorSpans := map[[2]int]bool{}
	for _, m := range r.Mentions {
		actorSpans[[2]int{m.Start, m.End}] = true
	}
	people := map[int]bool{}
	for _, e := range r.Entities.Entities {
		if e.Kind == coref.KindPerson || e.Kind == coref.KindDescription {
			people[e.ID] = true
			out = append(out, EntityRecord{Kind: "entity", ID: id(e.ID), ArticleID: r.Article.ID, Entity: *e})
		}
	}
	for _, m := range r.Entities.Mentions {
		if !people[m.Entity] || actorSpans[[2]int{m.Start, m.End}] {
			continue
		}
		e := r.Entities.Entities[m.Entity]
		out = append(out, MentionRecord{Kind: "mention", Mention: actors.Mention{
			ArticleID: r.Article.ID, Start: m.Start, End: m.End, Text: r.Article.Text[m.Start:m.End],
			EntityID: id(m.Entity), Code: e.Code, Type: actors.TypePerson, Name: e.Name, Country: e.Country,
			Role: e.Role, Source: "coref:" + m.Form,
		}})
	}
	return out
}
