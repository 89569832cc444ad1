package quotes

// directCues are the lemmas of verbs that attribute a quotation: verbs of saying
// and speech acts that quote ("blamed “the failure …”", "called on “…”").
var directCues = setOf("say", "tell", "add", "argue", "insist", "warn", "note", "explain", "write", "ask",
	"point", "lament", "claim", "state", "declare", "reply", "respond", "tweet", "post", "recall", "caution",
	"admit", "acknowledge", "conclude", "suggest", "remark", "observe", "accord", "blame", "accuse", "call",
	"express", "describe", "characterize", "characterise", "charge", "urge", "condemn", "praise", "stress",
	"emphasize", "emphasise", "affirm", "announce", "report", "comment", "complain", "demand", "vow", "promise",
	"predict", "contend", "maintain", "assert", "allege", "deny", "counter", "continue", "quip", "concede",
	"agree", "criticize", "criticise", "slam", "decry", "denounce", "hail", "welcome", "term", "dub", "label",
	"brand", "cite", "quote", "wonder", "exclaim", "put", "speak", "recount", "tout", "boast", "scoff", "joke",
	"muse", "reiterate", "confirm", "reveal", "testify", "plead", "beg", "proclaim", "shout", "yell", "whisper",
	"mutter", "chant", "read", "answer", "pledge", "assure", "blast", "mock", "question", "bark", "bemoan",
	"interject", "fume", "gush", "exhort", "retort", "scold", "chide", "snap", "rail", "sneer", "marvel",
	"opine", "tease", "thank", "credit", "dismiss", "deride", "portray", "hint", "sum")

// stanceVerbs introduce a view that a quotation in the next sentence spells
// out ("The diplomatic source viewed the war as … They are “a wake-up call …”").
// They attribute only from the sentence before, never a quotation they govern:
// "Israel views with severity the “lack of …”" is not Israel speaking.
var stanceVerbs = setOf("view", "see", "consider", "regard", "believe", "think", "feel")

// indirectCues are the verbs whose clausal complement is reported speech or
// stated belief: "X said (that) …", "…, X pointed out", and "according to X"
// (accordingTo).
var indirectCues = setOf("say", "tell", "argue", "insist", "warn", "note", "explain", "write", "add", "claim",
	"point", "suggest", "state", "stress", "acknowledge", "admit", "agree", "deny", "contend", "maintain",
	"assert", "predict", "report", "conclude", "lament", "announce", "reveal", "confirm", "declare",
	"emphasize", "emphasise", "allege", "ask", "reply", "respond", "recall", "caution", "complain",
	"concede", "observe", "remark", "accord")

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
