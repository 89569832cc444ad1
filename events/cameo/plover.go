package cameo

import (
	"bufio"
	"fmt"
	"strings"
)

// ploverRow is one line of CAMEO2PLOVER-2021.txt.
type ploverRow struct {
	typ, mode string
	context   []string
	line      int
}

// ploverTable holds the parsed conversion file: per-code rows and, per root,
// the header line ("03: AGREE") that names the root's PLOVER type.
type ploverTable struct {
	codes map[string]ploverRow
	roots map[string]ploverRow
}

// parsePlover reads CAMEO2PLOVER-2021.txt. Format, one entry a line:
//
//	CODE: TYPE, mode, context[; context] # comment
//
// where CODE has 3–4 digits; a 2-digit CODE with only a type ("03: AGREE")
// heads a root's section. '#' starts a comment, lines of '~' end the table.
// Where a code is listed twice the first line wins when both agree; a second
// header for a root (08 is CONCEDE, then RETREAT) does not replace the first.
// Lines listing the same 3–4 digit code with different content are an error.
func parsePlover(src Source) (*ploverTable, error) {
	pt := &ploverTable{codes: map[string]ploverRow{}, roots: map[string]ploverRow{}}
	sc := bufio.NewScanner(src.R)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" || strings.Trim(line, "~") == "" {
			continue
		}
		code, rest, ok := strings.Cut(line, ":")
		code = strings.TrimSpace(code)
		if !ok || !IsCode(code) {
			return nil, &ParseError{File: src.Name, Line: n, Reason: fmt.Sprintf("want \"CODE: TYPE, mode, context\", got %q", line)}
		}
		fields := strings.Split(rest, ",")
		if len(fields) > 3 {
			return nil, &ParseError{File: src.Name, Line: n, Reason: fmt.Sprintf("%d comma-separated fields, want at most 3 (type, mode, context)", len(fields))}
		}
		row := ploverRow{typ: strings.TrimSpace(fields[0]), line: n}
		if row.typ == "" || strings.ToUpper(row.typ) != row.typ || strings.ContainsAny(row.typ, " \t") {
			return nil, &ParseError{File: src.Name, Line: n, Reason: fmt.Sprintf("PLOVER type %q is not one upper-case word", row.typ)}
		}
		if len(fields) > 1 {
			row.mode = strings.TrimSpace(fields[1])
		}
		if len(fields) > 2 {
			for _, c := range strings.Split(fields[2], ";") {
				if c = strings.TrimSpace(c); c != "" {
					row.context = append(row.context, c)
				}
			}
		}
		if len(code) == 2 {
			if len(fields) > 1 && (row.mode != "" || len(row.context) > 0) {
				return nil, &ParseError{File: src.Name, Line: n, Reason: "a root header takes a type only"}
			}
			if _, dup := pt.roots[code]; !dup {
				pt.roots[code] = row
			}
			continue
		}
		if prev, dup := pt.codes[code]; dup {
			if prev.typ != row.typ || prev.mode != row.mode || strings.Join(prev.context, ";") != strings.Join(row.context, ";") {
				return nil, &ParseError{File: src.Name, Line: n, Reason: fmt.Sprintf("code %s mapped differently on line %d", code, prev.line)}
			}
			continue
		}
		pt.codes[code] = row
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("cameo: reading %s: %w", src.Name, err)
	}
	if len(pt.codes) == 0 {
		return nil, &ParseError{File: src.Name, Line: n, Reason: "no code lines"}
	}
	return pt, nil
}

// apply fills the PLOVER fields of c: its own line, else its root's header.
// The root code itself ("03") takes the header as well.
//
// An appeal (root 02) takes the line of its parallel demand, the root 10
// code with the same digits after the root (023 "appeal for aid" → 103
// "demand aid", REQUEST/assist; 0256 → 1056, REQUEST/yield/military). The
// file leaves root 02 out, and PLOVER's README says the CAMEO 01 and 02
// categories "dealing with comments have been eliminated"; but the
// manual's REQUEST is "all requests, demands, and orders", CAMEO's 02 is
// "make an appeal or request", and the stories of PLOVER's own coder
// (NGEC) label calls and appeals REQUEST. Statements (01) stay dropped.
func (pt *ploverTable) apply(c *Code) {
	if r, ok := pt.codes[c.Code]; ok {
		c.PloverType, c.PloverMode = r.typ, r.mode
		c.PloverContext = append([]string(nil), r.context...)
		c.PloverSource = PloverFromCode
		return
	}
	if c.Root == "02" {
		if r, ok := pt.codes["10"+c.Code[2:]]; ok { // "02" itself looks up "10", a header: not in codes
			c.PloverType, c.PloverMode = r.typ, r.mode
			c.PloverContext = append([]string(nil), r.context...)
			c.PloverSource = PloverFromDemand
			return
		}
		if r, ok := pt.roots["10"]; ok {
			c.PloverType = r.typ
			c.PloverSource = PloverFromDemand
			return
		}
	}
	if r, ok := pt.roots[c.Root]; ok {
		c.PloverType = r.typ
		c.PloverSource = PloverFromRoot
		return
	}
	c.PloverSource = PloverDropped
}
