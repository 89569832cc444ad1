package cameo

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"entente/internal/lineerr"
)

// ErrSyntax is wrapped by every *ParseError: errors.Is(err, ErrSyntax) tells a
// malformed file from an I/O failure.
var ErrSyntax = lineerr.ErrSyntax

// ParseError is a line that cannot be read: "file:line: reason".
type ParseError = lineerr.ParseError

// Source is one table file to parse: a name for error messages and its
// content.
type Source struct {
	Name string
	R    io.Reader
}

// Parse builds a Table from the GDELT event-code names (CAMEOEVENTCODE \t
// EVENTDESCRIPTION), the GDELT Goldstein table (CAMEOEVENTCODE \t
// GOLDSTEINSCALE) and the CAMEO2PLOVER conversion table. Every code of the
// names table must have a Goldstein score and vice versa.
func Parse(names, goldstein, plover Source) (*Table, error) {
	nameRows, nameOrder, err := readTSV(names, "EVENTDESCRIPTION")
	if err != nil {
		return nil, err
	}
	gsRows, gsOrder, err := readTSV(goldstein, "GOLDSTEINSCALE")
	if err != nil {
		return nil, err
	}
	pl, err := parsePlover(plover)
	if err != nil {
		return nil, err
	}
	t := &Table{codes: make(map[string]Code, len(nameOrder))}
	for _, k := range nameOrder {
		g, ok := gsRows[k]
		if !ok {
			return nil, fmt.Errorf("cameo: code %s of %s has no Goldstein score in %s: %w", k, names.Name, goldstein.Name, ErrSyntax)
		}
		score, err := strconv.ParseFloat(g.value, 64)
		if err != nil || !(score >= -10 && score <= 10) { // rejects NaN too
			return nil, &ParseError{File: goldstein.Name, Line: g.line, Reason: fmt.Sprintf("Goldstein score %q is not a number in [-10, 10]", g.value)}
		}
		c := Code{
			Code:      k,
			Root:      k[:2],
			Name:      strings.TrimSpace(nameRows[k].value),
			Goldstein: score,
			QuadClass: QuadClassOf(k),
		}
		pl.apply(&c)
		t.codes[k] = c
		t.order = append(t.order, k)
	}
	for _, k := range gsOrder {
		if _, ok := nameRows[k]; !ok {
			return nil, &ParseError{File: goldstein.Name, Line: gsRows[k].line, Reason: fmt.Sprintf("code %s has a score but no name in %s", k, names.Name)}
		}
	}
	return t, nil
}

type tsvRow struct {
	value string
	line  int
}

// readTSV reads a two-column GDELT lookup file whose first line is the header
// "CAMEOEVENTCODE\t<col>".
func readTSV(src Source, col string) (map[string]tsvRow, []string, error) {
	rows := map[string]tsvRow{}
	var order []string
	sc := bufio.NewScanner(src.R)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if n == 1 {
			if line != "CAMEOEVENTCODE\t"+col {
				return nil, nil, &ParseError{File: src.Name, Line: n, Reason: fmt.Sprintf("header %q, want %q", line, "CAMEOEVENTCODE\t"+col)}
			}
			continue
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		code, value, ok := strings.Cut(line, "\t")
		if !ok {
			return nil, nil, &ParseError{File: src.Name, Line: n, Reason: "no tab between code and value"}
		}
		code = strings.TrimSpace(code)
		if !IsCode(code) {
			return nil, nil, &ParseError{File: src.Name, Line: n, Reason: fmt.Sprintf("%q is not a CAMEO code (2–4 digits)", code)}
		}
		if prev, dup := rows[code]; dup {
			return nil, nil, &ParseError{File: src.Name, Line: n, Reason: fmt.Sprintf("code %s repeated (first on line %d)", code, prev.line)}
		}
		rows[code] = tsvRow{value: value, line: n}
		order = append(order, code)
	}
	if err := sc.Err(); err != nil {
		return nil, nil, fmt.Errorf("cameo: reading %s: %w", src.Name, err)
	}
	if n == 0 {
		return nil, nil, &ParseError{File: src.Name, Line: 1, Reason: "empty file"}
	}
	return rows, order, nil
}

// IsCode reports whether s has the form of a CAMEO code: 2–4 ASCII digits.
func IsCode(s string) bool {
	if len(s) < 2 || len(s) > 4 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
