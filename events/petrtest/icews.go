package petrtest

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// ICEWSCode is one row of andybega/icews cameo-codes.csv.
type ICEWSCode struct {
	Code        string  // CAMEO code, e.g. "0231"
	Name        string  // e.g. "Appeal for economic aid"
	Goldstein   float64 // NaN when NA
	Description string  // "" when NA
	UsageNotes  string  // "" when NA
	Example     string  // CAMEO-manual example sentence, "" when NA
	Root        string  // root code, e.g. "02"
}

// ReadICEWSCodes reads cameo-codes.csv. The file has a few punctuation
// marks double-encoded (UTF-8 read as Mac Roman, saved as Windows-1252:
// "Moscow‚Äôs"); they are repaired, so the text is valid UTF-8.
func ReadICEWSCodes(r io.Reader) ([]ICEWSCode, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("petrtest: reading ICEWS codes: %w", err)
	}
	cr := csv.NewReader(bytes.NewReader(repairMojibake(b)))
	rows, err := cr.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("petrtest: ICEWS codes: %w", err)
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("petrtest: ICEWS codes: empty file")
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	for _, h := range []string{"name", "code", "goldstein", "description", "usage_notes", "example", "root_code"} {
		if _, ok := col[h]; !ok {
			return nil, fmt.Errorf("petrtest: ICEWS codes: no column %q", h)
		}
	}
	na := func(s string) string {
		s = strings.TrimSpace(s)
		if s == "NA" {
			return ""
		}
		return s
	}
	var out []ICEWSCode
	for n, row := range rows[1:] {
		c := ICEWSCode{
			Code: na(row[col["code"]]), Name: na(row[col["name"]]),
			Description: na(row[col["description"]]), UsageNotes: na(row[col["usage_notes"]]),
			Example: na(row[col["example"]]), Root: na(row[col["root_code"]]),
			Goldstein: math.NaN(),
		}
		if g := na(row[col["goldstein"]]); g != "" {
			if c.Goldstein, err = strconv.ParseFloat(g, 64); err != nil {
				return nil, fmt.Errorf("petrtest: ICEWS codes row %d: goldstein %q: %w", n+2, g, err)
			}
		}
		if c.Code == "" {
			return nil, fmt.Errorf("petrtest: ICEWS codes row %d: no code", n+2)
		}
		out = append(out, c)
	}
	return out, nil
}

// repairMojibake undoes UTF-8 → Mac Roman → Windows-1252 double encoding.
// Valid UTF-8 is returned as is. Otherwise each run of non-ASCII bytes is
// mapped back (Windows-1252 → Mac Roman bytes) when that yields valid UTF-8,
// and decoded as Windows-1252 when it does not.
func repairMojibake(b []byte) []byte {
	if utf8.Valid(b) {
		return b
	}
	out := make([]byte, 0, len(b)+16)
	for i := 0; i < len(b); {
		if b[i] < 0x80 {
			out = append(out, b[i])
			i++
			continue
		}
		j := i
		for j < len(b) && b[j] >= 0x80 {
			j++
		}
		run := b[i:j]
		fixed := make([]byte, 0, len(run))
		ok := true
		for _, c := range run {
			mac, found := charmap.Macintosh.EncodeRune(charmap.Windows1252.DecodeByte(c))
			if !found {
				ok = false
				break
			}
			fixed = append(fixed, mac)
		}
		if ok && utf8.Valid(fixed) {
			out = append(out, fixed...)
		} else {
			for _, c := range run {
				out = utf8.AppendRune(out, charmap.Windows1252.DecodeByte(c))
			}
		}
		i = j
	}
	return out
}

// Lead is the example sentence without the manual's trailing annotation
// ("… Note: Two reciprocal events are coded …"), which is commentary, not
// news text.
func (c ICEWSCode) Lead() string {
	if i := strings.Index(c.Example, " Note:"); i >= 0 {
		return strings.TrimSpace(c.Example[:i])
	}
	return strings.TrimSpace(c.Example)
}
