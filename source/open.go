package source

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strings"
)

// Options controls how inputs are read.
type Options struct {
	// MaxBytes is the largest document accepted; 0 means DefaultMaxBytes.
	MaxBytes int64
	// Stdin is read for the input name "-"; nil means os.Stdin.
	Stdin io.Reader
}

// Open yields the documents of the named inputs in order: "-" is standard input, a
// directory is walked in lexical order (hidden entries skipped), a file ending in
// .jsonl or .ndjson is a JSON Lines dump with one document per line, and any other
// file is one document. A failure on one document yields a *Error for it and the
// iteration goes on; the iteration stops early only when ctx is cancelled.
func Open(ctx context.Context, names []string, opts Options) iter.Seq2[Document, error] {
	return func(yield func(Document, error) bool) {
		for _, name := range names {
			if ctx.Err() != nil {
				yield(Document{}, ctx.Err())
				return
			}
			if !openOne(ctx, name, opts, yield) {
				return
			}
		}
	}
}

func openOne(ctx context.Context, name string, opts Options, yield func(Document, error) bool) bool {
	if name == "-" {
		in := opts.Stdin
		if in == nil {
			in = os.Stdin
		}
		data, err := readLimited(in, opts.MaxBytes)
		if err != nil {
			return yield(Document{Name: name}, &Error{Name: "standard input", Err: err})
		}
		return yield(Document{Name: name, Data: data}, nil)
	}
	info, err := os.Stat(name)
	if err != nil {
		return yield(Document{Name: name}, &Error{Name: name, Err: err})
	}
	if info.IsDir() {
		return walkDir(ctx, name, opts, yield)
	}
	return readFile(ctx, name, info, opts, yield)
}

func walkDir(ctx context.Context, root string, opts Options, yield func(Document, error) bool) bool {
	keepGoing := true
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err != nil {
			if !yield(Document{Name: path}, &Error{Name: path, Err: err}) {
				keepGoing = false
				return fs.SkipAll
			}
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if path != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || !isDocumentFile(d.Name()) {
			return nil
		}
		var info fs.FileInfo
		if d.Type()&fs.ModeSymlink != 0 {
			// Follow links to files; links to directories are not walked,
			// which keeps link cycles out.
			info, err = os.Stat(path)
			if err == nil && !info.Mode().IsRegular() {
				return nil
			}
		} else if !d.Type().IsRegular() {
			return nil
		} else {
			info, err = d.Info()
		}
		if err != nil {
			keepGoing = yield(Document{Name: path}, &Error{Name: path, Err: err})
		} else {
			keepGoing = readFile(ctx, path, info, opts, yield)
		}
		if !keepGoing {
			return fs.SkipAll
		}
		return nil
	})
	if err != nil && keepGoing {
		return yield(Document{Name: root}, &Error{Name: root, Err: err})
	}
	return keepGoing
}

// isDocumentFile reports whether a file found in a directory walk is read as a
// document: text, HTML and JSON Lines files, and files without an extension.
func isDocumentFile(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case "", ".txt", ".text", ".htm", ".html", ".xhtml", ".jsonl", ".ndjson":
		return true
	}
	return false
}

func isJSONLines(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return ext == ".jsonl" || ext == ".ndjson"
}

func readFile(ctx context.Context, path string, info fs.FileInfo, opts Options, yield func(Document, error) bool) bool {
	if isJSONLines(path) {
		return readJSONLinesFile(ctx, path, opts, yield)
	}
	max := opts.MaxBytes
	if max <= 0 {
		max = DefaultMaxBytes
	}
	if info.Size() > max {
		return yield(Document{Name: path}, &Error{Name: path, Err: fmt.Errorf("%w: %d bytes, the limit is %d", ErrTooLarge, info.Size(), max)})
	}
	f, err := os.Open(path)
	if err != nil {
		return yield(Document{Name: path}, &Error{Name: path, Err: err})
	}
	defer f.Close()
	data, err := readLimited(f, max)
	if err != nil {
		return yield(Document{Name: path}, &Error{Name: path, Err: err})
	}
	return yield(Document{Name: path, Data: data, Meta: Meta{Format: formatFromName(path)}}, nil)
}

func formatFromName(name string) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".htm", ".html", ".xhtml":
		return "html"
	case ".txt", ".text":
		return "text"
	}
	return ""
}
