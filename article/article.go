package article

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Article is a cleaned news article. Every later stage refers to it by ID and by
// byte offsets into Text.
type Article struct {
	ID        string `json:"id"`
	URL       string `json:"url,omitempty"`
	Source    string `json:"source,omitempty"`
	Title     string `json:"title,omitempty"`
	Byline    string `json:"byline,omitempty"`
	Published string `json:"published,omitempty"` // YYYY-MM-DD, or empty when unknown
	Language  string `json:"language,omitempty"`
	// Text is the clean body: paragraphs separated by one blank line, the title
	// first when the input printed one.
	Text string `json:"text"`
	// Hash is the hex SHA-256 of the normalised text.
	Hash string `json:"hash"`
	// Input names the document the article came from (a path, or path:line).
	Input string `json:"input,omitempty"`
}

// IDLength is the number of hex digits of Hash used as the article id.
const IDLength = 16

// ContentHash returns the hex SHA-256 of text after normalisation: Unicode NFC,
// lower case, every run of white space folded to one space. Two copies of an
// article that differ only in layout or case get the same hash.
func ContentHash(text string) string {
	var b strings.Builder
	b.Grow(len(text))
	space := false
	for _, r := range norm.NFC.String(text) {
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	sum := sha256.Sum256([]byte(b.String()))
	return hex.EncodeToString(sum[:])
}

// setText stores the text and derives Hash and ID from it.
func (a *Article) setText(text string) {
	a.Text = text
	a.Hash = ContentHash(text)
	a.ID = a.Hash[:IDLength]
}
