package verbdict

import (
	"strings"
)

// patternLine reads "- PRE * POST [CODE]" of the current block.
func (p *parser) patternLine(s, comment string) error {
	body := strings.TrimSpace(s[1:])
	open := strings.LastIndexByte(body, '[')
	if open < 0 || !strings.HasSuffix(body, "]") {
		return p.fail("pattern without a final [CODE]")
	}
	code, w, err := parseCode(body[open+1 : len(body)-1])
	if err != "" {
		return p.fail("pattern: %s", err)
	}
	if w != "" {
		p.warn(p.line, "%s", w)
	}
	text := strings.TrimSpace(body[:open])
	pre, post, dropped, perr := parsePatternBody(text)
	if perr != "" {
		return p.fail("pattern %q: %s", text, perr)
	}
	if dropped != "" {
		p.warn(p.line, "pattern %q: unmatched ')' or '}': %q dropped", text, dropped)
	}
	p.block.Patterns = append(p.block.Patterns, &Pattern{
		Pre: pre, Post: post, Code: code, Block: p.block,
		Line: p.line, Text: text, Comment: comment,
	})
	return nil
}

// ptoken is a lexical unit of a pattern body.
type ptoken struct {
	text   string // "(", ")", "{", "}", "*" or a word
	joined bool   // a '_' joins it to the previous token
	glued  bool   // no blank or '_' before it: written against the previous token
}

// lexPattern splits a pattern body into brackets, '*' and words; '_'
// between two tokens joins them, a '_' followed by a blank or the end is
// dropped (TABARI's "whole word" mark).
func lexPattern(s string) []ptoken {
	var out []ptoken
	joinNext, glued := false, false
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t':
			joinNext, glued = false, false
			i++
		case c == '_':
			joinNext, glued = len(out) > 0, false
			i++
		case c == '(' || c == ')' || c == '{' || c == '}' || c == '*':
			out = append(out, ptoken{text: string(c), joined: joinNext, glued: glued && len(out) > 0})
			joinNext, glued = false, true
			i++
		default:
			j := i
			for j < len(s) && !strings.ContainsRune(" \t_(){}*", rune(s[j])) {
				j++
			}
			out = append(out, ptoken{text: s[i:j], joined: joinNext, glued: glued && len(out) > 0})
			joinNext, glued = false, true
			i = j
		}
	}
	return out
}

// item is a top-level element (or the verb) with its join flag.
type item struct {
	el     Element
	verb   bool
	joined bool
}

// parsePatternBody parses the text between '-' and the code. An unmatched
// closing bracket is dropped together with a word written against it
// ("VISIT)"); dropped tells what was dropped.
func parsePatternBody(s string) (pre, post []Element, dropped, err string) {
	toks := lexPattern(s)
	var items []item
	verbAt := -1
	for i := 0; i < len(toks); {
		t := toks[i]
		switch t.text {
		case "*":
			if verbAt >= 0 {
				return nil, nil, "", "more than one '*'"
			}
			verbAt = len(items)
			items = append(items, item{verb: true, joined: t.joined})
			i++
		case "(":
			el, n, e := parsePrep(toks[i+1:])
			if e != "" {
				return nil, nil, "", e
			}
			items = append(items, item{el: el, joined: t.joined})
			i += 1 + n
		case "{":
			el, n, e := parseNounPhrase(toks[i+1:])
			if e != "" {
				return nil, nil, "", e
			}
			items = append(items, item{el: el, joined: t.joined})
			i += 1 + n
		case ")", "}":
			dropped += t.text
			if last := len(items) - 1; t.glued && last >= 0 && verbAt != last && items[last].el.Kind != PrepPhrase && items[last].el.Kind != NounPhrase {
				dropped = items[last].el.String() + dropped
				items = items[:last]
			}
			i++
		default:
			el, e := wordElement(t.text)
			if e != "" {
				return nil, nil, "", e
			}
			items = append(items, item{el: el, joined: t.joined})
			i++
		}
	}
	if verbAt < 0 {
		return nil, nil, "", "no '*' marking the verb"
	}
	for i := 0; i < verbAt; i++ {
		el := items[i].el
		el.Adjacent = items[i+1].joined
		pre = append(pre, el)
	}
	for i := verbAt + 1; i < len(items); i++ {
		el := items[i].el
		el.Adjacent = items[i].joined
		post = append(post, el)
	}
	return pre, post, dropped, ""
}

// parsePrep reads "PREP objects… )" after '('; n counts the tokens used,
// the ')' included.
func parsePrep(toks []ptoken) (el Element, n int, err string) {
	if len(toks) == 0 || toks[0].text == ")" {
		return el, 0, "empty ()"
	}
	prep := toks[0].text
	if isSpecial(prep) {
		return el, 0, "'(' must be followed by a preposition, got '" + prep + "'"
	}
	el = Element{Kind: PrepPhrase, Text: strings.ToLower(prep)}
	for n = 1; n < len(toks); n++ {
		t := toks[n]
		switch t.text {
		case ")":
			return el, n + 1, ""
		case "{":
			np, m, e := parseNounPhrase(toks[n+1:])
			if e != "" {
				return el, 0, e
			}
			np.Adjacent = t.joined
			el.Parts = append(el.Parts, np)
			n += m
		case "(", "}", "*":
			return el, 0, "'" + t.text + "' inside (…)"
		default:
			w, e := wordElement(t.text)
			if e != "" {
				return el, 0, e
			}
			w.Adjacent = t.joined
			el.Parts = append(el.Parts, w)
		}
	}
	return el, 0, "'(' without ')'"
}

// parseNounPhrase reads "WORD WORD… }" after '{'.
func parseNounPhrase(toks []ptoken) (el Element, n int, err string) {
	el = Element{Kind: NounPhrase}
	for n = 0; n < len(toks); n++ {
		t := toks[n]
		switch t.text {
		case "}":
			if len(el.Parts) == 0 {
				return el, 0, "empty {}"
			}
			return el, n + 1, ""
		case "(", ")", "{", "*":
			return el, 0, "'" + t.text + "' inside {…}"
		default:
			w, e := wordElement(t.text)
			if e != "" {
				return el, 0, e
			}
			w.Adjacent = t.joined && n > 0
			el.Parts = append(el.Parts, w)
		}
	}
	return el, 0, "'{' without '}'"
}

func isSpecial(w string) bool {
	return w == "$" || w == "+" || w == "%" || w == "^" || strings.HasPrefix(w, "&")
}

// wordElement classifies one word of a pattern.
func wordElement(w string) (Element, string) {
	switch w {
	case "$":
		return Element{Kind: SourceSlot}, ""
	case "+":
		return Element{Kind: TargetSlot}, ""
	case "%":
		return Element{Kind: CompoundSlot}, ""
	case "^":
		return Element{Kind: SkipPhrase}, ""
	}
	if strings.HasPrefix(w, "&") {
		n := normSynsetName(w)
		if n == "" || strings.ContainsAny(n, "&$%^+") {
			return Element{}, "bad synset reference '" + w + "'"
		}
		return Element{Kind: SynsetRef, Text: n}, ""
	}
	if strings.ContainsAny(w, "$%^&[]") {
		return Element{}, "'" + w + "' mixes a word with $ % ^ & or brackets"
	}
	return Element{Kind: Word, Text: strings.ToLower(w)}, ""
}
