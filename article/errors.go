package article

import (
	"bytes"
	"errors"
	"fmt"
	"unicode/utf8"
)

// Errors for inputs that cannot become an article. They are wrapped with the
// details of the input; test for them with errors.Is.
var (
	ErrEmpty       = errors.New("empty input")
	ErrBinary      = errors.New("binary data, not text or HTML")
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	ErrTooDeep     = errors.New("HTML nested too deeply")
	ErrNoContent   = errors.New("no article text found")
)

// checkBytes rejects empty, binary and non-UTF-8 input before any parsing.
func checkBytes(data []byte) error {
	if len(bytes.TrimSpace(data)) == 0 {
		return ErrEmpty
	}
	sample := data
	if len(sample) > 8192 {
		sample = sample[:8192]
	}
	if bytes.IndexByte(sample, 0) >= 0 {
		return fmt.Errorf("%w: NUL byte in the first %d bytes", ErrBinary, len(sample))
	}
	control := 0
	for _, c := range sample {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			control++
		}
	}
	if control*20 > len(sample) {
		return fmt.Errorf("%w: %d control bytes in the first %d", ErrBinary, control, len(sample))
	}
	if !utf8.Valid(data) {
		return fmt.Errorf("%w at byte %d", ErrInvalidUTF8, firstInvalidUTF8(data))
	}
	return nil
}

func firstInvalidUTF8(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return -1
}
