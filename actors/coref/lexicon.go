package coref

import "strings"

// titleWords precede a name as part of a title: "President Joe Biden",
// "Deputy Director-General for Eurasia Simona Halperin".
var titleWords = setOf("president", "vice", "prime", "minister", "foreign", "deputy", "assistant",
	"professor", "prof.", "dr.", "mr.", "ms.", "mrs.", "sen.", "rep.", "gov.", "gen.", "lt.", "col.",
	"ambassador", "secretary", "chancellor", "king", "queen", "prince", "sheikh", "pope", "director",
	"director-general", "spokesperson", "spokesman", "spokeswoman", "chairman", "chairwoman", "chair",
	"chief", "judge", "justice", "mayor", "governor", "senator", "representative", "colonel", "general",
	"admiral", "lieutenant", "commander", "rabbi", "imam", "reverend", "executive", "senior", "former",
	"defense", "defence", "interior", "finance", "state", "general-secretary", "envoy", "special",
	"speaker", "leader", "head", "officer", "premier", "emir", "crown", "supreme", "acting", "first", "lady",
	"congressman", "congresswoman", "attorney", "sir", "dame", "lord", "mp")

// honorificGender maps honorifics to a gender.
var honorificGender = map[string]string{"mr.": "m", "mr": "m", "mrs.": "f", "mrs": "f", "ms.": "f", "ms": "f",
	"king": "m", "queen": "f", "prince": "m", "princess": "f", "sir": "m", "dame": "f", "lord": "m", "lady": "f",
	"spokesman": "m", "spokeswoman": "f", "chairman": "m", "chairwoman": "f", "congressman": "m",
	"congresswoman": "f"}

// orgWords mark a capitalised run as an organisation's name.
var orgWords = setOf("council", "group", "ministry", "party", "government", "police", "military", "times", "insider", "university", "embassy",
	"institute", "committee", "news", "post", "network", "organization", "organisation",
	"association", "bank", "company", "foundation", "center", "centre", "office", "department",
	"administration", "forces", "army", "reuters", "press", "journal", "tribune", "herald",
	"service", "commission", "court", "union", "league", "front", "movement", "brigades", "authority",
	"corporation", "inc", "corp", "ltd", "club", "church", "college", "school", "hospital", "media",
	"television", "tv", "radio", "federation", "assembly", "parliament", "senate", "house", "congress",
	"kremlin", "pentagon", "navy", "guard", "guards", "jihad", "bureau", "fund", "program",
	"programme", "project", "initiative", "alliance", "coalition", "cabinet", "republic", "kingdom",
	"state", "states", "nations", "security", "affairs", "studies", "tank", "watch", "international",
	"daily", "weekly", "magazine", "channel", "broadcasting", "institution", "academy", "society", "forum",
	"review", "foreign", "monitor", "observatory", "agency", "ap", "afp", "bbc", "cnn", "x", "twitter")

// roleNouns head descriptions that stand for a person or group of people.
var roleNouns = setOf("source", "sources", "official", "officials", "spokesman", "spokeswoman", "spokesperson",
	"minister", "ambassador", "diplomat", "diplomats", "reporter", "analyst", "analysts", "expert", "experts",
	"professor", "president", "leader", "leaders", "envoy", "aide", "aides", "adviser", "advisor", "director",
	"fellow", "secretary", "senator", "lawmaker", "lawmakers", "general", "commander", "negotiator", "mediator",
	"representative", "delegation", "delegate", "officer",
	"spokespeople", "chief", "head", "premier", "prosecutor", "judge", "witness", "activist",
	"activists", "researcher", "scholar", "observer", "observers", "critic", "critics", "author", "writer",
	"columnist", "editor", "journalist", "correspondent", "resident", "residents",
	"militants", "mayor", "governor", "candidate", "chairman")

// pluralRoles are role nouns for several people.
var pluralRoles = setOf("sources", "officials", "diplomats", "analysts", "experts", "leaders", "aides",
	"lawmakers", "spokespeople", "activists", "observers", "critics", "residents", "militants")

// pronounGender maps subject and possessive pronouns to gender ("p": plural).
var pronounGender = map[string]string{"he": "m", "him": "m", "his": "m", "himself": "m",
	"she": "f", "her": "f", "hers": "f", "herself": "f", "they": "p", "them": "p", "their": "p"}

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

func lower(s string) string { return strings.ToLower(s) }

// thingWords mark a capitalised run as the name of a thing, an event or a place,
// never a person: "Abraham Accords", "Operation Swords of Iron".
var thingWords = setOf("accords", "accord", "operation", "act", "plan", "agreement", "treaty", "war",
	"day", "resolution", "summit", "conference", "games", "cup", "prize", "award", "street", "square",
	"road", "river", "sea", "ocean", "island", "islands", "mountain", "mountains", "valley", "airport",
	"strip", "bank", "gulf", "canal", "bridge", "city", "county", "province", "region", "district",
	"north", "south", "east", "west", "middle", "monday", "tuesday", "wednesday", "thursday", "friday",
	"saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december", "holocaust", "crisis", "doctrine", "initiative")
