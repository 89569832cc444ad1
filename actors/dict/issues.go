package dict

import (
	"io"
	"strings"
)

// Issue is one line of an issues dictionary.
type Issue struct {
	// Text is the line as written, without the code and comment.
	Text string
	// Phrases are all expansions of the line (n:, v: and + forms).
	Phrases []Phrase
	// Code is the issue code; lines without one take their block's category.
	Code string
	// Category and Type are the attributes of the enclosing <ISSUE> block.
	Category string
	Type     string
	// Ignore marks a "~" line: a phrase whose presence cancels issue coding of the
	// sentence. StoryIgnore marks "~~" (entente reads it as cancelling for the whole
	// story; the PETRARCH docs give it no meaning of its own).
	Ignore      bool
	StoryIgnore bool
	File        string
	Line        int
}

// ParseIssues reads an issues dictionary (Phoenix.IssueCoding.txt format).
//
// Expansions of each blank-separated word: "n:" adds the regular plural, "v:" the
// verb forms (S, ED, ING, with a doubled final consonant too), and "+" joins two
// parts with a blank or a hyphen ("pre+n:school" → pre school, pre-school, pre
// schools, pre-schools).
//
// Warnings: a line without a code inside a block (it takes the category), text
// after the code, a code line outside any block without a code (dropped), a stray
// </ISSUE>. Errors: an
// unclosed '[', a nested or unclosed <ISSUE> block, an empty "n:"/"v:" word.
func ParseIssues(r io.Reader, name string) ([]Issue, []Warning, error) {
	lines, err := readLines(r, name)
	if err != nil {
		return nil, nil, err
	}
	w := &warner{file: name}
	var out []Issue
	inBlock := false
	blockLine := 0
	category, typ := "", ""
	for _, l := range lines {
		s := strings.TrimSpace(stripComment(l.text, false))
		if s == "" {
			continue
		}
		if strings.HasPrefix(s, "</ISSUE") {
			if !inBlock {
				w.add(l.n, "</ISSUE> without <ISSUE>")
			}
			inBlock = false
			category, typ = "", ""
			continue
		}
		if strings.HasPrefix(s, "<ISSUE") {
			if inBlock {
				return out, w.list, w.fail(l.n, "<ISSUE> inside the block opened on line %d", blockLine)
			}
			inBlock, blockLine = true, l.n
			category, typ = attr(s, "CATEGORY"), attr(s, "TYPE")
			continue
		}
		if s[0] == '<' {
			w.add(l.n, "markup line %q skipped", s)
			continue
		}
		is := Issue{Category: category, Type: typ, File: name, Line: l.n}
		switch {
		case strings.HasPrefix(s, "~~"):
			is.Ignore, is.StoryIgnore = true, true
			s = s[2:]
		case s[0] == '~':
			is.Ignore = true
			s = s[1:]
		}
		head, groups, rest, err := brackets(s)
		if err != nil {
			return out, w.list, w.fail(l.n, "%v", err)
		}
		if rest != "" {
			w.add(l.n, "text %q after the code ignored", rest)
		}
		is.Text = strings.TrimSpace(head)
		if is.Text == "" {
			return out, w.list, w.fail(l.n, "no phrase")
		}
		if len(groups) > 0 {
			is.Code = strings.TrimSpace(groups[0])
			if !validIssueCode(is.Code) {
				w.add(l.n, "bad issue code [%s]: dropped", groups[0])
				continue
			}
		} else if !is.Ignore {
			if category == "" {
				w.add(l.n, "%q has no code and no block: dropped", is.Text)
				continue
			}
			w.add(l.n, "%q has no code: category %s used", is.Text, category)
			is.Code = category
		}
		texts, err := expandIssue(is.Text)
		if err != nil {
			return out, w.list, w.fail(l.n, "%v", err)
		}
		for _, t := range texts {
			if p := newPhrase(t, false); len(p.Words) > 0 {
				p.NoPlural = true
				is.Phrases = append(is.Phrases, p)
			}
		}
		if len(is.Phrases) == 0 {
			w.add(l.n, "%q has no words: dropped", is.Text)
			continue
		}
		out = append(out, is)
	}
	if inBlock {
		return out, w.list, w.fail(blockLine, "<ISSUE> block never closed")
	}
	return out, w.list, nil
}

