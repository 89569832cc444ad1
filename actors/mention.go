package actors

// Mention types.
const (
	// TypePerson: a named person ("Vladimir Putin", "Chinese Foreign Minister Wang Yi").
	TypePerson = "person"
	// TypeOrg: an organisation, party, company, medium or institution ("the Kremlin").
	TypeOrg = "org"
	// TypeCountry: a country name or nationality form ("Israel", "Chinese").
	TypeCountry = "country"
	// TypeIGO: an intergovernmental organisation ("U.N. Security Council").
	TypeIGO = "igo"
	// TypeGroup: an armed non-state group ("Hamas", "Hezbollah").
	TypeGroup = "group"
	// TypeMetonym: a capital standing for its government ("Beijing", "Moscow").
	TypeMetonym = "metonym"
	// TypeAgent: a role noun, with or without a country ("foreign minister",
	// "Israeli Foreign Ministry", "Russian officers").
	TypeAgent = "agent"
)

// Mention sources.
const (
	// SourceDictionary: a phrase of the actor dictionaries or CountryInfo.
	SourceDictionary = "dictionary"
	// SourceComposed: country or organisation + agent (+ name), built by rule.
	SourceComposed = "composed"
	// SourceLearned: a name learned earlier in the same document (Resolver).
	SourceLearned = "learned"
)

// Mention is one reference to an actor in an article, located by half-open byte
// offsets into the article text.
type Mention struct {
	// ArticleID is left empty by this package; the pipeline sets it.
	ArticleID string `json:"article_id,omitempty"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Text      string `json:"text"`
	// EntityID is a stable key of the actor ("dict/vladimir-putin",
	// "country/CHN", "name/CHN/wang-yi"), for linking mentions to one Entity.
	EntityID string `json:"entity_id,omitempty"`
	// Code is the CAMEO actor code on the article date (e.g. RUSGOV, PSEREBHMS,
	// IGOUNO); for a bare agent it is the agent code alone (GOV).
	Code string `json:"code"`
	// Codes lists every code when the mention stands for several actors at once,
	// Code first; it is nil for one actor. A dictionary actor written with several
	// codes ("[FRO/BIL/SAM]") has them all; an agent before joined countries or
	// with a joined agent that names a country is each of them ("lawmakers and
	// officials in Fornost and Gondor": lawmakers → FORLEG, GONLEG). PETRARCH
	// codes an event for each.
	Codes []string `json:"codes,omitempty"`
	// Type is one of the Type constants.
	Type string `json:"type"`
	// Name is the actor's canonical name: the dictionary's primary phrase, the
	// person's name in a composed mention, or the country name.
	Name string `json:"name,omitempty"`
	// Country is the three-letter country code within Code, if any.
	Country string `json:"country,omitempty"`
	// Agent is the sector/role part of Code (GOV, MIL, REB, GOVMED), if any.
	Agent string `json:"agent,omitempty"`
	// Role is the role as printed ("Foreign Minister", "Ambassador").
	Role string `json:"role,omitempty"`
	// Post is the country a role is posted to, which is not whose role it
	// is: "ambassador to Turkey" → TUR, "Russian Ambassador to Israel" →
	// ISR (Country is RUS). "" when the mention names no posting.
	Post string `json:"post,omitempty"`
	// Source tells how the mention was found (Source constants).
	Source string `json:"source,omitempty"`
}
