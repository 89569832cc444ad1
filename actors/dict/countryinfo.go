package dict

import (
	"errors"
	"io"
	"strings"
)

// Country is one <Country> block of CountryInfo.txt.
type Country struct {
	// Code is <CountryCode>, the code CAMEO uses (ISO 3166 alpha-3 mostly).
	Code string
	// Name is <CountryName>.
	Name Phrase
	// Codes in other systems: COW-Alpha, COW-Numeric, FIPS-10, IMF, ISO3166-alpha2,
	// ISO3166-numeric, ISO3166-alpha3, keyed by tag name.
	Codes map[string]string
	// Nationality holds the adjectival forms and other names of the country.
	Nationality []Phrase
	// Capital holds the names of the capital.
	Capital []Phrase
	// MajorCities, Regions and GeogFeatures hold places in the country.
	MajorCities, Regions, GeogFeatures []Phrase
	// Leaders are the heads of state and government with their terms.
	Leaders []Leader
	// Government are the members of government with their CAMEO codes.
	Government []Officer
	File       string
	Line       int
}

// Leader is one entry of a <Leaders> block.
type Leader struct {
	// Title is the sub-block's tag, e.g. "Presidents".
	Title string
	// Names are the name forms ({A}{B} synonyms).
	Names []Phrase
	// Terms are the periods in office (Rules with an empty code).
	Terms      []Rule
	Born, Died Date
	File       string
	Line       int
}

// Officer is one entry of a <Government> block.
type Officer struct {
	Names []Phrase
	// Rules are the dated codes, e.g. [RUSGOV >20080601].
	Rules []Rule
	// Title is the position, from the comment ("Minister of Culture").
	Title      string
	Born, Died Date
	File       string
	Line       int
}

// countryLists are the tags whose lines are phrase lists.
var countryLists = map[string]bool{"Nationality": true, "Capital": true, "MajorCities": true, "Regions": true, "GeogFeatures": true}

// countryCodes are the single-line code tags.
var countryCodes = map[string]bool{"COW-Alpha": true, "COW-Numeric": true, "FIPS-10": true, "IMF": true, "ISO3166-alpha2": true, "ISO3166-numeric": true, "ISO3166-alpha3": true}

// ParseCountryInfo reads CountryInfo.txt. The "<!-- -->" header, <Comment> blocks
// (whole countries are commented out that way) and <Doc> lines are skipped.
//
// The real file is "almost but not quite XML"; these are warnings: a stray
// </Comment>, an unknown tag, a <Country> opened before the previous one closed, an
// entry outside a field or a country, a bad date or code (dropped), a country
// without a code (dropped), a one-line tag not closed on its line ("<FIPS-10>p/FIPS-10>").
// a <Comment> never closed (the real file ends that way: it comments out the rest).
// Errors: an unclosed or nested '[' in a leader or government entry (an entry
// whose names cannot be read is a warning).
func ParseCountryInfo(r io.Reader, name string) ([]Country, []Warning, error) {
	lines, err := readLines(r, name)
	if err != nil {
		return nil, nil, err
	}
	w := &warner{file: name}
	var out []Country
	var cur *Country
	section, title := "", ""
	header, comment := 0, 0 // line where an open header / comment began
	finish := func(n int) {
		if cur == nil {
			return
		}
		if cur.Code == "" {
			w.add(cur.Line, "country without <CountryCode>: dropped")
		} else {
			out = append(out, *cur)
		}
		cur, section, title = nil, "", ""
	}
	for _, l := range lines {
		s := strings.TrimSpace(l.text)
		if header > 0 {
			if strings.Contains(s, "-->") {
				header = 0
			}
			continue
		}
		if comment > 0 {
			if strings.HasPrefix(s, "</Comment>") {
				comment = 0
			}
			continue
		}
		if strings.HasPrefix(s, "<!--") {
			if !strings.Contains(s, "-->") {
				header = l.n
			}
			continue
		}
		cmt := ""
		if i := strings.IndexByte(s, '#'); i >= 0 {
			cmt = strings.TrimSpace(s[i+1:])
			s = strings.TrimSpace(s[:i])
		}
		if s == "" {
			continue
		}
		if s[0] == '<' {
			end := strings.IndexByte(s, '>')
			if end < 0 {
				w.add(l.n, "unclosed tag %q", s)
				continue
			}
			tag := s[1:end]
			body := s[end+1:]
			switch {
			case tag == "Comment":
				if !strings.Contains(body, "</Comment>") {
					comment = l.n
				}
				continue
			case tag == "/Comment":
				w.add(l.n, "</Comment> without <Comment>")
				continue
			case strings.EqualFold(tag, "Doc"):
				continue
			case tag == "Country":
				if cur != nil {
					w.add(l.n, "<Country> inside the country of line %d", cur.Line)
					finish(l.n)
				}
				cur = &Country{File: name, Line: l.n, Codes: map[string]string{}}
				continue
			case tag == "/Country":
				if cur == nil {
					w.add(l.n, "</Country> without <Country>")
				}
				finish(l.n)
				continue
			}
			if cur == nil {
				w.add(l.n, "tag <%s> outside a country", tag)
				continue
			}
			if strings.HasPrefix(tag, "/") {
				t := tag[1:]
				switch {
				case t == section:
					section, title = "", ""
				case t == title:
					title = ""
				default:
					w.add(l.n, "closing tag <%s> does not match", tag)
				}
				continue
			}
			if body != "" {
				// A single-line tag: <Tag>value</Tag>.
				closeTag := "</" + tag + ">"
				i := strings.Index(body, closeTag)
				if i < 0 {
					w.add(l.n, "tag <%s> not closed on its line: value dropped", tag)
					continue
				}
				setCountryField(cur, tag, strings.TrimSpace(body[:i]), l.n, w)
				continue
			}
			switch {
			case countryLists[tag] || tag == "Leaders" || tag == "Government":
				section, title = tag, ""
			case section == "Leaders":
				title = tag
			default:
				w.add(l.n, "unknown tag <%s>", tag)
			}
			continue
		}
		if cur == nil {
			w.add(l.n, "entry %q outside a country", s)
			continue
		}
		switch {
		case countryLists[section]:
			head, _, _, _ := brackets(s)
			p := newPhrase(head, false)
			if len(p.Words) == 0 {
				w.add(l.n, "empty entry")
				continue
			}
			switch section {
			case "Nationality":
				cur.Nationality = append(cur.Nationality, p)
			case "Capital":
				cur.Capital = append(cur.Capital, p)
			case "MajorCities":
				cur.MajorCities = append(cur.MajorCities, p)
			case "Regions":
				cur.Regions = append(cur.Regions, p)
			default:
				cur.GeogFeatures = append(cur.GeogFeatures, p)
			}
		case section == "Leaders":
			ld, err := parseLeader(s, l.n, w)
			if err == errDropped {
				continue
			} else if err != nil {
				return out, w.list, err
			}
			ld.Title, ld.File = title, name
			cur.Leaders = append(cur.Leaders, ld)
		case section == "Government":
			of, err := parseOfficer(s, l.n, w)
			if err == errDropped {
				continue
			} else if err != nil {
				return out, w.list, err
			}
			of.Title, of.File = cmt, name
			cur.Government = append(cur.Government, of)
		default:
			w.add(l.n, "entry %q outside a field", s)
		}
	}
	if header > 0 {
		w.add(header, "<!-- never closed: runs to the end of the file")
	}
	if comment > 0 {
		w.add(comment, "<Comment> never closed: runs to the end of the file")
	}
	if cur != nil {
		w.add(cur.Line, "<Country> never closed")
		finish(0)
	}
	return out, w.list, nil
}

