package dict

import (
	"io"
	"strings"
)

// Agent is one entry of an agents dictionary: a role noun such as "FOREIGN_MINISTER"
// with its code.
type Agent struct {
	// Phrase is the singular, after macro substitution.
	Phrase Phrase
	// Plurals are the plurals given in {...}; when nil, the regular plural is used
	// unless Phrase.NoPlural.
	Plurals []Phrase
	// Code is the agent code without '~', e.g. "GOV" or "GOVMED".
	Code string
	// Prefix is true for "[CODE~]": the code goes before the actor code (NGO~,
	// IGO~); otherwise ("[~CODE]") after it.
	Prefix bool
	// File and Line locate the entry.
	File string
	Line int
}

// Forms returns the phrases that match the agent: singular and plurals.
func (a *Agent) Forms() []Phrase {
	if a.Plurals != nil {
		return append([]Phrase{a.Phrase}, a.Plurals...)
	}
	return a.Phrase.Forms()
}

// ParseAgents reads an agents dictionary (Phoenix.agents.txt format), expanding the
// "!MACRO! = A, B" substitution sets. Entries using a macro get no generated plural
// (the set lists the plurals).
//
// Warnings: an entry without a code or whose code has no '~' (read as "~CODE"), a
// code closed with '}' as in "[~LEG}" (read as ']'), an undefined macro (entry
// dropped), a "<...>" markup line (skipped), text after the code. Errors: an unclosed '[' or '{', an empty phrase, a macro definition without
// items.
func ParseAgents(r io.Reader, name string) ([]Agent, []Warning, error) {
	lines, err := readLines(r, name)
	if err != nil {
		return nil, nil, err
	}
	w := &warner{file: name}
	macros := map[string][]string{}
	var out []Agent
	for _, l := range lines {
		s := strings.TrimSpace(stripComment(l.text, false))
		if s == "" {
			continue
		}
		if s[0] == '<' {
			w.add(l.n, "markup line %q skipped", s)
			continue
		}
		if s[0] == '!' && strings.Contains(s, "=") && !strings.Contains(s, "[") {
			nm, list, _ := strings.Cut(s, "=")
			nm = strings.TrimSpace(nm)
			if len(nm) < 3 || nm[len(nm)-1] != '!' || strings.Count(nm, "!") != 2 {
				return out, w.list, w.fail(l.n, "bad macro name %q", nm)
			}
			var items []string
			for _, it := range strings.Split(list, ",") {
				if it = strings.Join(strings.Fields(it), ""); it != "" {
					items = append(items, it)
				}
			}
			if len(items) == 0 {
				return out, w.list, w.fail(l.n, "macro %s has no items", nm)
			}
			if _, dup := macros[nm]; dup {
				w.add(l.n, "macro %s redefined", nm)
			}
			macros[nm] = items
			continue
		}
		if i := strings.LastIndexByte(s, '['); i >= 0 && !strings.Contains(s[i:], "]") {
			if j := strings.IndexByte(s[i:], '}'); j >= 0 {
				w.add(l.n, "code %q closed with '}': read as ']'", s[i:i+j+1])
				s = s[:i+j] + "]" + s[i+j+1:]
			}
		}
		head, groups, rest, err := brackets(s)
		if err != nil {
			return out, w.list, w.fail(l.n, "%v", err)
		}
		if rest != "" {
			w.add(l.n, "text %q after the code ignored", rest)
		}
		phrase, plural, hasPlural, err := splitPlural(head)
		if err != nil {
			return out, w.list, w.fail(l.n, "%v", err)
		}
		if strings.TrimSpace(phrase) == "" {
			return out, w.list, w.fail(l.n, "no phrase before the code")
		}
		if len(groups) == 0 {
			w.add(l.n, "%s has no code: dropped", strings.TrimSpace(phrase))
			continue
		}
		if len(groups) > 1 {
			w.add(l.n, "several codes: only the first is used")
		}
		code, prefix, ok := agentCode(groups[0])
		if !ok {
			w.add(l.n, "bad agent code [%s]: dropped", groups[0])
			continue
		}
		if !strings.Contains(groups[0], "~") {
			w.add(l.n, "agent code [%s] without '~': read as [~%s]", groups[0], code)
		}
		texts, err := expandMacros(phrase, macros)
		if err != nil {
			w.add(l.n, "%v: entry dropped", err)
			continue
		}
		macro := len(texts) > 1 || texts[0] != phrase
		var plurals []Phrase
		noPlural := false
		if hasPlural {
			for _, f := range strings.Fields(plural) {
				if p := newPhrase(f, true); len(p.Words) > 0 {
					p.NoPlural = true
					plurals = append(plurals, p)
				}
			}
			if plurals == nil {
				noPlural = true
				plurals = []Phrase{}
			}
		}
		for _, t := range texts {
			p := newPhrase(t, true)
			if len(p.Words) == 0 {
				w.add(l.n, "phrase %q has no words: dropped", t)
				continue
			}
			if macro || noPlural {
				p.NoPlural = true
			}
			out = append(out, Agent{Phrase: p, Plurals: plurals, Code: code, Prefix: prefix, File: name, Line: l.n})
		}
	}
	return out, w.list, nil
}

// splitPlural separates "PHRASE {PLURAL}" into its parts.
func splitPlural(s string) (phrase, plural string, has bool, err error) {
	i := strings.IndexByte(s, '{')
	if i < 0 {
		if strings.IndexByte(s, '}') >= 0 {
			return "", "", false, errf("unopened '}' in %q", s)
		}
		return s, "", false, nil
	}
	j := strings.IndexByte(s[i:], '}')
	if j < 0 {
		return "", "", false, errf("unclosed '{' in %q", s)
	}
	return s[:i] + s[i+j+1:], s[i+1 : i+j], true, nil
}

// agentCode reads "~GOV" or "NGO~".
func agentCode(g string) (code string, prefix bool, ok bool) {
	g = strings.TrimSpace(g)
	switch {
	case strings.HasPrefix(g, "~"):
		code = g[1:]
	case strings.HasSuffix(g, "~"):
		code, prefix = g[:len(g)-1], true
	default:
		code = g
	}
	code = strings.TrimSpace(code)
	if code == "" || code == "---" || !validCode(code) {
		return "", false, false
	}
	return code, prefix, true
}

// maxExpansions bounds the phrases one dictionary line may expand to.
const maxExpansions = 256

// expandMacros substitutes every !MACRO! of s by each of its items.
func expandMacros(s string, macros map[string][]string) ([]string, error) {
	i := strings.IndexByte(s, '!')
	if i < 0 {
		return []string{s}, nil
	}
	j := strings.IndexByte(s[i+1:], '!')
	if j < 0 {
		return nil, errf("unclosed macro in %q", s)
	}
	nm := s[i : i+j+2]
	items, ok := macros[nm]
	if !ok {
		return nil, errf("undefined macro %s", nm)
	}
	rest, err := expandMacros(s[i+j+2:], macros)
	if err != nil {
		return nil, err
	}
	if len(items)*len(rest) > maxExpansions {
		return nil, errf("more than %d expansions of %q", maxExpansions, s)
	}
	out := make([]string, 0, len(items)*len(rest))
	for _, it := range items {
		for _, r := range rest {
			out = append(out, s[:i]+it+r)
		}
	}
	return out, nil
}
