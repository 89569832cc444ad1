//go:build !amd64 || purego

package syntax

// addRow adds src to dst word by word (len(dst) == len(src)).
func addRow(dst, src []uint64) { addWords(dst, src) }

// prefetch does nothing on this architecture.
func (t *weightTable) prefetch([]uint64) {}
