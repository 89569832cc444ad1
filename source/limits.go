package source

import (
	"errors"
	"fmt"
	"io"
)

// DefaultMaxBytes is the largest document read by default (32 MiB). News articles
// are rarely above a few hundred kilobytes; larger inputs are almost always a
// mistake (a database dump, a video) and would only waste memory.
const DefaultMaxBytes = 32 << 20

// ErrTooLarge is returned for an input above the size limit.
var ErrTooLarge = errors.New("input too large")

// readLimited reads all of r, failing with ErrTooLarge past max bytes.
func readLimited(r io.Reader, max int64) ([]byte, error) {
	if max <= 0 {
		max = DefaultMaxBytes
	}
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, max)
	}
	return data, nil
}
