package quotes

import "entente/text"

// Quote is one thing someone said, located in the article text.
type Quote struct {
	ArticleID string `json:"article_id,omitempty"`
	// Span is the content of the first occurrence: inside the quote marks for a
	// direct quote, the reported clause for an indirect one.
	text.Span
	Text   string `json:"text"`
	Direct bool   `json:"direct"`
	// Single is true for a direct quote printed between single marks (‘…’).
	Single bool `json:"single,omitempty"`
	// Clause is the whole reported content that a partial quote sits in
	// ("Trump said that Machado was “disgusting” and “a con”": the clause from
	// "that"), as attribution corpora such as PolNeAR annotate it. It equals
	// Span when the quotation is the whole content.
	Clause text.Span `json:"clause"`
	// Cue is the reporting verb, when there is one.
	Cue *Cue `json:"cue,omitempty"`
	// SpeakerMention is the words that name the speaker where the quote is
	// attributed ("she", "the diplomatic source", "Svetlova").
	SpeakerMention *Mention `json:"speaker_mention,omitempty"`
	Speaker        Speaker  `json:"speaker"`
	// Occurrences lists every place the quote is printed, the first included.
	Occurrences []text.Span `json:"occurrences"`
	Confidence  float64     `json:"confidence"`
	// Sentence is the index of the sentence holding the start of the content.
	Sentence int `json:"sentence"`
	// Floating is true when the speaker was inherited from the quote before.
	Floating bool `json:"floating,omitempty"`

	// unattributed marks a quotation kept only so that a repeat of it can be
	// recognised (a pull quote printed before its attributed copy).
	unattributed bool
}

// Cue is the reporting verb of a quote.
type Cue struct {
	text.Span
	Text  string `json:"text"`
	Lemma string `json:"lemma"`
}

// Mention is a stretch of text naming the speaker.
type Mention struct {
	text.Span
	Text string `json:"text"`
	// Form tells how the words name the speaker: a full name, a surname, a
	// pronoun, a description, a dictionary actor ("Beijing"), or "unresolved".
	Form string `json:"form"`
}

// Speaker is the resolved speaker of a quote.
type Speaker struct {
	EntityID     string `json:"entity_id,omitempty"`
	Name         string `json:"name"`
	Kind         string `json:"kind,omitempty"`
	Role         string `json:"role,omitempty"`
	Organisation string `json:"organisation,omitempty"`
	Code         string `json:"code,omitempty"`
}
