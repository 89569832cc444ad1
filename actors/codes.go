package actors

import (
	"strings"
)

// cameoRoles are the CAMEO sector and role codes (three letters each). The agents
// dictionary adds any other it uses.
const cameoRoles = "GOV MIL REB OPP PTY COP JUD SPY MED EDU BUS CRM CVL LAB LEG HLH REF MOD RAD ELI INS SEP UAF AGR DEV ENV HRI NGM PPL UNR OCC PRE"

// sectorCodes are the three-letter codes that name a part of some country:
// the CAMEO sector and role codes, the religious sector REL and the
// militarized group IMG. Alone they name no actor.
const sectorCodes = cameoRoles + " IMG REL"

// IsSectorCode reports whether code begins with a sector or role code (GOV,
// MIL, EDU, REL …): the code of a bare agent ("officials", "a professor")
// that names an actor only once a country is composed with it. Religions
// (JEW, MUS), IGO, NGO and country codes are not sector codes, nor a longer
// code led by IMG (a named international militarized group); the bare IMG
// ("international terrorists") is.
func IsSectorCode(code string) bool {
	if len(code) < 3 || (len(code) > 3 && code[:3] == "IMG") {
		return false // IMGMUSALQ (al-Qaeda) names a group of its own, as an IGO code does
	}
	for i := 0; i+3 <= len(sectorCodes); i += 4 {
		if sectorCodes[i:i+3] == code[:3] {
			return true
		}
	}
	return false
}

// groupRoles mark armed non-state groups.
var groupRoles = map[string]bool{"REB": true, "INS": true, "SEP": true, "UAF": true, "IMG": true, "RAD": true}

// codeInfo splits CAMEO codes into their parts.
type codeInfo struct {
	countries map[string]bool // three-letter country and region codes
	roles     map[string]bool // three-letter sector/role codes
}

// chunks splits a code into three-letter parts (a shorter tail is its own part).
func chunks(code string) []string {
	var out []string
	for len(code) > 3 {
		out = append(out, code[:3])
		code = code[3:]
	}
	if code != "" {
		out = append(out, code)
	}
	return out
}

// split returns the country and the role part of code: "RUSGOV" → RUS, GOV;
// "PSEREBHMS" → PSE, REB; "IGOUNOJUDICJ" → "", JUD; "NGOUSAEDU" → USA, EDU.
func (ci *codeInfo) split(code string) (country, agent string) {
	cs := chunks(code)
	if len(cs) == 0 {
		return "", ""
	}
	i := 0
	switch {
	case ci.countries[cs[0]]:
		country, i = cs[0], 1
	case cs[0] == "IGO" || cs[0] == "NGO" || cs[0] == "MNC" || cs[0] == "IMG":
		i = 1
		if len(cs) > 1 && ci.countries[cs[1]] {
			country, i = cs[1], 2
		}
	}
	var b strings.Builder
	for _, c := range cs[i:] {
		if ci.roles[c] {
			b.WriteString(c)
		}
	}
	return country, b.String()
}

// typeOf tells the mention type of a dictionary actor code. person is true when
// the entry looks like a person (date-restricted codes or a CountryInfo leader).
func (ci *codeInfo) typeOf(code string, person bool) string {
	cs := chunks(code)
	switch {
	case len(cs) == 0:
		return TypeOrg
	case len(cs) == 1 && ci.countries[cs[0]]:
		return TypeCountry
	case person:
		return TypePerson
	case cs[0] == "IGO":
		return TypeIGO
	case cs[0] == "IMG":
		return TypeGroup
	}
	for _, c := range cs[1:] {
		if groupRoles[c] {
			return TypeGroup
		}
	}
	return TypeOrg
}

// compose joins a country (or organisation) code and an agent code: "CHN" + "GOV"
// → CHNGOV; an organisation code longer than a country keeps its own code
// (Hamas + delegation → Hamas's code); a prefix agent goes first (NGO~ + USA →
// NGOUSA).
func (ci *codeInfo) compose(base, agent string, prefix bool) string {
	switch {
	case agent == "":
		return base
	case base == "":
		return agent
	case len(base) > 3 || !ci.countries[base]:
		return base
	case prefix:
		return agent + base
	}
	return base + agent
}

// composeEach composes lead + code + agent for every code of an actor with
// several (see compose); it returns nil for an actor with one code.
func (ci *codeInfo) composeEach(codes []string, lead, agent string, prefix bool) []string {
	if len(codes) < 2 {
		return nil
	}
	out := make([]string, 0, len(codes))
	for _, code := range codes {
		out = append(out, lead+ci.compose(code, agent, prefix))
	}
	return out
}

// refines reports whether code a is code b with a country before it: b is a
// bare role (LEG) and a is a country's (USALEG).
func (ci *codeInfo) refines(a, b string) bool {
	if len(a) <= len(b) || !IsSectorCode(b) || a[len(a)-len(b):] != b {
		return false
	}
	country, _ := ci.split(a)
	return country != "" && len(country)+len(b) == len(a)
}
