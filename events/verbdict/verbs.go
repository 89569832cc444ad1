package verbdict

import (
	"slices"
	"strings"
)

// verbLine reads a verb of the current block:
//
//	VERB [{FORM FORM …}] [[CODE]]
//
// where VERB is a word ("ASK"), or words joined by '_' with '+' before the
// verb word ("+CARRY_OUT", "WIRE_+TAP"). Without {…} the regular forms are
// generated (Inflect); with {…}, even empty, only the listed forms are
// used.
func (p *parser) verbLine(s string) error {
	code, hasCode := Code{}, false
	if i := strings.IndexByte(s, '['); i >= 0 {
		j := strings.IndexByte(s[i:], ']')
		if j < 0 {
			return p.fail("verb line: '[' without ']'")
		}
		c, w, err := parseCode(s[i+1 : i+j])
		if err != "" {
			return p.fail("verb line: %s", err)
		}
		if w != "" {
			p.warn(p.line, "%s", w)
		}
		if rest := strings.TrimSpace(s[i+j+1:]); rest != "" {
			return p.fail("verb line: text %q after the code", rest)
		}
		code, hasCode = c, true
		s = strings.TrimSpace(s[:i])
	}
	var forms []string
	hasBraces := false
	if i := strings.IndexByte(s, '{'); i >= 0 {
		j := strings.IndexByte(s[i:], '}')
		if j < 0 {
			return p.fail("verb line: '{' without '}'")
		}
		if rest := strings.TrimSpace(s[i+j+1:]); rest != "" {
			return p.fail("verb line: text %q after the {forms}", rest)
		}
		forms = strings.FieldsFunc(s[i+1:i+j], func(r rune) bool { return r == ' ' || r == ',' })
		hasBraces = true
		s = strings.TrimSpace(s[:i])
	}
	if strings.ContainsAny(s, "{}[]()") {
		return p.fail("verb line: unbalanced brackets in %q", s)
	}
	words := strings.Fields(s)
	if len(words) == 0 {
		return p.fail("verb line without a verb")
	}
	if len(words) > 1 {
		// TABARI style "LASH OUT": a multiword verb written with blanks.
		joined := strings.Join(words, "_")
		if !strings.Contains(joined, "+") {
			joined = "+" + joined
		}
		p.warn(p.line, "verb %q written with blanks; read as %s", s, joined)
		words = []string{joined}
	}
	pre, lemma, post, err := splitVerb(words[0])
	if err != "" {
		return p.fail("verb %q: %s", words[0], err)
	}
	if at, ok := remarkVerb(words[0], forms); ok {
		fixed := func(f string) string {
			w := strings.Split(strings.Trim(strings.ReplaceAll(f, "+", ""), "_"), "_")
			w[at] = "+" + w[at]
			return strings.Join(w, "_")
		}
		pre, lemma, post, _ = splitVerb(fixed(words[0]))
		p.warn(p.line, "%s: the forms inflect %q; read as the verb word", words[0], strings.ToUpper(lemma))
		for i, f := range forms {
			forms[i] = fixed(f)
		}
	}
	v := &Verb{
		Lemma: lemma, Pre: pre, Post: post,
		Forms: []string{lemma},
		Code:  p.block.Code, OwnCode: hasCode,
		Block: p.block, Line: p.line, Text: words[0],
	}
	if hasCode {
		v.Code = code
	}
	if !hasBraces {
		v.Forms = append(v.Forms, Inflect(lemma)...)
	}
	for _, f := range forms {
		fpre, fw, fpost, ferr := splitVerb(f)
		if ferr != "" {
			return p.fail("form %q of %s: %s", f, words[0], ferr)
		}
		if !slices.Equal(fpre, pre) || !slices.Equal(fpost, post) {
			p.warn(p.line, "form %q of %s has other words than the verb; using its verb word %q", f, words[0], fw)
		}
		if !slices.Contains(v.Forms, fw) {
			v.Forms = append(v.Forms, fw)
		}
	}
	p.block.Verbs = append(p.block.Verbs, v)
	return nil
}

// remarkVerb handles a '+' put before the wrong word of a multiword verb
// ("+WIRE_TAP {+WIRE_TAPS +WIRE_TAPPED +WIRE_TAPPING}"): when the marked word
// is the same in every form and exactly one other word varies, that word is
// the verb. It returns the corrected split.
// It returns the index of the word that should carry the '+'.
func remarkVerb(spec string, forms []string) (int, bool) {
	base := strings.Split(strings.Trim(strings.ReplaceAll(spec, "+", ""), "_"), "_")
	at := -1
	for i, w := range strings.Split(strings.Trim(spec, "_"), "_") {
		if strings.HasPrefix(w, "+") {
			at = i
		}
	}
	if len(base) < 2 || at < 0 || len(forms) == 0 {
		return 0, false
	}
	varies := make([]bool, len(base))
	for _, f := range forms {
		fw := strings.Split(strings.Trim(strings.ReplaceAll(f, "+", ""), "_"), "_")
		if len(fw) != len(base) {
			return 0, false
		}
		for i := range fw {
			if !strings.EqualFold(fw[i], base[i]) {
				varies[i] = true
			}
		}
	}
	if varies[at] {
		return 0, false
	}
	other := -1
	for i, v := range varies {
		if v {
			if other >= 0 {
				return 0, false
			}
			other = i
		}
	}
	return other, other >= 0
}

// splitVerb splits "WIRE_+TAP" into (["wire"], "tap", nil) and "+CARRY_OUT"
// into (nil, "carry", ["out"]); a plain "ASK" gives (nil, "ask", nil). A word
// with '_' needs exactly one '+'; a lone word may carry one in front.
func splitVerb(spec string) (pre []string, verb string, post []string, err string) {
	parts := strings.Split(strings.Trim(spec, "_"), "_")
	at := -1
	for i, w := range parts {
		if w == "" || w == "+" {
			return nil, "", nil, "empty word"
		}
		if strings.HasPrefix(w, "+") {
			if at >= 0 {
				return nil, "", nil, "more than one '+'"
			}
			at = i
			parts[i] = w[1:]
		}
		if strings.ContainsAny(parts[i], "+&$%^*") {
			return nil, "", nil, "'" + parts[i] + "' is not a word"
		}
	}
	if at < 0 {
		if len(parts) > 1 {
			return nil, "", nil, "multiword verb without '+' before the verb word"
		}
		at = 0
	}
	for i := range parts {
		parts[i] = strings.ToLower(parts[i])
	}
	if at > 0 {
		pre = parts[:at]
	}
	if at < len(parts)-1 {
		post = parts[at+1:]
	}
	return pre, parts[at], post, ""
}
