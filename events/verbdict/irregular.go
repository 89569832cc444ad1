package verbdict

import (
	"slices"
	"strings"
)

// irregular lists common English irregular verbs: base → past and past
// participle (equal when the entry has one form). Inflect uses it for verbs
// the dictionary writes without {forms} ("SET", "BRING"). Read-only.
var irregular = map[string][2]string{
	"arise": {"arose", "arisen"}, "awake": {"awoke", "awoken"}, "be": {"was", "been"},
	"bear": {"bore", "borne"}, "beat": {"beat", "beaten"}, "become": {"became", "become"},
	"begin": {"began", "begun"}, "bend": {"bent", "bent"}, "bet": {"bet", "bet"},
	"bid": {"bid", "bid"}, "bind": {"bound", "bound"}, "bite": {"bit", "bitten"},
	"bleed": {"bled", "bled"}, "blow": {"blew", "blown"}, "break": {"broke", "broken"},
	"breed": {"bred", "bred"}, "bring": {"brought", "brought"}, "broadcast": {"broadcast", "broadcast"},
	"build": {"built", "built"}, "burn": {"burnt", "burned"}, "burst": {"burst", "burst"},
	"buy": {"bought", "bought"}, "cast": {"cast", "cast"}, "catch": {"caught", "caught"},
	"choose": {"chose", "chosen"}, "cling": {"clung", "clung"}, "come": {"came", "come"},
	"cost": {"cost", "cost"}, "creep": {"crept", "crept"}, "cut": {"cut", "cut"},
	"deal": {"dealt", "dealt"}, "dig": {"dug", "dug"}, "do": {"did", "done"},
	"draw": {"drew", "drawn"}, "drink": {"drank", "drunk"}, "drive": {"drove", "driven"},
	"eat": {"ate", "eaten"}, "fall": {"fell", "fallen"}, "feed": {"fed", "fed"},
	"feel": {"felt", "felt"}, "fight": {"fought", "fought"}, "find": {"found", "found"},
	"flee": {"fled", "fled"}, "fling": {"flung", "flung"}, "fly": {"flew", "flown"},
	"forbid": {"forbade", "forbidden"}, "forecast": {"forecast", "forecast"},
	"foresee": {"foresaw", "foreseen"}, "forget": {"forgot", "forgotten"},
	"forgive": {"forgave", "forgiven"}, "freeze": {"froze", "frozen"}, "get": {"got", "gotten"},
	"give": {"gave", "given"}, "go": {"went", "gone"}, "grind": {"ground", "ground"},
	"grow": {"grew", "grown"}, "hang": {"hung", "hung"}, "have": {"had", "had"},
	"hear": {"heard", "heard"}, "hide": {"hid", "hidden"}, "hit": {"hit", "hit"},
	"hold": {"held", "held"}, "hurt": {"hurt", "hurt"}, "keep": {"kept", "kept"},
	"know": {"knew", "known"}, "lay": {"laid", "laid"}, "lead": {"led", "led"},
	"leap": {"leapt", "leaped"}, "leave": {"left", "left"}, "lend": {"lent", "lent"},
	"let": {"let", "let"}, "lie": {"lay", "lain"}, "light": {"lit", "lighted"},
	"lose": {"lost", "lost"}, "make": {"made", "made"}, "mean": {"meant", "meant"},
	"meet": {"met", "met"}, "mislead": {"misled", "misled"}, "overcome": {"overcame", "overcome"},
	"overrun": {"overran", "overrun"}, "oversee": {"oversaw", "overseen"},
	"overtake": {"overtook", "overtaken"}, "overthrow": {"overthrew", "overthrown"},
	"pay": {"paid", "paid"}, "put": {"put", "put"}, "quit": {"quit", "quit"},
	"read": {"read", "read"}, "rebuild": {"rebuilt", "rebuilt"}, "redo": {"redid", "redone"},
	"rid": {"rid", "rid"}, "ride": {"rode", "ridden"}, "ring": {"rang", "rung"},
	"rise": {"rose", "risen"}, "run": {"ran", "run"}, "say": {"said", "said"},
	"see": {"saw", "seen"}, "seek": {"sought", "sought"}, "sell": {"sold", "sold"},
	"send": {"sent", "sent"}, "set": {"set", "set"}, "shake": {"shook", "shaken"},
	"shed": {"shed", "shed"}, "shoot": {"shot", "shot"}, "show": {"showed", "shown"},
	"shrink": {"shrank", "shrunk"}, "shut": {"shut", "shut"}, "sing": {"sang", "sung"},
	"sink": {"sank", "sunk"}, "sit": {"sat", "sat"}, "slay": {"slew", "slain"},
	"sleep": {"slept", "slept"}, "slide": {"slid", "slid"}, "speak": {"spoke", "spoken"},
	"speed": {"sped", "sped"}, "spend": {"spent", "spent"}, "spin": {"spun", "spun"},
	"split": {"split", "split"}, "spread": {"spread", "spread"}, "spring": {"sprang", "sprung"},
	"stand": {"stood", "stood"}, "steal": {"stole", "stolen"}, "stick": {"stuck", "stuck"},
	"sting": {"stung", "stung"}, "strike": {"struck", "struck"}, "strive": {"strove", "striven"},
	"swear": {"swore", "sworn"}, "sweep": {"swept", "swept"}, "swim": {"swam", "swum"},
	"swing": {"swung", "swung"}, "take": {"took", "taken"}, "teach": {"taught", "taught"},
	"tear": {"tore", "torn"}, "tell": {"told", "told"}, "think": {"thought", "thought"},
	"throw": {"threw", "thrown"}, "thrust": {"thrust", "thrust"}, "undergo": {"underwent", "undergone"},
	"understand": {"understood", "understood"}, "undertake": {"undertook", "undertaken"},
	"undo": {"undid", "undone"}, "uphold": {"upheld", "upheld"}, "upset": {"upset", "upset"},
	"wake": {"woke", "woken"}, "wear": {"wore", "worn"}, "weep": {"wept", "wept"},
	"win": {"won", "won"}, "wind": {"wound", "wound"}, "withdraw": {"withdrew", "withdrawn"},
	"withhold": {"withheld", "withheld"}, "withstand": {"withstood", "withstood"},
	"write": {"wrote", "written"},
}

// Inflect returns the forms of an English verb other than the base: for a
// verb of the irregular table its third person, past, past participle and
// -ing form (bring → brings, brought, bringing), otherwise RegularForms.
func Inflect(verb string) []string {
	v := strings.ToLower(strings.TrimSpace(verb))
	irr, ok := irregular[v]
	if !ok {
		return RegularForms(v)
	}
	out := []string{thirdPerson(v)}
	if v == "be" {
		out = []string{"is", "are", "am", "were"}
	}
	for _, f := range []string{irr[0], irr[1]} {
		if f != v && !slices.Contains(out, f) {
			out = append(out, f)
		}
	}
	ing := ingForm(v)
	if st := doubledStems(v); st[0] != v {
		ing = st[0] + "ing"
	}
	if !slices.Contains(out, ing) {
		out = append(out, ing)
	}
	return out
}
