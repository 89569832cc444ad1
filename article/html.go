package article

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// MaxHTMLDepth is the deepest element nesting accepted. Real pages stay far below
// it; deeper input is hostile or broken and would exhaust the extractor's stack.
const MaxHTMLDepth = 512

// minDirectExtract is the content length below which extraction is retried with
// the fallback extractors.
const minDirectExtract = 250

// looksLikeHTML sniffs the start of a document for markup.
func looksLikeHTML(data []byte) bool {
	head := data
	if len(head) > 2048 {
		head = head[:2048]
	}
	head = bytes.ToLower(bytes.TrimLeft(head, " \t\r\n\uFEFF"))
	if !bytes.HasPrefix(head, []byte("<")) {
		return false
	}
	for _, tag := range []string{"<!doctype html", "<html", "<head", "<body", "<article", "<div", "<p>", "<p ", "<meta", "<title"} {
		if bytes.Contains(head, []byte(tag)) {
			return true
		}
	}
	return false
}

// checkDepth walks the tokens of an HTML page and fails when elements nest deeper
// than max. Void and self-closing elements do not nest.
func checkDepth(data []byte, max int) error {
	z := html.NewTokenizer(bytes.NewReader(data))
	depth := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			if err := z.Err(); err != io.EOF {
				return fmt.Errorf("reading HTML: %w", err)
			}
			return nil
		case html.StartTagToken:
			name, _ := z.TagName()
			if isVoid(atom.Lookup(name)) {
				continue
			}
			depth++
			if depth > max {
				return fmt.Errorf("%w: more than %d levels", ErrTooDeep, max)
			}
		case html.EndTagToken:
			if depth > 0 {
				depth--
			}
		}
	}
}

func isVoid(a atom.Atom) bool {
	switch a {
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img, atom.Input,
		atom.Link, atom.Meta, atom.Source, atom.Track, atom.Wbr, atom.Param:
		return true
	}
	return false
}

// htmlResult is what the extractor found in a page.
type htmlResult struct {
	blocks    []block
	title     string
	byline    string
	published string
	url       string
	source    string
	language  string
}

// extractHTML runs trafilatura and reads the paragraphs of its content node.
func extractHTML(data []byte, url string) (htmlResult, error) {
	if err := checkDepth(data, MaxHTMLDepth); err != nil {
		return htmlResult{}, err
	}
	// The input is known to be UTF-8, so parse it here rather than let the
	// extractor guess the character set (its detector costs more than the
	// extraction itself).
	root, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return htmlResult{}, fmt.Errorf("parsing HTML: %w", err)
	}
	opts := trafilatura.Options{ExcludeComments: true}
	if url != "" {
		if u, err := parseURL(url); err == nil {
			opts.OriginalURL = u
		}
	}
	res, err := trafilatura.ExtractDocument(root, opts)
	if err != nil || res == nil || res.ContentNode == nil || len(res.ContentText) < minDirectExtract {
		// The fallback extractors (readability, DOM distiller) cost several
		// times more; run them only when the fast path found little.
		opts.EnableFallback = true
		if root, err = html.Parse(bytes.NewReader(data)); err != nil {
			return htmlResult{}, fmt.Errorf("parsing HTML: %w", err)
		}
		res, err = trafilatura.ExtractDocument(root, opts)
	}
	if err != nil {
		return htmlResult{}, fmt.Errorf("%w: %w", ErrNoContent, err)
	}
	if res == nil || res.ContentNode == nil {
		return htmlResult{}, ErrNoContent
	}
	out := htmlResult{
		title:    strings.TrimSpace(res.Metadata.Title),
		byline:   strings.TrimSpace(res.Metadata.Author),
		url:      res.Metadata.URL,
		source:   strings.TrimSpace(res.Metadata.Sitename),
		language: res.Metadata.Language,
	}
	if !res.Metadata.Date.IsZero() {
		out.published = res.Metadata.Date.Format("2006-01-02")
	}
	collectBlocks(res.ContentNode, &out.blocks)
	return out, nil
}

// blockElements start a new paragraph.
func isBlockElement(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Li, atom.Blockquote, atom.Pre, atom.Td, atom.Th, atom.Tr, atom.Dd, atom.Dt,
		atom.Figcaption, atom.Section, atom.Article, atom.Header, atom.Footer, atom.Ul, atom.Ol,
		atom.Table, atom.Main, atom.Aside:
		return true
	}
	return false
}

// collectBlocks appends one block per paragraph-level element of n, each holding
// the element's text with its <br> line breaks as separate lines. It walks with an
// explicit stack, so depth is bounded by memory rather than the goroutine stack.
func collectBlocks(root *html.Node, out *[]block) {
	var lines []string
	var cur strings.Builder
	flushLine := func() {
		if s := normaliseSpace(cur.String()); s != "" {
			lines = append(lines, s)
		}
		cur.Reset()
	}
	flushBlock := func() {
		flushLine()
		if len(lines) > 0 {
			*out = append(*out, block{lines: lines})
			lines = nil
		}
	}
	type frame struct {
		n     *html.Node
		after bool // the node's children are done
	}
	stack := []frame{{n: root}}
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		n := f.n
		if f.after {
			if isBlockElement(n.DataAtom) {
				flushBlock()
			}
			continue
		}
		switch n.Type {
		case html.TextNode:
			cur.WriteString(strings.ReplaceAll(n.Data, "\n", " "))
			continue
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Iframe, atom.Svg, atom.Button, atom.Form:
				continue
			case atom.Br:
				flushLine()
				continue
			}
			if isBlockElement(n.DataAtom) {
				flushBlock()
			}
		}
		stack = append(stack, frame{n: n, after: true})
		var kids []*html.Node
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			kids = append(kids, c)
		}
		for i := len(kids) - 1; i >= 0; i-- {
			stack = append(stack, frame{n: kids[i]})
		}
	}
	flushBlock()
}
