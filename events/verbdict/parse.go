package verbdict

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Parse reads a verb dictionary in PETRARCH-2 format (CAMEO.2.0.txt,
// PETR.Validate.verbs*.txt) and compiles it. name is used in messages.
//
// A line that cannot be read makes Parse fail with a *ParseError
// ("name:line: reason", wrapping ErrSyntax); oddities that PETRARCH accepts
// are recorded in Dictionary.Warnings.
func Parse(name string, r io.Reader) (*Dictionary, error) {
	return ParseAll(name, Source{Name: name, R: r})
}

// Source is one file of a dictionary made of several (ParseAll).
type Source struct {
	Name string    // used in messages and Warnings
	R    io.Reader // the file's text
}

// ParseAll reads several files as one dictionary, in order (a supplement
// after the main file: its blocks add to the verbs already defined), and
// compiles it. name names the whole; messages name the file and line.
func ParseAll(name string, files ...Source) (*Dictionary, error) {
	p := &parser{d: &Dictionary{Name: name, Synsets: map[string]*Synset{}}}
	for _, f := range files {
		if err := p.parseFile(f); err != nil {
			return nil, err
		}
	}
	if err := compile(p.d); err != nil {
		return nil, err
	}
	return p.d, nil
}

// parseFile reads one file into the parser's dictionary.
func (p *parser) parseFile(f Source) error {
	p.file, p.line, p.block, p.synset, p.inComment = f.Name, 0, nil, nil, false
	sc := bufio.NewScanner(f.R)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for sc.Scan() {
		p.line++
		if err := p.parseLine(sc.Text()); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("verbdict: reading %s: %w", f.Name, err)
	}
	if p.inComment {
		p.warn(p.commentLine, "<!-- comment not closed before the end of the file")
	}
	return nil
}

// parser holds the line-by-line state.
type parser struct {
	d           *Dictionary
	file        string // the file being read
	line        int
	inComment   bool // inside a multi-line <!-- --> comment
	commentLine int  // where it started
	block       *Block
	synset      *Synset // current synset until a blank line or a header
}

func (p *parser) fail(format string, args ...any) error {
	return &ParseError{File: p.file, Line: p.line, Reason: fmt.Sprintf(format, args...)}
}

func (p *parser) warn(line int, format string, args ...any) {
	p.d.Warnings = append(p.d.Warnings, Warning{File: p.file, Line: line, Reason: fmt.Sprintf(format, args...)})
}

// stripComments removes <!-- --> comments (also across lines), '#' and ';'
// comments. It returns the content and the text of a '#' comment.
func (p *parser) stripComments(raw string) (content, comment string) {
	s := raw
	var b strings.Builder
	for {
		if p.inComment {
			end := strings.Index(s, "-->")
			if end < 0 {
				return b.String(), ""
			}
			s = s[end+3:]
			p.inComment = false
			continue
		}
		start := strings.Index(s, "<!--")
		if start < 0 {
			break
		}
		b.WriteString(s[:start])
		s = s[start+4:]
		p.inComment, p.commentLine = true, p.line
	}
	if strings.HasPrefix(strings.TrimSpace(s), "<!") { // other SGML declarations
		s = ""
	}
	b.WriteString(s)
	content = b.String()
	if i := commentStart(content, '#'); i >= 0 {
		content, comment = content[:i], strings.TrimSpace(content[i+1:])
	}
	if i := commentStart(content, ';'); i >= 0 {
		content = content[:i]
	}
	content = strings.TrimSpace(strings.ReplaceAll(content, "\t", " "))
	return content, comment
}

// commentStart returns the index of the first c outside [...] (codes such
// as "[###]" are not comments), or -1.
func commentStart(s string, c byte) int {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '[':
			depth++
		case ']':
			if depth > 0 {
				depth--
			}
		case c:
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

func (p *parser) parseLine(raw string) error {
	if strings.TrimSpace(raw) == "" && !p.inComment {
		p.synset = nil // a blank line ends a synset
		return nil
	}
	s, comment := p.stripComments(raw)
	if s == "" {
		return nil
	}
	switch {
	case strings.HasPrefix(s, "---"):
		p.synset = nil
		return p.blockHeader(s)
	case s[0] == '&':
		return p.synsetHeader(s)
	case s[0] == '+':
		if p.synset != nil {
			return p.synsetMember(s)
		}
		if p.block == nil {
			return p.fail("'+' line %q outside a synset or verb block", s)
		}
		return p.verbLine(s)
	case s[0] == '*':
		// A pattern that lost its leading '-' (PETR.Validate.verbs.2.0.txt).
		p.warn(p.line, "pattern line without the leading '-'")
		s = "- " + s
		fallthrough
	case s[0] == '-':
		if p.synset != nil {
			p.warn(p.line, "pattern directly after synset &%s: read as a pattern of the verb block", p.synset.Name)
			p.synset = nil
		}
		if p.block == nil {
			return p.fail("pattern outside a verb block")
		}
		return p.patternLine(s, comment)
	case s[0] == '~':
		p.synset = nil
		return p.transformLine(s)
	case isWordStart(s[0]):
		if p.synset != nil {
			p.warn(p.line, "verb line directly after synset &%s: read as a verb of the block", p.synset.Name)
			p.synset = nil
		}
		if p.block == nil {
			return p.fail("verb %q outside a verb block (no --- NAME [CODE] --- header before it)", firstField(s))
		}
		return p.verbLine(s)
	}
	return p.fail("unexpected line %q", s)
}

func isWordStart(c byte) bool {
	return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '\''
}

func firstField(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return f[0]
	}
	return ""
}

// blockHeader reads "--- NAME [CODE] ---".
func (p *parser) blockHeader(s string) error {
	body := strings.TrimSpace(strings.Trim(s, "-"))
	if body == "" {
		return p.fail("block header without a name")
	}
	code := Code{Active: NullCode}
	if i := strings.IndexByte(body, '['); i >= 0 {
		j := strings.IndexByte(body[i:], ']')
		if j < 0 {
			return p.fail("block header: '[' without ']'")
		}
		c, w, err := parseCode(body[i+1 : i+j])
		if err != "" {
			return p.fail("block header: %s", err)
		}
		if w != "" {
			p.warn(p.line, "%s", w)
		}
		if rest := strings.Trim(body[i+j+1:], " -"); rest != "" {
			p.warn(p.line, "block header: text %q after the code ignored", rest)
		}
		code = c
		body = strings.TrimSpace(body[:i])
	}
	f := strings.Fields(body)
	if len(f) == 0 {
		return p.fail("block header without a name")
	}
	p.block = &Block{Name: strings.TrimRight(strings.Join(f, "_"), "_"), Code: code, Line: p.line}
	p.d.Blocks = append(p.d.Blocks, p.block)
	return nil
}

// synsetHeader reads "&NAME" (a final '_' turns plurals off).
func (p *parser) synsetHeader(s string) error {
	f := strings.Fields(s)
	label := f[0]
	if len(f) > 1 {
		p.warn(p.line, "text %q after synset label %s ignored", strings.Join(f[1:], " "), label)
	}
	name := normSynsetName(label)
	if name == "" || strings.ContainsAny(name, "&+[]{}()*$%^") {
		return p.fail("bad synset label %q", label)
	}
	syn, dup := p.d.Synsets[name]
	if dup {
		p.warn(p.line, "synset &%s defined again (first on line %d); members merged", name, syn.Line)
	} else {
		syn = &Synset{Name: name, Line: p.line}
		p.d.Synsets[name] = syn
	}
	syn.NoPlural = syn.NoPlural || strings.HasSuffix(label, "_")
	p.synset = syn
	return nil
}

// synsetMember reads "+WORD", "+TWO_WORDS", "+TWO WORDS", "+&OTHER", "+CASH_".
func (p *parser) synsetMember(s string) error {
	body := strings.TrimSpace(s[1:])
	if body == "" {
		return p.fail("empty synset member")
	}
	if strings.ContainsAny(body, "(){}") {
		// PETRARCH-2 substitutes synsets into patterns as text, so a member
		// such as "(TO THE END)" becomes a prepositional phrase there. Here
		// it is matched as the consecutive words.
		p.warn(p.line, "brackets in synset member %q dropped; matched as consecutive words", body)
		body = strings.Trim(strings.NewReplacer("(", " ", ")", " ", "{", " ", "}", " ").Replace(body), " ")
		if body == "" {
			return p.fail("empty synset member")
		}
	}
	m := Member{Line: p.line, NoPlural: strings.HasSuffix(body, "_")}
	for _, w := range strings.FieldsFunc(body, func(r rune) bool { return r == '_' || r == ' ' }) {
		if strings.ContainsAny(w, "[]{}()*$%^+") {
			return p.fail("synset member %q: only words and &synsets allowed", body)
		}
		if strings.HasPrefix(w, "&") {
			n := normSynsetName(w)
			if n == "" || strings.Contains(n, "&") {
				return p.fail("synset member %q: bad synset reference", body)
			}
			m.Words = append(m.Words, "&"+n)
			continue
		}
		m.Words = append(m.Words, strings.ToLower(w))
	}
	if len(m.Words) == 0 {
		return p.fail("empty synset member")
	}
	p.synset.Members = append(p.synset.Members, m)
	return nil
}
