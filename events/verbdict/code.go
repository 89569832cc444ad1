package verbdict

import (
	"strings"

	"entente/events/cameo"
)

// NullCode is the PETRARCH null code: the verb or pattern generates no event.
const NullCode = "---"

// Code is the event code of a verb, block or pattern, as written between
// brackets in the dictionary: "[190]", "[042:043]", "[:173]", "[---]".
//
// PETRARCH-2 reads "[A:P]" as an active and a passive code: A codes the event
// source → target; P, when A is present, codes the reciprocal event target →
// source ("[042:043]": A visits B, B hosts A; "[050:050]": both ways). With no
// active part ("[:173]") the verb is read as passive: its grammatical subject
// is the target of P and the source is unknown ("X appeared before court"
// → ? → X 173).
type Code struct {
	Active  string // "190", "---" (null), or "" when only a passive code is given
	Passive string // code after ':', "" when absent
}

// String returns the code in dictionary notation without brackets.
func (c Code) String() string {
	if c.Passive == "" {
		return c.Active
	}
	return c.Active + ":" + c.Passive
}

// IsNull reports whether the code generates no event: no active and no
// passive code, or the null code "---".
func (c Code) IsNull() bool {
	return (c.Active == "" || c.Active == NullCode) && (c.Passive == "" || c.Passive == NullCode)
}

// IsZero reports whether the code is empty (not given at all).
func (c Code) IsZero() bool { return c.Active == "" && c.Passive == "" }

// parseCode reads the text between the brackets of a code. It returns the
// code and, for tolerated oddities, a warning ("" if none); err is non-empty
// when the text cannot be a code.
func parseCode(s string) (c Code, warning, err string) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Code{}, "", "empty code []"
	}
	if strings.ContainsAny(s, " \t[]{}()") {
		return Code{}, "", "code " + quote(s) + " contains blanks or brackets"
	}
	a, p, _ := strings.Cut(s, ":")
	if strings.Contains(p, ":") {
		return Code{}, "", "code " + quote(s) + " has more than one ':'"
	}
	if a == "" && p == "" {
		return Code{}, "", "code " + quote(s) + " has neither an active nor a passive part"
	}
	var warns []string
	a, w := normCodePart(a)
	if w != "" {
		warns = append(warns, w)
	}
	p, w = normCodePart(p)
	if w != "" {
		warns = append(warns, w)
	}
	return Code{Active: a, Passive: p}, strings.Join(warns, "; "), ""
}

// normCodePart accepts "", "---", a CAMEO code, or any other token (test
// dictionaries use WEIS-era codes such as "075A" or "+++"). Digits followed by
// punctuation ("080!", a slip in CAMEO.2.0.txt) lose the punctuation.
func normCodePart(s string) (string, string) {
	if s == "" || s == NullCode || cameo.IsCode(s) {
		return s, ""
	}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i >= 2 && i <= 4 && strings.Trim(s[i:], "!?.,;*") == "" {
		return s[:i], "code " + quote(s) + " read as " + quote(s[:i])
	}
	return s, "code " + quote(s) + " is not a CAMEO code (kept as written)"
}

func quote(s string) string { return "\"" + s + "\"" }