// attr returns the value of NAME="value" in an <ISSUE ...> tag.
func attr(tag, name string) string {
	i := strings.Index(tag, name+"=")
	if i < 0 {
		return ""
	}
	v := strings.TrimLeft(tag[i+len(name)+1:], "\"'")
	if j := strings.IndexAny(v, "\"' >"); j >= 0 {
		v = v[:j]
	}
	return v
}

func validIssueCode(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
			return false
		}
	}
	return s != ""
}

// expandIssue expands the n:, v: and + notations of an issue phrase.
func expandIssue(s string) ([]string, error) {
	s = strings.ReplaceAll(s, "+ ", "+")
	out := []string{""}
	for _, tok := range strings.Fields(s) {
		forms, err := expandIssueWord(tok)
		if err != nil {
			return nil, err
		}
		if len(out)*len(forms) > maxExpansions {
			return nil, errf("more than %d expansions of %q", maxExpansions, s)
		}
		next := make([]string, 0, len(out)*len(forms))
		for _, o := range out {
			for _, f := range forms {
				if o == "" {
					next = append(next, f)
				} else {
					next = append(next, o+" "+f)
				}
			}
		}
		out = next
	}
	return out, nil
}

// expandIssueWord expands one blank-free word: its '+' parts, each with n:/v:.
func expandIssueWord(tok string) ([]string, error) {
	out := []string{""}
	for k, part := range strings.Split(tok, "+") {
		var forms []string
		switch {
		case strings.HasPrefix(part, "n:"):
			if part = part[2:]; part == "" {
				return nil, errf("empty n: word in %q", tok)
			}
			forms = append([]string{part}, lowerPlurals(part)...)
		case strings.HasPrefix(part, "v:"):
			if part = part[2:]; part == "" {
				return nil, errf("empty v: word in %q", tok)
			}
			forms = verbForms(part)
		default:
			forms = []string{part}
		}
		if len(out)*len(forms)*2 > maxExpansions {
			return nil, errf("more than %d expansions of %q", maxExpansions, tok)
		}
		next := make([]string, 0, len(out)*len(forms)*2)
		for _, o := range out {
			for _, f := range forms {
				if k == 0 {
					next = append(next, f)
					continue
				}
				if f == "" {
					next = append(next, o)
					continue
				}
				next = append(next, o+" "+f, o+"-"+f)
			}
		}
		out = next
	}
	return out, nil
}

// lowerPlurals returns the regular plurals of a word in any case.
func lowerPlurals(w string) []string {
	var out []string
	for _, p := range RegularPlurals(strings.ToUpper(w)) {
		out = append(out, strings.ToLower(p))
	}
	return out
}

// verbForms returns a regular verb's forms: base, -s, -ed, -ing (and, for a word
// ending consonant-vowel-consonant, the doubled -ed and -ing too).
func verbForms(v string) []string {
	l := strings.ToLower(v)
	out := []string{l}
	out = append(out, lowerPlurals(l)...)
	n := len(l)
	switch {
	case n > 1 && l[n-1] == 'e':
		out = append(out, l+"d", l[:n-1]+"ing")
	case n > 1 && l[n-1] == 'y' && !isVowel(l[n-2]):
		out = append(out, l[:n-1]+"ied", l+"ing")
	default:
		out = append(out, l+"ed", l+"ing")
		if n > 2 && !isVowel(l[n-1]) && isVowel(l[n-2]) && !isVowel(l[n-3]) && !strings.ContainsRune("wxy", rune(l[n-1])) {
			d := l + l[n-1:]
			out = append(out, d+"ed", d+"ing")
		}
	}
	return out
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
