package actors

import (
	"context"
	"log/slog"
	"sort"
	"strings"

	"entente/actors/dict"
)

// specialWords are the ids of the words composition looks at.
type specialWords struct {
	possessive, apostrophe, hyphen, the, of, a, an uint32
	dollar                                         uint32 // "$" of "US$"
	and, or, comma                                 uint32
	postings                                       map[uint32]bool // to, at, for: a posting, not a nationality
	ofIn                                           map[uint32]bool // of, in, from: the country of the agent
	modifiers                                      map[uint32]bool // former, deputy, current, ...
	former                                         uint32
	at                                             uint32          // "officials at the French embassy": whose, before a nationality
	particles                                      map[uint32]bool // name particles: al, bin, de, van, ...
	negPrefix                                      map[uint32]bool // anti-, pro-, non-
	// envoys are the role words of a country's representatives to an
	// organisation ("Russian U.N. Ambassador", envoys.go).
	envoys map[uint32]bool
	// unposted are agent codes of units sent somewhere (military, police):
	// "troops to Iraq" is where they go, no posting.
	unposted map[string]bool
	// noName are agent codes (religions) after which a capitalised word is not a
	// person's name ("Jewish Insider").
	noName map[string]bool
	// notName are capitalised words that are not part of a person's name: titles,
	// months, days.
	notName map[uint32]bool
	// honorifics are the titles and forms of address before a name that are
	// not part of it ("Mr", "Sheikh", "Gen"; see longnames.go).
	honorifics map[uint32]bool
	// address are the forms of address before a surname ("Mr. King"), and
	// articles the words before a noun that no name follows ("the House
	// Speaker"); see personnames.go.
	address, articles map[uint32]bool
	// institutions are role words that end the names of bodies, not people
	// ("Hofstra University", "Ora Media"): never a surname.
	institutions map[uint32]bool
	// bodyEnds end the names of bodies, laws and programmes: no person's
	// name after a role ends in one (composerole.go).
	bodyEnds map[uint32]bool
	// locatives stand before a place named with its state ("in Toledo,
	// Ohio"); etc is ETC, which ends lists (personnames.go).
	locatives map[uint32]bool
	etc       uint32
	// qualifiers are the words of direction and extent that stand before a
	// place's name ("Northern Ireland", "Western Kampuchea"): no first names.
	qualifiers map[uint32]bool
	// stateWords name a kind of state after a country's word ("Comoros
	// Islands", "Malagasy Republic").
	stateWords map[uint32]bool
	// forces is FORCES, also a verb; objects are the determiners and pronouns
	// that follow the verb, toInto "to" and "into" (forces.go).
	forces          uint32
	objects, toInto map[uint32]bool
	join            map[uint32]bool
	// functionWords end a person's name after a role (composerole.go): a
	// headline's "As", "When", "Now" are no names.
	functionWords map[uint32]bool
	// notAdjective are words that end a run of adjectives (see adjectives.go).
	notAdjective map[uint32]bool
	// things are nouns for things that a religion or nationality qualifies
	// ("the Muslim holiday"): no actor then (things.go).
	things map[uint32]bool
	// demonyms[id] is true for the last words of CountryInfo's nationality
	// forms that are adjectives (demonyms.go: "ISRAELI", "AFRICAN" of "SOUTH
	// AFRICAN"; not BRITAIN, US or REPUBLIC of "CZECK_REPUBLIC"), which other
	// adjectives may follow before a role (nationality.go). Indexed by word id.
	demonyms []bool
}

