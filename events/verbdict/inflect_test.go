package verbdict

import (
	"strings"
	"testing"
)

func TestRegularForms(t *testing.T) {
	tests := map[string]string{
		"ask":     "asks asked asking",
		"agree":   "agrees agreed agreeing",
		"make":    "makes maked making",
		"carry":   "carries carried carrying",
		"play":    "plays played playing",
		"watch":   "watches watched watching",
		"fix":     "fixes fixed fixing",
		"veto":    "vetoes vetoed vetoing",
		"die":     "dies died dying",
		"stop":    "stops stopped stopping",
		"ban":     "bans banned banning",
		"quit":    "quits quitted quitting",
		"visit":   "visits visited visiting",
		"open":    "opens opened opening",
		"admit":   "admits admitted admitting",
		"prefer":  "prefers preferred preferring",
		"offer":   "offers offered offering",
		"travel":  "travels traveled traveling travelled travelling",
		"control": "controls controlled controlling",
		"panic":   "panics panicked panicking",
		"argue":   "argues argued arguing",
		"re-open": "re-opens re-opened re-opening",
		"focus":   "focuses focused focusing",
		"appeal":  "appeals appealed appealing",
		"RE-ARM":  "re-arms re-armed re-arming",
		"  ":      "",
	}
	for in, want := range tests {
		if got := strings.Join(RegularForms(in), " "); got != want {
			t.Errorf("RegularForms(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestInflect(t *testing.T) {
	tests := map[string]string{
		"bring": "brings brought bringing",
		"set":   "sets setting",
		"take":  "takes took taken taking",
		"begin": "begins began begun beginning",
		"be":    "is are am were was been being",
		"ask":   "asks asked asking",
	}
	for in, want := range tests {
		if got := strings.Join(Inflect(in), " "); got != want {
			t.Errorf("Inflect(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPlural(t *testing.T) {
	tests := map[string]string{
		"city": "cities", "day": "days", "crash": "crashes", "tax": "taxes", "church": "churches",
		"troops": "troops", "news": "news", "pass": "passes", "ship": "ships", "": "",
	}
	for in, want := range tests {
		if got := Plural(in); got != want {
			t.Errorf("Plural(%q) = %q, want %q", in, got, want)
		}
	}
}
