package source

import "fmt"

// Document is one raw input: the bytes of an HTML page or a text file, with what the
// source already knows about it.
type Document struct {
	// Name identifies the input in messages: a file path, "-" for standard input,
	// or "path:line" for a record of a JSON Lines file.
	Name string
	// Data holds the raw bytes (HTML or text).
	Data []byte
	// Meta carries metadata supplied beside the content (for example by a JSON
	// Lines record); empty fields are unknown.
	Meta Meta
}

// Meta is metadata that arrives with a document rather than inside it.
type Meta struct {
	ID        string // an identifier given by the corpus
	URL       string
	Source    string // publisher or outlet name
	Title     string
	Published string // YYYY-MM-DD
	// Format is "html", "text" or "" (unknown: decided from the content).
	Format string
}

// Error reports a problem with one input, naming it.
type Error struct {
	Name string // the input
	Err  error  // the cause
}

// Error implements error.
func (e *Error) Error() string { return fmt.Sprintf("%s: %v", e.Name, e.Err) }

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }
