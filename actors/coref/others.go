package coref

import (
	"sort"
	"strconv"
	"strings"

	"entente/actors"
	"entente/syntax/tree"
)

// actorMention makes a mention of a dictionary actor that no name run took.
func (b *builder) actorMention(s *tree.Sentence, a actors.Mention, used []bool) (Mention, bool) {
	lo, hi := s.WordAt(a.Start), s.WordAt(a.End-1)
	if lo < 0 || hi < 0 {
		return Mention{}, false
	}
	for i := lo; i <= hi; i++ {
		if used[i] {
			return Mention{}, false
		}
	}
	var e Entity
	key := ""
	switch a.Type {
	case actors.TypeCountry, actors.TypeMetonym:
		e = Entity{Name: a.Name, Kind: KindCountry, Code: a.Code, Country: a.Country}
		key = "actor:" + a.Code + ":" + lower(a.Name)
	case actors.TypeOrg, actors.TypeIGO:
		e = Entity{Name: a.Name, Kind: KindOrg, Code: a.Code, Country: a.Country}
		key = "org:" + lower(a.Name)
	case actors.TypeGroup:
		e = Entity{Name: a.Name, Kind: KindGroup, Code: a.Code, Country: a.Country, Plural: true}
		key = "actor:" + a.Code + ":" + lower(a.Name)
	case actors.TypePerson:
		e = Entity{Name: a.Name, Kind: KindPerson, Code: a.Code, Country: a.Country, Role: a.Role}
		key = "person:" + lower(a.Name)
	default:
		return Mention{}, false // bare agents ("officials") are descriptions
	}
	if e.Name == "" {
		e.Name = a.Text
	}
	e.ActorEntity = a.EntityID
	id := b.entity(key, e)
	for i := lo; i <= hi; i++ {
		used[i] = true
	}
	return b.mention(s, lo, hi, headOf(s, lo, hi), id, FormActor), true
}

// description makes a mention of a determined noun phrase headed by a role noun:
// "a diplomatic source" starts an entity, "the diplomatic source" refers back to
// it, "the minister" to the last person whose role is a minister.
func (b *builder) description(s *tree.Sentence, i int, here []Mention) (Mention, bool) {
	if s.UPOS(i) != "NOUN" || !roleNouns[lower(s.Form(i))] {
		return Mention{}, false
	}
	// An appositive describes the name it follows: "Ksenia Svetlova, a senior
	// fellow" is one person.
	if s.Rel(i) == "appos" {
		h := s.Head(i)
		for _, m := range here {
			if m.Sentence == s.Index && m.Word == h {
				lo, hi := s.SubtreeExcept(i, "acl", "acl:relcl", "nmod", "appos", "punct")
				return b.mention(s, lo, hi, i, m.Entity, FormDescription), true
			}
		}
	}
	det := s.Child(i, "det")
	if det < 0 {
		return Mention{}, false
	}
	d := lower(s.Form(det))
	definite := d == "the" || d == "this" || d == "that"
	if !definite && d != "a" && d != "an" {
		return Mention{}, false
	}
	lo := det
	var mods []string
	for _, c := range s.Children(i) {
		if c < i && (s.Rel(c) == "amod" || s.Rel(c) == "compound") {
			mods = append(mods, lower(s.Form(c)))
			lo = min(lo, c)
		}
	}
	head := lower(s.Form(i))
	sort.Strings(mods)
	text := b.src[s.Words[lo].Start:s.Words[i].End]
	if definite {
		if id, ok := b.findDescribed(head, mods); ok {
			return b.mention(s, lo, i, i, id, FormDescription), true
		}
	}
	name := text
	if definite {
		name = "the " + b.src[s.Words[lo+1].Start:s.Words[i].End]
	}
	key := "desc:" + head + ":" + strings.Join(mods, " ") + ":" + strconv.Itoa(len(b.doc.Entities))
	if definite {
		key = "desc:" + head + ":" + strings.Join(mods, " ")
	}
	id := b.entity(key, Entity{Name: name, Kind: KindDescription, Plural: pluralRoles[head],
		Role: strings.TrimSpace(strings.Join(append(mods, head), " "))})
	b.doc.Entities[id].Role = roleOfDescription(b.src[s.Words[lo].Start:s.Words[i].End])
	return b.mention(s, lo, i, i, id, FormDescription), true
}

// findDescribed finds the entity a definite description refers back to: the
// latest description with the same head noun whose modifiers include these, or
// the latest person whose role holds the head noun.
func (b *builder) findDescribed(head string, mods []string) (int, bool) {
	for k := len(b.doc.Mentions) - 1; k >= 0; k-- {
		e := b.doc.Entities[b.doc.Mentions[k].Entity]
		switch e.Kind {
		case KindDescription:
			words := strings.Fields(lower(e.Role))
			if len(words) > 0 && words[len(words)-1] == head && containsAll(words, mods) {
				return e.ID, true
			}
		case KindPerson:
			if strings.Contains(lower(e.Role), head) {
				return e.ID, true
			}
		}
	}
	return 0, false
}

// roleOfDescription drops the determiner: "a diplomatic source" → "diplomatic source".
func roleOfDescription(np string) string {
	f := strings.Fields(np)
	if len(f) > 1 {
		return strings.Join(f[1:], " ")
	}
	return np
}

