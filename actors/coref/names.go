package coref

import (
	"strings"

	"entente/actors"
	"entente/syntax/tree"
)

// nameRun turns the capitalised words lo..hi into a person or organisation
// mention. Runs that a dictionary actor of another kind covers whole (a country,
// an IGO, a group) are left to actorMention.
func (b *builder) nameRun(s *tree.Sentence, lo, hi int, acts []actors.Mention, here []Mention) (Mention, bool) {
	act, hasAct := coveringActor(s, lo, hi, acts)
	last, lastOK := coveringActor(s, hi, hi, acts)
	if !hasAct && lastOK && last.Type == actors.TypePerson && last.Start > s.Words[lo].Start {
		// a person the actor stage found at the end of the run, after a role
		// it did not compose ("NATO Secretary-General Jens Stoltenberg")
		act, hasAct = last, true
	}
	if hasAct && act.Type != actors.TypePerson && !(act.Type == actors.TypeAgent && isOrgRun(s, lo, hi)) {
		return Mention{}, false // a country, a group, or people by role ("American Jews")
	}
	nameStart := -1 // where the actor stage's person name starts in the text
	if hasAct && act.Type == actors.TypePerson && act.Name != "" {
		if i := strings.LastIndex(act.Text, act.Name); i >= 0 {
			nameStart = act.Start + i
		}
	}
	if nameStart >= 0 && s.Words[hi].End <= nameStart {
		return Mention{}, false // "Russia" of "Russia's Deputy Foreign Minister Sergei Ryabkov": the role's country
	}
	if lastOK && last.Type != actors.TypePerson && last.Type != actors.TypeAgent {
		return Mention{}, false // "Nazi Germany": the run ends in a country
	}
	for i := lo; i <= hi; i++ {
		if thingWords[lower(s.Form(i))] {
			return Mention{}, false
		}
	}
	// Leading title words and nationalities are the role, not the name.
	first := lo
	gender := ""
	for first < hi && (titleWords[lower(s.Form(first))] || isNationality(s, first, acts) ||
		isNationalityAdj(s, first) && (s.UPOS(first) == "ADJ" || titleWords[lower(s.Form(first+1))])) {
		if g := honorificGender[lower(s.Form(first))]; g != "" {
			gender = g
		}
		first++
	}
	// "Director-General for Eurasia Simona Halperin": the word after "for"/"of"
	// a title is its domain.
	roleStart := lo
	if hi-first >= 2 && lo >= 2 && isTitlePreposition(s.Form(lo-1)) &&
		(titleWords[lower(s.Form(lo-2))] || strings.Contains(s.Form(lo-2), "-")) {
		first++
		// The role runs back over the title: "Deputy Director-General for".
		roleStart = lo - 1
		for roleStart > 0 && (isCapitalised(s, roleStart-1) || titleWords[lower(s.Form(roleStart-1))] ||
			s.Form(roleStart-1) == "-") {
			roleStart--
		}
	}
	if g := honorificGender[lower(strings.TrimSuffix(s.Form(max(lo-1, 0)), "."))+"."]; lo > 0 && g != "" {
		gender = g
	}
	head := headOf(s, lo, hi)
	if isOrgRun(s, first, hi) {
		name := b.src[s.Words[lo].Start:s.Words[hi].End]
		if hasAct && len(act.Text) > len(name) {
			name = act.Text // "Israeli Foreign Ministry", where the run lost "Israeli"
		}
		name = strings.TrimPrefix(name, "The ")
		// The code keeps China's Foreign Ministry apart from Israel's.
		id := b.entity("org:"+act.Code+":"+lower(name), Entity{Name: name, Kind: KindOrg, Code: act.Code, Country: act.Country})
		return b.mention(s, lo, hi, head, id, FormName), true
	}
	if nameStart >= 0 {
		// the actor stage read the name apart from its role: "Russian U.N.
		// Ambassador Vassily Nebenzia" is Vassily Nebenzia, not "U.N. …"
		for w := first + 1; w <= hi; w++ {
			if s.Words[w].Start == nameStart {
				first = w
				break
			}
		}
	}
	name := b.src[s.Words[first].Start:s.Words[hi].End]
	if first == hi {
		return b.singleName(s, lo, hi, head, name, act, hasAct)
	}
	e := Entity{Name: name, Kind: KindPerson, Gender: gender}
	if hasAct {
		e.Code, e.Country, e.ActorEntity = act.Code, act.Country, act.EntityID
	}
	id := b.entity("person:"+lower(e.Name), e)
	ent := b.doc.Entities[id]
	if ent.Gender == "" {
		ent.Gender = gender
	}
	if first > roleStart && ent.Role == "" {
		ent.Role = b.roleText(s, roleStart, first-1, acts)
	}
	if hasAct && len(act.Role) > len(ent.Role) && !strings.HasSuffix(act.Role, " to") {
		ent.Role = act.Role
	}
	if ent.Code == "" && hasAct {
		ent.Code, ent.Country = act.Code, act.Country
	}
	if org := possessiveOrg(s, lo, here, b.doc.Entities); org != "" && ent.Organisation == "" {
		ent.Organisation = org
	}
	b.readRole(s, lo, hi, head, ent, acts)
	if ent.Organisation == "" {
		ent.Organisation = b.followingOrg(s, hi)
	}
	ent.Role = trimRole(ent.Role, ent.Organisation)
	if ent.Code == "" && ent.Role != "" {
		b.inheritCountry(s, ent)
	}
	return b.mention(s, lo, hi, head, id, FormName), true
}