func setCountryField(c *Country, tag, v string, n int, w *warner) {
	switch {
	case tag == "CountryCode":
		if !validCode(v) {
			w.add(n, "bad country code %q", v)
			return
		}
		c.Code = v
	case tag == "CountryName":
		c.Name = newPhrase(v, false)
	case countryCodes[tag]:
		c.Codes[tag] = v
	default:
		w.add(n, "unknown tag <%s>", tag)
	}
}

// errDropped tells that an entry was dropped with a warning.
var errDropped = errors.New("entry dropped")

// names reads "{A}{B}" or "A" name forms.
func names(s string) ([]Phrase, error) {
	s = strings.TrimSpace(s)
	if !strings.HasPrefix(s, "{") {
		p := newPhrase(s, false)
		if len(p.Words) == 0 {
			return nil, errf("no name")
		}
		return []Phrase{p}, nil
	}
	var out []Phrase
	for s != "" {
		if s[0] != '{' {
			return nil, errf("text %q between name forms", s)
		}
		j := strings.IndexByte(s, '}')
		if j < 0 {
			return nil, errf("unclosed '{' in %q", s)
		}
		if p := newPhrase(s[1:j], false); len(p.Words) > 0 {
			out = append(out, p)
		}
		s = strings.TrimSpace(s[j+1:])
	}
	if len(out) == 0 {
		return nil, errf("no name")
	}
	return out, nil
}

func parseLeader(s string, n int, w *warner) (Leader, error) {
	head, groups, rest, err := brackets(s)
	if err != nil {
		return Leader{}, w.fail(n, "%v", err)
	}
	if rest != "" {
		w.add(n, "text %q after the dates ignored", rest)
	}
	ld := Leader{Line: n}
	if ld.Names, err = names(head); err != nil {
		w.add(n, "leader entry %q: %v: dropped", s, err)
		return Leader{}, errDropped
	}
	for _, g := range groups {
		g = strings.TrimSpace(g)
		switch {
		case strings.HasPrefix(g, "B:"), strings.HasPrefix(g, "D:"):
			d, err := ParseDate(strings.TrimSpace(g[2:]))
			if err != nil {
				w.add(n, "%v: dropped", err)
				continue
			}
			if g[0] == 'B' {
				ld.Born = d
			} else {
				ld.Died = d
			}
		default:
			r, err := parseRule("X " + g)
			if err != nil {
				w.add(n, "%v: term dropped", err)
				continue
			}
			r.Code = ""
			ld.Terms = append(ld.Terms, r)
		}
	}
	return ld, nil
}

func parseOfficer(s string, n int, w *warner) (Officer, error) {
	head, groups, rest, err := brackets(s)
	if err != nil {
		return Officer{}, w.fail(n, "%v", err)
	}
	if rest != "" {
		w.add(n, "text %q after the codes ignored", rest)
	}
	of := Officer{Line: n}
	if of.Names, err = names(head); err != nil {
		w.add(n, "government entry %q: %v: dropped", s, err)
		return Officer{}, errDropped
	}
	for _, g := range groups {
		g = strings.TrimSpace(g)
		if strings.HasPrefix(g, "B:") || strings.HasPrefix(g, "D:") {
			d, err := ParseDate(strings.TrimSpace(g[2:]))
			if err != nil {
				w.add(n, "%v: dropped", err)
			} else if g[0] == 'B' {
				of.Born = d
			} else {
				of.Died = d
			}
			continue
		}
		r, err := parseRule(g)
		if err != nil {
			w.add(n, "%v: dropped", err)
			continue
		}
		of.Rules = append(of.Rules, r)
	}
	return of, nil
}
