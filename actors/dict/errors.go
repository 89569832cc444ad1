package dict

import (
	"errors"
	"fmt"
)

// ErrSyntax is wrapped by every *ParseError: errors.Is(err, ErrSyntax) tells a
// malformed dictionary from an I/O failure.
var ErrSyntax = errors.New("dictionary syntax error")

// ParseError is a line that cannot be read.
type ParseError struct {
	File   string
	Line   int
	Reason string
}

// Error formats the error as file:line: reason.
func (e *ParseError) Error() string {
	return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Reason)
}

// Unwrap returns ErrSyntax.
func (e *ParseError) Unwrap() error { return ErrSyntax }

// Warning is an oddity of a line that the parser worked around.
type Warning struct {
	File   string
	Line   int
	Reason string
}

// String formats the warning as file:line: reason.
func (w Warning) String() string {
	return fmt.Sprintf("%s:%d: %s", w.File, w.Line, w.Reason)
}

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
