package dict

import (
	"io"
	"strings"
)

// Actor is one record of an actors dictionary: a primary phrase, its synonyms and
// its codes.
type Actor struct {
	// Phrases holds the primary phrase first, then the synonyms.
	Phrases []Phrase
	// Rules are the codes with their date restrictions, in file order.
	Rules []Rule
	// Comment is the comment of the primary line ("CountryInfo.txt", "kkl 21 Mar 13").
	Comment string
	// File and Line locate the primary phrase.
	File string
	Line int
}

// Name returns the primary phrase as written, without underscores.
func (a *Actor) Name() string {
	if len(a.Phrases) == 0 {
		return ""
	}
	return strings.TrimSpace(strings.ReplaceAll(a.Phrases[0].Text, "_", " "))
}

// Code returns the code of the actor on date d (0: the most recent); see Select.
func (a *Actor) Code(d Date) (string, bool) { return Select(a.Rules, d) }

// ParseActors reads an actors dictionary (Phoenix.*.actors.txt format). A code
// may be several codes joined by slashes, "[ELR/GAL]" (Rule.Also); a line that
// opens with '<' is a comment, as PETRARCH reads it.
//
// Oddities found in the real files are warnings: a bad date or code in one
// restriction (the restriction is dropped), text after the codes, a restriction
// indented with spaces, an empty synonym, a record without any code (merged into
// the record that follows directly, as the Phoenix files write synonyms that way;
// dropped when a blank line or the end of file follows), a label line such as
// "Source: X", an indented phrase line (read as a new record). Errors are lines
// that cannot belong to any record: a synonym or restriction before the first
// phrase, an unclosed or nested '[', a code with no phrase before it.
func ParseActors(r io.Reader, name string) ([]Actor, []Warning, error) {
	lines, err := readLines(r, name)
	if err != nil {
		return nil, nil, err
	}
	w := &warner{file: name}
	var out []Actor
	var cur *Actor
	adjacent := false // the previous non-comment line belonged to cur, with no blank in between
	finish := func(next int) {
		if cur == nil {
			return
		}
		if len(cur.Rules) == 0 {
			if next > 0 && adjacent {
				w.add(cur.Line, "%s has no code: merged with the record on line %d", cur.Phrases[0].Text, next)
				return // kept as pending: its phrases go to the next record
			}
			w.add(cur.Line, "%s has no code: dropped", cur.Phrases[0].Text)
			cur = nil
			return
		}
		out = append(out, *cur)
		cur = nil
	}
	for _, l := range lines {
		raw := l.text
		full := strings.TrimSpace(raw)
		if full == "" {
			adjacent = false
			continue
		}
		s := stripComment(raw, true)
		if strings.TrimSpace(s) == "" || full[0] == '<' {
			// Comment lines ("#", ";", and as in PETRARCH a line opening with '<',
			// "<!-- ... -->") do not separate records.
			continue
		}
		comment := ""
		if i := strings.IndexAny(raw, "#;"); i >= 0 {
			comment = strings.TrimSpace(strings.Trim(raw[i:], "#; \t"))
		}
		if (s[0] == '\t' || s[0] == ' ') && strings.TrimSpace(s)[0] != '[' {
			w.add(l.n, "indented phrase line: read as a new record")
			s = strings.TrimLeft(s, " \t")
		}
		switch {
		case s[0] == '\t' || s[0] == ' ':
			body := strings.TrimSpace(s)
			if cur == nil {
				return out, w.list, w.fail(l.n, "date restriction %q before any actor", body)
			}
			if s[0] == ' ' {
				w.add(l.n, "date restriction indented with spaces")
			}
			head, groups, rest, err := brackets(body)
			if err != nil {
				return out, w.list, w.fail(l.n, "%v", err)
			}
			_ = head
			if rest != "" {
				w.add(l.n, "text %q after the restrictions ignored", rest)
			}
			addRules(cur, groups, l.n, w)
		case s[0] == '+':
			if cur == nil {
				return out, w.list, w.fail(l.n, "synonym %q before any actor", strings.TrimSpace(s))
			}
			head, groups, rest, err := brackets(s[1:])
			if err != nil {
				return out, w.list, w.fail(l.n, "%v", err)
			}
			if rest != "" {
				w.add(l.n, "text %q after the codes ignored", rest)
			}
			p := newPhrase(head, true)
			if len(p.Words) == 0 {
				w.add(l.n, "empty synonym")
			} else {
				cur.Phrases = append(cur.Phrases, p)
			}
			if len(groups) > 0 {
				w.add(l.n, "codes on a synonym line apply to the whole record")
				addRules(cur, groups, l.n, w)
			}
		default:
			head, groups, rest, err := brackets(s)
			if err != nil {
				return out, w.list, w.fail(l.n, "%v", err)
			}
			if strings.Contains(head, ": ") && len(groups) == 0 {
				w.add(l.n, "label line %q skipped", strings.TrimSpace(head))
				finish(0)
				adjacent = false
				continue
			}
			p := newPhrase(head, true)
			if len(p.Words) == 0 {
				return out, w.list, w.fail(l.n, "no phrase before the code")
			}
			finish(l.n)
			if cur != nil {
				// A codeless record merged into this one.
				cur.Phrases = append(cur.Phrases, p)
			} else {
				cur = &Actor{Phrases: []Phrase{p}, Comment: comment, File: name, Line: l.n}
			}
			if rest != "" {
				w.add(l.n, "text %q after the codes ignored", rest)
			}
			addRules(cur, groups, l.n, w)
		}
		adjacent = true
	}
	finish(0)
	return out, w.list, nil
}

// addRules parses restriction groups into a's rules, warning about bad ones.
func addRules(a *Actor, groups []string, n int, w *warner) {
	for _, g := range groups {
		r, err := parseRule(g)
		if err != nil {
			w.add(n, "%v: restriction dropped", err)
			continue
		}
		a.Rules = append(a.Rules, r)
	}
}