// followingOrg returns the organisation printed right after a name with "of"
// or "at": "Professor Wu Bingbing of Peking University".
func (b *builder) followingOrg(s *tree.Sentence, hi int) string {
	if hi+2 >= s.Len() {
		return ""
	}
	if p := lower(s.Form(hi + 1)); p != "of" && p != "at" {
		return ""
	}
	lo := hi + 2
	if lower(s.Form(lo)) == "the" {
		lo++
	}
	end := lo
	for end < s.Len() && isCapitalised(s, end) {
		end++
	}
	if end > lo && isOrgRun(s, lo, end-1) {
		return b.src[s.Words[lo].Start:s.Words[end-1].End]
	}
	return ""
}

// inheritCountry gives an official with a title but no code the code of the
// government body named just before ("The Israeli Foreign Ministry summoned …
// Deputy Director-General for Eurasia Simona Halperin also said …" → ISRGOV):
// the nearest organisation with a country in this or the previous sentence of
// the paragraph.
func (b *builder) inheritCountry(s *tree.Sentence, ent *Entity) {
	para := b.td.Sentences[s.Index].Paragraph
	for k := len(b.doc.Mentions) - 1; k >= 0; k-- {
		m := b.doc.Mentions[k]
		if s.Index-m.Sentence > 1 || b.td.Sentences[m.Sentence].Paragraph != para {
			return
		}
		if e := b.doc.Entities[m.Entity]; e.Kind == KindOrg && e.Country != "" {
			ent.Code, ent.Country = e.Code, e.Country
			return
		}
	}
}

// isTitlePreposition reports whether w links a title to its domain:
// "Director-General for Eurasia", "Ambassador to Israel".
func isTitlePreposition(w string) bool {
	switch lower(w) {
	case "for", "of", "to":
		return true
	}
	return false
}

