package events

import "entente/events/verbdict"

// match returns the dictionary's coding of the query's verb, passing over
// a pattern whose code is neither null nor a code of the coder's table (a
// typo or placeholder such as "[+++]" or "[xxy]" in a dictionary): such a
// pattern can make no event, and it must not hide the next best pattern or
// the verb's own code, which can.
func (c *Coder) match(q verbdict.Query) (verbdict.Match, bool) {
	m, ok := c.Dict.Match(q, c.Options)
	if !ok || c.usable(m.Code) {
		return m, ok
	}
	for _, alt := range c.Dict.Candidates(q, c.Options) {
		if c.usable(alt.Code) {
			return alt, true
		}
	}
	return m, ok
}

// usable reports whether every part of code is null, absent or known to
// the coder's code table.
func (c *Coder) usable(code verbdict.Code) bool {
	for _, k := range []string{code.Active, code.Passive} {
		if k == "" || k == verbdict.NullCode {
			continue
		}
		if _, _, ok := c.Table.Resolve(k); !ok {
			return false
		}
	}
	return true
}
