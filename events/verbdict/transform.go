package verbdict

import (
	"strings"

	"entente/events/cameo"
)

// transformLine reads "~ a (a b ATTACK) SAY = a b 015": on the left an event
// "SOURCE TARGET VERB" whose target may be a nested event in parentheses, on
// the right "SOURCE TARGET CODE".
func (p *parser) transformLine(s string) error {
	body := strings.TrimSpace(s[1:])
	lhs, rhs, ok := strings.Cut(body, "=")
	if !ok {
		return p.fail("transformation without '='")
	}
	toks := strings.Fields(strings.NewReplacer("(", " ( ", ")", " ) ").Replace(lhs))
	ev, n, err := parseTEvent(toks)
	if err != "" {
		return p.fail("transformation: %s", err)
	}
	if n != len(toks) {
		return p.fail("transformation: unexpected %q after the event", strings.Join(toks[n:], " "))
	}
	res := strings.Fields(rhs)
	if len(res) != 3 {
		return p.fail("transformation: want \"= SOURCE TARGET CODE\", got %q", strings.TrimSpace(rhs))
	}
	vars := map[string]bool{}
	collectVars(&ev, vars)
	for _, v := range res[:2] {
		if !vars[v] && v != "_" && v != "." {
			return p.fail("transformation: result actor %q is not bound on the left", v)
		}
	}
	if code := res[2]; code != "Q" && !cameo.IsCode(code) && code != NullCode {
		return p.fail("transformation: result code %q is neither a CAMEO code nor Q", code)
	}
	p.d.Transformations = append(p.d.Transformations, &Transformation{
		Match: ev, Source: res[0], Target: res[1], Code: res[2],
		Line: p.line, Text: body,
	})
	return nil
}

// parseTEvent reads SOURCE (TARGET | "(" event ")") VERB and returns the
// number of tokens used.
func parseTEvent(toks []string) (TransformEvent, int, string) {
	var ev TransformEvent
	if len(toks) < 3 {
		return ev, 0, "want SOURCE TARGET VERB"
	}
	if !isActorVar(toks[0]) {
		return ev, 0, "source " + quote(toks[0]) + " is not a variable, '.' or '_'"
	}
	ev.Source = toks[0]
	n := 1
	if toks[1] == "(" {
		inner, m, err := parseTEvent(toks[2:])
		if err != "" {
			return ev, 0, err
		}
		if 2+m >= len(toks) || toks[2+m] != ")" {
			return ev, 0, "'(' without ')'"
		}
		ev.Inner = &inner
		n = 3 + m
	} else {
		if !isActorVar(toks[1]) {
			return ev, 0, "target " + quote(toks[1]) + " is not a variable, '.', '_' or (event)"
		}
		ev.Target = toks[1]
		n = 2
	}
	if n >= len(toks) {
		return ev, 0, "missing verb"
	}
	verb := toks[n]
	switch {
	case verb == "Q":
		ev.AnyVerb = true
	case verb == "(" || verb == ")" || isActorVar(verb):
		return ev, 0, "missing verb before " + quote(verb)
	default:
		for _, w := range strings.Split(verb, "_") {
			if w == "" || strings.ContainsAny(w, "&$%^+*") {
				return ev, 0, "bad verb " + quote(verb)
			}
			ev.Verbs = append(ev.Verbs, strings.ToLower(w))
		}
	}
	return ev, n + 1, ""
}

// isActorVar: a lower-case letter variable, "." or "_".
func isActorVar(s string) bool {
	if s == "." || s == "_" {
		return true
	}
	return len(s) == 1 && s[0] >= 'a' && s[0] <= 'z'
}

func collectVars(ev *TransformEvent, vars map[string]bool) {
	vars[ev.Source] = true
	if ev.Inner != nil {
		collectVars(ev.Inner, vars)
	} else {
		vars[ev.Target] = true
	}
}