// singleName resolves a one-word name: a surname (or first name) of a person
// seen in full, a dictionary person, or a new person when it is the subject of
// a verb.
func (b *builder) singleName(s *tree.Sentence, lo, hi, head int, word string, act actors.Mention, hasAct bool) (Mention, bool) {
	lw := lower(word)
	for i := len(b.doc.Entities) - 1; i >= 0; i-- {
		e := b.doc.Entities[i]
		if e.Kind != KindPerson {
			continue
		}
		parts := strings.Fields(lower(e.Name))
		if len(parts) > 1 && (parts[len(parts)-1] == lw || parts[0] == lw) {
			return b.mention(s, lo, hi, head, e.ID, FormSurname), true
		}
	}
	if hasAct && act.Type == actors.TypePerson {
		name := act.Name
		if name == "" {
			name = word
		}
		id := b.entity("person:"+lower(name), Entity{Name: name, Kind: KindPerson, Code: act.Code,
			Country: act.Country, ActorEntity: act.EntityID})
		return b.mention(s, lo, hi, head, id, FormName), true
	}
	if rel := s.Rel(head); (rel == "nsubj" || rel == "appos") && !titleWords[lw] && !orgWords[lw] {
		id := b.entity("person:"+lw, Entity{Name: word, Kind: KindPerson})
		return b.mention(s, lo, hi, head, id, FormName), true
	}
	return Mention{}, false
}

// isOrgRun reports whether a capitalised run names an organisation: its last
// word is an organisation word ("Atlantic Council", "Peking University").
func isOrgRun(s *tree.Sentence, lo, hi int) bool {
	return orgWords[lower(s.Form(hi))]
}

// possessiveOrg returns the organisation of a name printed with a possessive
// before it: "The Atlantic Council’s Ksenia Svetlova".
func possessiveOrg(s *tree.Sentence, lo int, here []Mention, ents []*Entity) string {
	if lo < 2 {
		return ""
	}
	if f := s.Form(lo - 1); f != "’s" && f != "'s" {
		return ""
	}
	for _, m := range here {
		if m.Sentence == s.Index && m.End == s.Words[lo-2].End {
			if e := ents[m.Entity]; e.Kind == KindOrg {
				return e.Name
			}
		}
	}
	return ""
}

// trimRole drops the organisation from the end of a role and cuts it at a
// relative clause or a comma: "deputy assistant
// secretary of state who dealt with …" → "deputy assistant secretary of state".
func trimRole(role, org string) string {
	if org != "" && strings.HasSuffix(role, " "+org) {
		// "executive director of SIGNAL Group" with the organisation known.
		rest := strings.TrimSuffix(role, " "+org)
		for _, p := range []string{" of", " at", " with", " for", " of the", " at the"} {
			if strings.HasSuffix(rest, p) {
				role = strings.TrimSuffix(rest, p)
				break
			}
		}
	}
	for _, cut := range []string{",", " who ", " which ", " that ", " whose ", " where ", " —", " ("} {
		if i := strings.Index(role, cut); i > 0 {
			role = role[:i]
		}
	}
	return strings.TrimSpace(role)
}

// isNationality reports whether word i is a nationality or country word that a
// dictionary actor codes as a country ("Russian", "Chinese").
func isNationality(s *tree.Sentence, i int, acts []actors.Mention) bool {
	w := s.Words[i]
	for _, a := range acts {
		if a.Start == w.Start && a.End == w.End && a.Type == actors.TypeCountry {
			return true
		}
	}
	return false
}

// roleText returns the title words lo..hi without a leading nationality.
func (b *builder) roleText(s *tree.Sentence, lo, hi int, acts []actors.Mention) string {
	for lo <= hi && (isNationality(s, lo, acts) || isNationalityAdj(s, lo)) {
		lo++
	}
	if lo > hi {
		return ""
	}
	return b.src[s.Words[lo].Start:s.Words[hi].End]
}

// isNationalityAdj reports whether word i looks like a nationality adjective
// ("Russian", "Chinese", "Israeli", "Turkish", "French"); taggers label some
// of them proper nouns.
func isNationalityAdj(s *tree.Sentence, i int) bool {
	if u := s.UPOS(i); u != "ADJ" && u != "PROPN" {
		return false
	}
	w := s.Form(i)
	for _, suf := range []string{"an", "ese", "i", "ish", "ch", "ean"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}
