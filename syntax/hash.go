package syntax

import (
	"unicode"
	"unicode/utf8"
)

// FNV-1a constants used to hash strings into uint64 feature atoms.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hashString returns a 64-bit FNV-1a hash of s.
func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// hashLower returns the hash of the lower-cased s without allocating; it
// equals hashString(strings.ToLower(s)) for ASCII and for most Unicode text.
func hashLower(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			h ^= uint64(c)
			h *= fnvPrime
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		var buf [utf8.UTFMax]byte
		n := utf8.EncodeRune(buf[:], unicode.ToLower(r))
		for j := 0; j < n; j++ {
			h ^= uint64(buf[j])
			h *= fnvPrime
		}
	}
	return h
}

// mix combines a running hash with one more value.
func mix(h, v uint64) uint64 {
	h ^= v + 0x9e3779b97f4a7c15 + (h << 6) + (h >> 2)
	return h
}

// finish scrambles h so that both its low bits (table slot) and high bits
// (fingerprint) are well distributed (the murmur3 64-bit finaliser).
func finish(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

// feat1, feat2, feat3 and feat4 build the key of a feature template t
// applied to one to four atomic values.
func feat1(t, a uint64) uint64       { return finish(mix(t*0x100000001b3, a)) }
func feat2(t, a, b uint64) uint64    { return finish(mix(mix(t*0x100000001b3, a), b)) }
func feat3(t, a, b, c uint64) uint64 { return finish(mix(mix(mix(t*0x100000001b3, a), b), c)) }
func feat4(t, a, b, c, d uint64) uint64 {
	return finish(mix(mix(mix(mix(t*0x100000001b3, a), b), c), d))
}
