package coref

import "entente/text"

// Kinds of entity.
const (
	KindPerson      = "person"
	KindDescription = "description" // an unnamed person: "a diplomatic source"
	KindOrg         = "org"
	KindCountry     = "country"
	KindGroup       = "group"
)

// Entity is one person, organisation or state of an article.
type Entity struct {
	ID   int    `json:"id"`
	Name string `json:"name"`
	Kind string `json:"kind"`
	// Gender is "f", "m" or "" (unknown), learned from pronouns and honorifics.
	Gender       string `json:"gender,omitempty"`
	Role         string `json:"role,omitempty"`
	Organisation string `json:"organisation,omitempty"`
	// Code is the CAMEO actor code, when the dictionaries or a composition gave
	// one; Country its three-letter country part. A bare sector code (a
	// professor's EDU) is composed with the country learned from the text
	// (CHNEDU) when Build ends.
	Code    string `json:"code,omitempty"`
	Country string `json:"country,omitempty"`
	// ActorEntity is the actors stage's entity id, when the entity came from it.
	ActorEntity string `json:"actor_entity,omitempty"`
	// Plural is true for groups of people ("officials").
	Plural bool `json:"plural,omitempty"`
}

// Mention is a stretch of text that refers to an entity.
type Mention struct {
	text.Span
	Entity int    `json:"entity"`
	Form   string `json:"form"` // Form constants
	// Sentence is the index of the sentence in the text layer; Word the index
	// of the mention's head word in that sentence's parse.
	Sentence int `json:"sentence"`
	Word     int `json:"word"`
	// InQuote is true for mentions inside quotation marks.
	InQuote bool `json:"in_quote,omitempty"`
	// Subject is true when the mention's head is the subject of a clause.
	Subject bool `json:"subject,omitempty"`
}

// Mention forms.
const (
	FormName        = "name"        // a full name or an organisation's name
	FormSurname     = "surname"     // part of a name seen in full before
	FormPronoun     = "pronoun"     // he, she, they
	FormDescription = "description" // "the diplomatic source", "the minister"
	FormActor       = "actor"       // a dictionary actor: "Beijing", "Hamas"
)