func (d *Dictionary) internSpecial() {
	set := func(ws ...string) map[uint32]bool {
		m := make(map[uint32]bool, len(ws))
		for _, w := range ws {
			m[d.intern(w)] = true
		}
		return m
	}
	s := &d.special
	s.possessive = d.intern("'S")
	s.apostrophe = d.intern("'")
	s.hyphen = d.intern("-")
	s.dollar = d.intern("$")
	s.the = d.intern("THE")
	s.of = d.intern("OF")
	s.a = d.intern("A")
	s.an = d.intern("AN")
	s.former = d.intern("FORMER")
	s.postings = set("TO", "AT", "FOR")
	s.at = d.intern("AT")
	s.and = d.intern("AND")
	s.or = d.intern("OR")
	s.comma = d.intern(",")
	s.ofIn = set("OF", "IN", "FROM")
	s.modifiers = set("FORMER", "CURRENT", "ACTING", "NEW", "THEN", "TOP", "SENIOR", "DEPUTY", "VICE", "ASSISTANT", "ASSOCIATE",
		"UNDER", "EXECUTIVE", "SPECIAL", "PERMANENT", "INTERIM", "OUTGOING", "INCOMING", "LATE", "FIRST", "CHIEF", "ORDINARY",
		"SEVERAL", "TWO", "THREE", "SOME", "MANY", "LOCAL", "NATIONAL", "STATE", "FEDERAL", "PROVINCIAL", "REGIONAL",
		"MUNICIPAL", "CITY")
	s.notName = set("DIRECTOR", "GENERAL", "HEAD", "SECRETARY", "CHAIR", "CHAIRMAN", "CHAIRWOMAN", "COORDINATOR", "ADVISER",
		"ADVISOR", "COUNSELOR", "FELLOW", "MINISTER", "MINISTRY", "PRESIDENT", "SPOKESMAN", "SPOKESWOMAN", "SPOKESPERSON",
		"JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER",
		"JAN", "FEB", "MAR", "APR", "JUN", "JUL", "AUG", "SEP", "SEPT", "OCT", "NOV", "DEC",
		"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY", "I", "WE", "HE", "SHE", "THEY", "IT", "THE")
	s.unposted = map[string]bool{"MIL": true, "COP": true}
	s.envoys = set("AMBASSADOR", "AMBASSADORS", "ENVOY", "ENVOYS", "REPRESENTATIVE", "REPRESENTATIVES", "DELEGATE",
		"DELEGATES", "DELEGATION", "DELEGATIONS", "DIPLOMAT", "DIPLOMATS", "EMISSARY", "NEGOTIATOR", "NEGOTIATORS", "MISSION")
	s.noName = map[string]bool{"JEW": true, "MUS": true, "CHR": true, "BUD": true, "HIN": true, "REL": true, "PPL": true, "CVL": true}
	s.particles = set("AL", "EL", "BIN", "BEN", "IBN", "DE", "DA", "DEL", "DI", "DOS", "DU", "LA", "LE", "VAN", "VON", "DER", "DEN", "TER", "Y")
	s.negPrefix = set("ANTI", "PRO", "NON")
	s.honorifics = set("MR", "MRS", "MS", "MISS", "MADAM", "DR", "SIR", "LADY", "LORD", "DAME", "PROF", "PROFESSOR", "REV",
		"REVEREND", "FATHER", "POPE", "SHEIKH", "SHEIK", "KING", "QUEEN", "PRINCE", "PRINCESS", "EMIR", "SULTAN", "AYATOLLAH",
		"IMAM", "RABBI", "GEN", "COL", "LT", "CAPT", "MAJ", "SGT", "ADM", "SEN", "SENATOR", "REP", "REPRESENTATIVE", "GOV",
		"GOVERNOR", "PRES", "PREMIER", "CHANCELLOR", "AMB", "AMBASSADOR", "JUDGE", "JUSTICE", "MAYOR", "CONGRESSMAN",
		"CONGRESSWOMAN", "COMMANDER", "MARSHAL", "FIELD", "FIRST", "VICE", "FORMER", "LATE", "DEPUTY")
	s.address = set("MR", "MRS", "MS")
	s.institutions = set("UNIVERSITY", "UNIVERSITIES", "COLLEGE", "COLLEGES", "SCHOOL", "SCHOOLS", "ACADEMY", "INSTITUTE",
		"COURT", "COURTS", "TRIBUNAL", "MEDIA", "TELEVISION", "TV", "RADIO", "NEWS", "PRESS", "NETWORK", "CORPORATION",
		"COMPANY", "COMPANIES", "BANK", "INDUSTRY", "INDUSTRIES", "GROUP", "HOSPITAL", "CLINIC", "CHURCH", "MOSQUE",
		"ARMY", "NAVY", "POLICE", "GUARD", "FORCE", "FORCES", "GOVERNMENT", "ADMINISTRATION", "MINISTRY", "DEPARTMENT",
		"OFFICE", "BUREAU", "AGENCY", "COMMISSION", "COMMITTEE", "COUNCIL", "PARLIAMENT", "ASSEMBLY", "SENATE",
		"CONGRESS", "PARTY", "UNION", "PRISON", "PRISONS", "FOUNDATION", "MOVEMENT", "PRESIDENTS", "PEOPLE")
	s.bodyEnds = set("COMMITTEE", "COMMITTEES", "CENTER", "CENTRE", "CONVENTION", "SERVICE", "SERVICES", "FUND",
		"PROGRAM", "PROGRAMME", "PROJECT", "INITIATIVE", "ACT", "PLAN", "SYSTEM", "REFORM", "DIVISION", "UNIT",
		"BOARD", "TASK", "AUTHORITY", "CONFERENCE", "FORUM", "SUMMIT", "TREATY", "AGREEMENT", "ACCORD")
	for id := range s.institutions {
		s.bodyEnds[id] = true
	}
	s.locatives = set("IN", "AT", "NEAR", "FROM")
	s.etc = d.intern("ETC")
	s.qualifiers = set("NORTH", "SOUTH", "EAST", "WEST", "NORTHERN", "SOUTHERN", "EASTERN", "WESTERN", "CENTRAL",
		"NORTHEAST", "NORTHWEST", "SOUTHEAST", "SOUTHWEST", "NORTHEASTERN", "NORTHWESTERN", "SOUTHEASTERN",
		"SOUTHWESTERN", "UPPER", "LOWER", "GREATER", "INNER", "OUTER", "MAINLAND")
	s.stateWords = set("REPUBLIC", "ISLANDS", "ISLAND", "KINGDOM", "FEDERATION", "EMIRATE", "EMIRATES",
		"PRINCIPALITY", "STATE", "STATES", "COMMONWEALTH", "TERRITORY", "TERRITORIES", "UNION")
	s.forces = d.intern("FORCES")
	s.objects = set("THE", "A", "AN", "THIS", "THAT", "THESE", "THOSE", "HIM", "HER", "THEM", "US", "ME", "IT", "ITS",
		"HIS", "THEIR", "OUR", "MY", "YOUR", "EVERYONE", "EVERYBODY", "ANYONE", "SOMEONE", "ALL", "ANY", "SOME", "MANY")
	s.toInto = set("TO", "INTO")
	s.functionWords = set(strings.Fields(`A AN THE THIS THAT THESE THOSE SOME ANY NO NOT EACH EVERY ALL BOTH
		HIS HER ITS THEIR OUR MY YOUR WHOSE WHO WHOM WHICH WHAT HE SHE IT THEY WE I YOU THEM HIM OF IN ON AT TO
		FOR FROM WITH BY AS INTO ONTO OVER UNDER ABOUT AGAINST BETWEEN AMONG DURING AFTER BEFORE SINCE UNTIL
		WHILE WHEN WHERE THAN THEN THERE HERE ALSO ONLY JUST EVEN STILL NOW AND OR BUT NOR YET IF BECAUSE
		THOUGH ALTHOUGH WHETHER IS ARE WAS WERE BEEN BEING HAS HAVE HAD DOES DID WOULD SHALL SHOULD COULD
		MIGHT MUST SAYS`)...)
	s.join = set("JOIN", "JOINS", "JOINED", "JOINING")
	s.articles = set("THE", "A", "AN", "THIS", "THAT", "ITS", "HIS", "HER", "THEIR", "OUR")
	s.notAdjective = set(strings.Fields(notAdjectives)...)
	s.things = set(strings.Fields(thingNouns)...)
}

