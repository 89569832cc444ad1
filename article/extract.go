package article

import (
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"time"

	"entente/source"
)

// Options tells Extract what the document itself may not say.
type Options struct {
	// DefaultDate (YYYY-MM-DD) is used for articles that carry no date.
	DefaultDate string
	// Source names the outlet for articles whose input does not.
	Source string
}

// Extract turns a raw document into a clean Article. It fails, naming the cause,
// for empty, binary, non-UTF-8 or pathologically nested input and for documents
// where no body text is left after cleaning.
func Extract(doc source.Document, opts Options) (*Article, error) {
	if err := checkBytes(doc.Data); err != nil {
		return nil, err
	}
	a := &Article{Input: doc.Name, URL: doc.Meta.URL, Source: doc.Meta.Source,
		Title: doc.Meta.Title, Published: doc.Meta.Published}
	format := doc.Meta.Format
	if format == "" || format == "html" {
		if looksLikeHTML(doc.Data) {
			format = "html"
		} else {
			format = "text"
		}
	}
	var body cleaned
	if format == "html" {
		res, err := extractHTML(doc.Data, doc.Meta.URL)
		if err != nil {
			return nil, err
		}
		body = cleanBlocks(res.blocks)
		a.Title = firstNonEmpty(a.Title, res.title)
		a.Byline = firstNonEmpty(res.byline, body.byline)
		a.Published = firstNonEmpty(a.Published, res.published)
		a.URL = firstNonEmpty(a.URL, res.url)
		a.Source = firstNonEmpty(a.Source, res.source)
		a.Language = res.language
		if a.Title != "" && (len(body.paragraphs) == 0 || body.paragraphs[0] != a.Title) {
			body.paragraphs = append([]string{a.Title}, body.paragraphs...)
		}
	} else {
		body = cleanBlocks(splitBlocks(string(doc.Data)))
		a.Byline = body.byline
		if a.Title == "" {
			a.Title = guessTitle(body.paragraphs)
		}
		if a.Published == "" {
			a.Published = findDateline(body.paragraphs)
		}
	}
	if len(body.paragraphs) == 0 || (len(body.paragraphs) == 1 && body.paragraphs[0] == a.Title) {
		return nil, ErrNoContent
	}
	if a.Published == "" {
		a.Published = opts.DefaultDate
	}
	if a.Source == "" {
		a.Source = firstNonEmpty(opts.Source, hostOf(a.URL))
	}
	if a.Language == "" {
		a.Language = "en"
	}
	if a.Published != "" {
		if _, err := time.Parse("2006-01-02", a.Published); err != nil {
			return nil, fmt.Errorf("date %q is not YYYY-MM-DD: %w", a.Published, err)
		}
	}
	a.setText(strings.Join(body.paragraphs, "\n\n"))
	return a, nil
}

// guessTitle takes the first paragraph as the title of a plain-text article when it
// is headline-sized and more paragraphs follow.
func guessTitle(paragraphs []string) string {
	if len(paragraphs) < 2 {
		return ""
	}
	first := paragraphs[0]
	if len(first) > 300 || len(strings.Fields(first)) > 30 {
		return ""
	}
	return first
}

var (
	isoDate  = regexp.MustCompile(`\b((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b`)
	longDate = regexp.MustCompile(`\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.? (\d{1,2}), ((?:19|20)\d\d)\b`)
)

// findDateline looks for a date printed in the first paragraphs (a dateline or a
// "Published" line) and returns it as YYYY-MM-DD.
func findDateline(paragraphs []string) string {
	for i, p := range paragraphs {
		if i >= 3 {
			break
		}
		if len(p) > 400 {
			p = p[:400]
		}
		if m := isoDate.FindString(p); m != "" {
			return m
		}
		if m := longDate.FindStringSubmatch(p); m != nil {
			month := strings.TrimSuffix(m[1], ".")
			if len(month) > 3 {
				month = month[:3]
			}
			t, err := time.Parse("Jan 2 2006", month+" "+m[2]+" "+m[3])
			if err == nil {
				return t.Format("2006-01-02")
			}
		}
	}
	return ""
}

func parseURL(raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return nil, err
	}
	if u.Scheme == "" || u.Host == "" {
		return nil, fmt.Errorf("url %q is not absolute", raw)
	}
	return u, nil
}

func hostOf(raw string) string {
	u, err := parseURL(raw)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(u.Hostname(), "www.")
}

func firstNonEmpty(values ...string) string {
	for _, v := range values {
		if v != "" {
			return v
		}
	}
	return ""
}
