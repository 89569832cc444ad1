package verbdict

import (
	"errors"
	"fmt"
)

// ErrSyntax is wrapped by every *ParseError.
var ErrSyntax = errors.New("verbdict: syntax error")

// ParseError reports a dictionary line that cannot be read.
type ParseError struct {
	File   string
	Line   int
	Reason string
}

// Error returns "file:line: reason".
func (e *ParseError) Error() string {
	return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Reason)
}

// Unwrap returns ErrSyntax so that errors.Is(err, ErrSyntax) holds.
func (e *ParseError) Unwrap() error { return ErrSyntax }

// Warning is an oddity the parser worked around (file:line and what it did).
// Warnings never stop a load; they are kept in Dictionary.Warnings.
type Warning struct {
	File   string
	Line   int
	Reason string
}

// String returns "file:line: reason".
func (w Warning) String() string {
	return fmt.Sprintf("%s:%d: %s", w.File, w.Line, w.Reason)
}
