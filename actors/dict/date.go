package dict

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// Date is a calendar day written as the number YYYYMMDD; 0 means no date.
type Date int32

// DateOf returns the Date of t's calendar day, or 0 for the zero time.
func DateOf(t time.Time) Date {
	if t.IsZero() {
		return 0
	}
	y, m, d := t.Date()
	return Date(y*10000 + int(m)*100 + d)
}

// String formats the date as YYYY-MM-DD.
func (d Date) String() string {
	if d == 0 {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d/10000, d/100%100, d%100)
}

// pivotYY is the last two-digit year read as 20YY; later ones are 19YY. In the
// Phoenix files six-digit dates run from 31 (1931) to 14 (2014), and earlier years
// are written with eight digits.
const pivotYY = 30

// ParseDate reads YYYYMMDD or YYMMDD. Two-digit years up to 30 are 20YY, others 19YY.
// Month and day must be in range; a day up to 31 is accepted in every month (the
// dictionaries contain dates such as 20060431).
func ParseDate(s string) (Date, error) {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, fmt.Errorf("date %q: not all digits", s)
		}
	}
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
		if n > 1e9 {
			break
		}
	}
	switch len(s) {
	case 6:
		yy := n / 10000
		if yy <= pivotYY {
			n += 20000000
		} else {
			n += 19000000
		}
	case 8:
	default:
		return 0, fmt.Errorf("date %q: want YYMMDD or YYYYMMDD", s)
	}
	m, d := n/100%100, n%100
	if n < 10000 {
		return 0, fmt.Errorf("date %q: year 0", s)
	}
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return 0, fmt.Errorf("date %q: month or day out of range", s)
	}
	return Date(n), nil
}

// Rule is one code of an actor, valid between From and To (inclusive); a zero
// bound is open. A rule with both bounds zero is the default code.
type Rule struct {
	// Code is the CAMEO code; "" is the null code ("---": not coded). For an
	// actor that stands for several at once it is the first of them.
	Code string
	// Also are the further codes of an actor written with several codes joined by
	// slashes, "[FRO/BIL/SAM]": PETRARCH codes such an actor as each of them (its
	// events are repeated for every code), so Code is FRO and Also [BIL SAM].
	Also     []string
	From, To Date
}

// Codes returns every code of the rule: Code, then Also.
func (r Rule) Codes() []string {
	if len(r.Also) == 0 {
		return []string{r.Code}
	}
	return append([]string{r.Code}, r.Also...)
}

// Dated reports whether the rule has a date restriction.
func (r Rule) Dated() bool { return r.From != 0 || r.To != 0 }

// Contains reports whether d is within the rule's dates.
func (r Rule) Contains(d Date) bool {
	return (r.From == 0 || d >= r.From) && (r.To == 0 || d <= r.To)
}

// Select returns the code that rules give for date d: the first dated rule that
// contains d, else the first default rule. With no date (d == 0) it returns the most
// recent status: the dated rule that ends last (an open end counts as latest),
// unless a default rule comes before any dated rule. ok is false when no rule applies.
func Select(rules []Rule, d Date) (code string, ok bool) {
	i := SelectIndex(rules, d)
	if i < 0 {
		return "", false
	}
	return rules[i].Code, true
}

// SelectIndex is Select returning the index of the chosen rule, or -1.
func SelectIndex(rules []Rule, d Date) int {
	if d != 0 {
		for i, r := range rules {
			if r.Dated() && r.Contains(d) {
				return i
			}
		}
		for i, r := range rules {
			if !r.Dated() {
				return i
			}
		}
		return -1
	}
	best := -1
	for i, r := range rules {
		if !r.Dated() {
			if best < 0 {
				return i
			}
			continue
		}
		if best < 0 || later(r, rules[best]) {
			best = i
		}
	}
	return best
}

// later reports whether a ends after b (ties: the later start).
func later(a, b Rule) bool {
	ae, be := a.To, b.To
	if ae == 0 {
		ae = 99999999
	}
	if be == 0 {
		be = 99999999
	}
	if ae != be {
		return ae > be
	}
	return a.From > b.From
}

// parseRule reads the inside of a bracket: "CODE", "CODE >d", "CODE <d", "CODE d-d"
// or "CODE d - d". A bad date is returned as an error for the caller to warn about.
func parseRule(s string) (Rule, error) {
	s = strings.TrimSpace(s)
	code, rest, _ := strings.Cut(s, " ")
	code = strings.TrimSpace(code)
	if code == "" {
		return Rule{}, fmt.Errorf("empty code in [%s]", s)
	}
	r, err := parseCodes(code)
	if err != nil {
		return r, err
	}
	rest = strings.ReplaceAll(rest, " ", "")
	rest = strings.ReplaceAll(rest, "\t", "")
	if rest == "" {
		return r, nil
	}
	switch rest[0] {
	case '>':
		r.From, err = ParseDate(rest[1:])
	case '<':
		r.To, err = ParseDate(rest[1:])
	default:
		a, b, found := strings.Cut(rest, "-")
		if !found {
			return r, fmt.Errorf("bad date restriction %q", rest)
		}
		if r.From, err = ParseDate(a); err == nil {
			r.To, err = ParseDate(b)
		}
		if err == nil && r.To < r.From {
			err = fmt.Errorf("date range %s ends before it starts", rest)
		}
	}
	if err != nil {
		return r, fmt.Errorf("restriction [%s]: %w", s, err)
	}
	return r, nil
}

// parseCodes reads the code part of a restriction: one code, the null code
// "---", or several codes joined by slashes ("ELR/GAL"; the null code cannot be
// one of several, and a repeated code counts once).
func parseCodes(s string) (Rule, error) {
	if strings.IndexByte(s, '/') < 0 {
		if !validCode(s) {
			return Rule{}, fmt.Errorf("bad code %q", s)
		}
		if s == "---" {
			s = ""
		}
		return Rule{Code: s}, nil
	}
	var r Rule
	for i, c := range strings.Split(s, "/") {
		if c == "---" || !validCode(c) {
			return Rule{}, fmt.Errorf("bad code %q in %q", c, s)
		}
		switch {
		case i == 0:
			r.Code = c
		case c != r.Code && !slices.Contains(r.Also, c):
			r.Also = append(r.Also, c)
		}
	}
	return r, nil
}

// validCode reports whether s looks like a CAMEO code: upper-case letters and
// digits, or the null code "---".
func validCode(s string) bool {
	if s == "---" {
		return true
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return len(s) > 0
}
