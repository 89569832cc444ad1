package dict

import (
	"fmt"

	"entente/internal/lineerr"
)

// ErrSyntax is wrapped by every *ParseError: errors.Is(err, ErrSyntax) tells a
// malformed file from an I/O failure.
var ErrSyntax = lineerr.ErrSyntax

// ParseError is a line that cannot be read: "file:line: reason".
type ParseError = lineerr.ParseError

// Warning is an oddity of a line that the parser worked around.
type Warning = lineerr.Warning

// warner collects warnings for one file.
type warner struct {
	file string
	list []Warning
}

func (w *warner) add(line int, format string, args ...any) {
	w.list = append(w.list, Warning{File: w.file, Line: line, Reason: fmt.Sprintf(format, args...)})
}

func (w *warner) fail(line int, format string, args ...any) error {
	return &ParseError{File: w.file, Line: line, Reason: fmt.Sprintf(format, args...)}
}

// errf is fmt.Errorf, short.
func errf(format string, args ...any) error { return fmt.Errorf(format, args...) }
