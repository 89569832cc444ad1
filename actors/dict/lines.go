package dict

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

// line is one line of a dictionary file.
type line struct {
	n    int    // 1-based line number
	text string // without the line end
}

// readLines reads all lines of r.
func readLines(r io.Reader, name string) ([]line, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	// One string for the whole file: lines are slices of it.
	all := strings.TrimPrefix(string(data), "\xef\xbb\xbf")
	out := make([]line, 0, bytes.Count(data, []byte{'\n'})+1)
	n := 0
	for len(all) > 0 {
		n++
		i := strings.IndexByte(all, '\n')
		var l string
		if i < 0 {
			l, all = all, ""
		} else {
			l, all = all[:i], all[i+1:]
		}
		out = append(out, line{n: n, text: strings.TrimSuffix(l, "\r")})
	}
	return out, nil
}

// stripComment removes a "#" comment (and, when semi is true, a ";" comment).
func stripComment(s string, semi bool) string {
	if i := strings.IndexByte(s, '#'); i >= 0 {
		s = s[:i]
	}
	if semi {
		if i := strings.IndexByte(s, ';'); i >= 0 {
			s = s[:i]
		}
	}
	return s
}

// brackets splits s into the text before the first '[' and the contents of each
// [...] group after it. rest is any text left outside the groups. An unclosed '['
// is an error.
func brackets(s string) (head string, groups []string, rest string, err error) {
	i := strings.IndexByte(s, '[')
	if i < 0 {
		return s, nil, "", nil
	}
	head = s[:i]
	s = s[i:]
	var extra strings.Builder
	for len(s) > 0 {
		if s[0] != '[' {
			j := strings.IndexByte(s, '[')
			if j < 0 {
				j = len(s)
			}
			extra.WriteString(s[:j])
			s = s[j:]
			continue
		}
		j := strings.IndexByte(s, ']')
		if j < 0 {
			return head, groups, "", fmt.Errorf("unclosed '[' in %q", s)
		}
		if k := strings.IndexByte(s[1:j], '['); k >= 0 {
			return head, groups, "", fmt.Errorf("nested '[' in %q", s[:j+1])
		}
		groups = append(groups, s[1:j])
		s = s[j+1:]
	}
	return head, groups, strings.TrimSpace(extra.String()), nil
}
