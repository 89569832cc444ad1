// Package lineerr is the error and warning of the line-based reference-data
// parsers (actor dictionaries, CAMEO tables, the verb dictionary): both name the
// file and the line, "file:line: reason".
package lineerr

import (
	"errors"
	"fmt"
)

// ErrSyntax is wrapped by every *ParseError: errors.Is(err, ErrSyntax) tells a
// malformed file from an I/O failure.
var ErrSyntax = errors.New("syntax error")

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
