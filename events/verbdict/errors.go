package verbdict

import "entente/internal/lineerr"

// ErrSyntax is wrapped by every *ParseError: errors.Is(err, ErrSyntax) tells a
// malformed file from an I/O failure.
var ErrSyntax = lineerr.ErrSyntax

// ParseError is a line that cannot be read: "file:line: reason".
type ParseError = lineerr.ParseError

// Warning is an oddity of a line that the parser worked around.
type Warning = lineerr.Warning