func containsAll(words, want []string) bool {
	for _, w := range want {
		found := false
		for _, x := range words {
			found = found || x == w
		}
		if !found {
			return false
		}
	}
	return true
}

// pronoun resolves he, she or they (and their object and possessive forms) to
// the nearest earlier mention, outside quotations, of a compatible entity.
func (b *builder) pronoun(s *tree.Sentence, i int, gender string, here []Mention) (Mention, bool) {
	off := s.Words[i].Start
	pick := func(m Mention) (int, bool) {
		if m.InQuote || m.Start >= off {
			return 0, false
		}
		return b.fits(m, gender)
	}
	if id, ok := b.cataphor(s, i, gender, here); ok {
		return b.mention(s, i, i, i, id, FormPronoun), true
	}
	// The nearest compatible subject within this and the previous sentence,
	// else the nearest compatible mention.
	id, ok := -1, false
	subjID, subjOK := -1, false
	bestStart, subjStart := -1, -1
	for _, m := range here { // here is not in text order yet
		if cand, good := pick(m); good {
			if m.Start > bestStart {
				id, ok, bestStart = cand, true, m.Start
			}
			if m.Subject && m.Start > subjStart {
				subjID, subjOK, subjStart = cand, true, m.Start
			}
		}
	}
	for k := len(b.doc.Mentions) - 1; k >= 0 && (!ok || !subjOK); k-- {
		m := b.doc.Mentions[k]
		if s.Index-m.Sentence > lookback {
			break
		}
		cand, good := pick(m)
		if !good {
			continue
		}
		if !ok {
			id, ok = cand, true
		}
		if !subjOK && m.Subject && s.Index-m.Sentence <= 1 {
			subjID, subjOK = cand, true
		}
	}
	if subjOK {
		id, ok = subjID, true
	}
	if !ok {
		return Mention{}, false
	}
	if gender == "p" {
		// "… a long list of Western leaders visiting Israel. They have been
		// treating …": a plural noun after the nearest candidate is the
		// antecedent, and it names no entity
		plural := lastPlural(s, i, here)
		if plural < 0 {
			plural = b.prevPlural
		}
		last := b.lastMentionOf(id, off)
		for _, m := range here {
			if m.Entity == id && m.Start < off && m.Start > last {
				last = m.Start
			}
		}
		if plural > last {
			return Mention{}, false
		}
	}
	if e := b.doc.Entities[id]; e.Gender == "" && gender != "p" {
		e.Gender = gender
	}
	return b.mention(s, i, i, i, id, FormPronoun), true
}

// fits reports whether mention m's entity can be what a pronoun of the
// given gender ("p": plural) refers to, and returns its id.
func (b *builder) fits(m Mention, gender string) (int, bool) {
	e := b.doc.Entities[m.Entity]
	if gender == "p" {
		return e.ID, e.Plural || e.Kind == KindOrg || e.Kind == KindGroup
	}
	if e.Kind != KindPerson && e.Kind != KindDescription || e.Plural {
		return 0, false
	}
	return e.ID, e.Gender == "" || e.Gender == gender
}

// cataphor resolves a possessive pronoun in a fronted phrase to the subject
// that follows the phrase ("For his part, Mr. Obama said …", "In their
// statement, the ministers said …"): the phrase opens the sentence, has no
// finite verb and ends at a comma, and the first mention after the comma,
// within two words of it, is a fitting clause subject outside quotations
// whose gender is known (a singular pronoun).
func (b *builder) cataphor(s *tree.Sentence, i int, gender string, here []Mention) (int, bool) {
	if !possessives[lower(s.Form(i))] {
		return 0, false
	}
	comma := -1
	for k := 0; k < s.Len() && comma < 0; k++ {
		switch {
		case s.Form(k) == ",":
			comma = k
		case finiteTags[s.Tokens[k].XPOS]:
			return 0, false
		}
	}
	if comma < i || comma+1 >= s.Len() {
		return 0, false
	}
	after, limit := s.Words[comma].End, s.Words[min(comma+3, s.Len()-1)].Start
	var first *Mention
	for k := range here { // here is not in text order yet
		if m := &here[k]; m.Start >= after && (first == nil || m.Start < first.Start) {
			first = m
		}
	}
	if first == nil || first.Start > limit || !first.Subject || first.InQuote {
		return 0, false
	}
	if e := b.doc.Entities[first.Entity]; gender != "p" && e.Gender != gender {
		return 0, false // a gender not yet known is no evidence for a forward reference
	}
	return b.fits(*first, gender)
}

// possessives are the possessive pronouns a fronted phrase may hold.
var possessives = setOf("his", "her", "their")

// finiteTags are the Penn tags of finite verbs and modals.
var finiteTags = setOf("VBD", "VBZ", "VBP", "MD")

// lastMentionOf returns the start of entity id's last mention before off, or
// -1.
func (b *builder) lastMentionOf(id, off int) int {
	for k := len(b.doc.Mentions) - 1; k >= 0; k-- {
		if m := b.doc.Mentions[k]; m.Entity == id && m.Start < off {
			return m.Start
		}
	}
	return -1
}