// build compiles set.
func build(ctx context.Context, set *dict.Set, logger *slog.Logger) (*Dictionary, error) {
	d := &Dictionary{
		words: newWordTable(),
		trie:  newTrie(),
		names: map[string]string{},
		codes: codeInfo{countries: map[string]bool{}, roles: map[string]bool{}},
	}
	d.internSpecial()
	d.stats = Stats{Actors: len(set.Actors), Agents: len(set.Agents), Discards: len(set.Discards),
		Issues: len(set.Issues), Countries: len(set.Countries), Warnings: len(set.Warnings), Files: map[string][]string{}}
	for k, fs := range set.Files {
		d.stats.Files[k.String()] = fs
	}

	// Code parts: roles from CAMEO and the agents, countries from CountryInfo and
	// the bare three-letter codes of the actor dictionaries.
	for _, r := range strings.Fields(cameoRoles) {
		d.codes.roles[r] = true
	}
	for _, a := range set.Agents {
		for _, c := range chunks(a.Code) {
			if len(c) == 3 && c != "IGO" && c != "NGO" {
				d.codes.roles[c] = true
			}
		}
	}
	// A code's name is its country's: the entry whose ISO 3166 code is the
	// code, else the first ("FRA" is France, not Mayotte or Saint Barthelemy,
	// territories CountryInfo codes FRA too).
	for _, c := range set.Countries {
		if len(c.Code) == 3 && !d.codes.roles[c.Code] {
			d.codes.countries[c.Code] = true
			if _, ok := d.names[c.Code]; !ok || c.Codes["ISO3166-alpha3"] == c.Code {
				d.names[c.Code] = titleCase(strings.Join(c.Name.Words, " "))
			}
		}
	}
	country := func(c string) {
		if len(c) == 3 && !d.codes.roles[c] && c != "IGO" && c != "NGO" && c != "MNC" {
			d.codes.countries[c] = true
		}
	}
	for _, a := range set.Actors {
		for _, r := range a.Rules {
			country(r.Code)
			for _, c := range r.Also {
				country(c)
			}
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	// Actor phrases, in priority order: capitals as metonyms, the actor
	// dictionaries, then CountryInfo names and nationality forms. Singular forms of
	// every entry go in before any generated plural.
	type pending struct {
		p     dict.Phrase
		entry int32
	}
	var forms, plurals []pending
	add := func(e entry, phrases []dict.Phrase) {
		idx := int32(len(d.entries))
		d.entries = append(d.entries, e)
		for _, p := range phrases {
			for i, f := range p.Forms() {
				if i == 0 {
					forms = append(forms, pending{f, idx})
				} else {
					plurals = append(plurals, pending{f, idx})
				}
			}
		}
	}
	// Capitals: a name that is the capital of several countries is left out.
	capOf := map[string][]string{}
	capPhrase := map[string]dict.Phrase{}
	for _, c := range set.Countries {
		for _, p := range c.Capital {
			k := strings.Join(p.Words, " ")
			if len(capOf[k]) == 0 || capOf[k][len(capOf[k])-1] != c.Code {
				capOf[k] = append(capOf[k], c.Code)
			}
			capPhrase[k] = p
		}
	}
	capNames := make([]string, 0, len(capOf))
	for k := range capOf {
		capNames = append(capNames, k)
	}
	sort.Strings(capNames)
	for _, k := range capNames {
		cs := capOf[k]
		if len(cs) > 1 || !d.codes.countries[cs[0]] {
			logger.Debug("capital left out", "name", k, "countries", cs)
			continue
		}
		code := cs[0]
		add(entry{name: titleCase(k), id: "gov/" + code, rules: []dict.Rule{{Code: code + "GOV"}},
			typ: TypeMetonym, country: code}, []dict.Phrase{capPhrase[k]})
	}
	d.surnames = surnameIndex{}
	owner := map[uint32]string{}
	for i := range set.Actors {
		a := &set.Actors[i]
		person := personEntry(a)
		name := casedWords(a.Name(), person)
		id := "dict/" + slug(name)
		if code, ok := d.countryAlias(a.Rules, person); ok {
			// ISRAEL_, PRC_, JEWISH_STATE_: one country, one entity
			name, id = d.names[code], "country/"+code
		}
		add(entry{name: name, id: id, rules: a.Rules, person: person}, a.Phrases)
		idx := int32(len(d.entries) - 1)
		for _, p := range withoutAcronyms(a.Phrases) {
			plurals = append(plurals, pending{p, idx}) // after every phrase as written
		}
		if leaderEntry(a) {
			d.addPerson(d.surnames, owner, idx, name, a.Phrases)
		}
	}
	var demonyms []uint32
	countryNames, nameEnds := countryNameWords(set.Countries)
	for i := range set.Countries {
		c := &set.Countries[i]
		if !d.codes.countries[c.Code] {
			continue
		}
		ps := append([]dict.Phrase{c.Name}, c.Nationality...)
		add(entry{name: d.names[c.Code], id: "country/" + c.Code, rules: []dict.Rule{{Code: c.Code}},
			typ: TypeCountry, country: c.Code}, ps)
		for _, p := range demonymPlurals(c, countryNames) {
			plurals = append(plurals, pending{p, int32(len(d.entries) - 1)})
		}
		for _, p := range c.Nationality {
			if n := len(p.Words); n > 0 && !countryNames[strings.Join(p.Words, " ")] && !nameEnds[p.Words[n-1]] &&
				adjectival(p.Words[n-1]) {
				demonyms = append(demonyms, d.intern(p.Words[n-1]))
			}
		}
	}
	for i := range d.entries {
		e := &d.entries[i]
		e.views = make([]codeView, len(e.rules))
		e.lasting = d.codes.lasting(e.rules)
		for k, r := range e.rules {
			v := codeView{code: r.Code, typ: e.typ, country: e.country}
			if v.typ == "" {
				v.typ = d.codes.typeOf(r.Code, e.person)
			}
			c, a := d.codes.split(r.Code)
			if v.country == "" {
				v.country = c
			}
			v.agent = a
			if len(r.Also) > 0 {
				v.codes = r.Codes()
			}
			e.views[k] = v
		}
	}
	var ids []uint32
	for _, group := range [][]pending{forms, plurals} {
		for _, f := range group {
			ids = d.appendIDs(ids[:0], f.p.Words)
			node := d.trie.insert(ids, f.p.Gaps)
			if d.trie.info[node].actor >= 0 {
				d.stats.Duplicates++
				continue
			}
			d.trie.info[node].actor = f.entry
			d.stats.Phrases++
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	// Agents. A few Phoenix agents end in a TABARI stem ("DEFENSE_MINIST"): a last
	// word that no actor phrase uses and that the vocabulary extends with a noun
	// ending (MINIST → MINISTER, MINISTRY...) gets those words as extra forms.
	actorVocab := d.words.len()
	for i := range set.Agents {
		a := &set.Agents[i]
		idx := int32(len(d.agents))
		d.agents = append(d.agents, agentEntry{code: a.Code, prefix: a.Prefix, name: titleCase(strings.Join(a.Phrase.Words, " "))})
		forms := a.Forms()
		if p := a.Phrase; !p.NoPlural && a.Plurals == nil && len(p.Words) > 0 {
			last := p.Words[len(p.Words)-1]
			if id := d.words.getString(last); id == 0 || int(id) > actorVocab {
				for _, suf := range stemSuffixes {
					if id := d.words.getString(last + suf); id != 0 && int(id) <= actorVocab {
						q := p
						q.Words = append(append([]string(nil), p.Words[:len(p.Words)-1]...), last+suf)
						forms = append(forms, q)
					}
				}
			}
		}
		for _, f := range forms {
			ids = d.appendIDs(ids[:0], f.Words)
			node := d.trie.insert(ids, f.Gaps)
			if d.trie.info[node].agent >= 0 {
				d.stats.Duplicates++
				continue
			}
			d.trie.info[node].agent = idx
			d.stats.Phrases++
		}
	}

	d.dropCommonSurnames(set)
	d.special.demonyms = make([]bool, d.words.len()+1)
	for _, id := range demonyms {
		d.special.demonyms[id] = true
	}

	d.discards = d.buildDiscards(set.Discards)
	d.issues = d.buildIssues(set.Issues)
	d.stats.Words = d.words.len()
	d.stats.Nodes = len(d.trie.info) - 1
	d.pool.New = func() any { return new(scratch) }
	return d, nil
}

// stemSuffixes are the endings tried on an agent stem.
var stemSuffixes = []string{"ER", "ERS", "RY", "RIES", "Y", "IES"}

// titleCase turns "VLADIMIR PUTIN" into "Vladimir Putin"; words with periods or
// without vowels, and words of one or two letters, stay upper case ("U.N.",
// "FSB", "UN").
func titleCase(s string) string { return casedWords(s, false) }

// casedWords is titleCase, with short words cased as names when the name
// is a person's, whose short words are name parts, not abbreviations:
// "WANG YI" is "Wang Yi", "XI JINPING" "Xi Jinping".
func casedWords(s string, person bool) string {
	var b strings.Builder
	b.Grow(len(s))
	i := 0
	for _, f := range strings.Fields(s) {
		if i > 0 {
			b.WriteByte(' ')
		}
		i++
		switch {
		case i > 1 && smallWords[f]:
			b.WriteString(strings.ToLower(f))
			continue
		case strings.IndexByte(f, '.') >= 0 || !strings.ContainsAny(f, "AEIOUY") || (len(f) <= 2 && !person):
			b.WriteString(f)
			continue
		}
		up := true
		for _, r := range f {
			if !up && r < 0x80 && r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			} else if !up && r >= 0x80 {
				r = []rune(strings.ToLower(string(r)))[0]
			}
			b.WriteRune(r)
			up = r == '-' || r == '\''
		}
	}
	return b.String()
}

// smallWords stay lower case inside a title-cased name.
var smallWords = map[string]bool{"OF": true, "THE": true, "AND": true, "FOR": true, "IN": true, "ON": true, "AT": true, "TO": true, "DE": true, "DEL": true, "LA": true, "AL": true, "BIN": true, "VAN": true, "VON": true}

// countryAlias reports whether an actor entry with these rules is another
// name of a country: one undated rule whose code is a country's, not a
// person. Such entries share the country's entity ("country/ISR").
func (d *Dictionary) countryAlias(rules []dict.Rule, person bool) (string, bool) {
	if person || len(rules) != 1 || rules[0].Dated() || len(rules[0].Also) > 0 {
		return "", false
	}
	code := rules[0].Code
	return code, d.codes.countries[code] && d.names[code] != ""
}

// slug turns a name into a lower-case identifier: "Vladimir Putin" → vladimir-putin.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 0x7f {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
			continue
		}
		dash = true
	}
	return b.String()
}
