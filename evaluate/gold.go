package evaluate

import (
	"encoding/json"
	"fmt"
	"os"
)

// Gold is a hand-annotated article in the seed gold format.
type Gold struct {
	Article     string      `json:"article"`
	Date        string      `json:"date"`
	Source      string      `json:"source"`
	Title       string      `json:"title"`
	Boilerplate []string    `json:"boilerplate"`
	Quotes      []GoldQuote `json:"quotes"`
}

// GoldQuote is one annotated quote.
type GoldQuote struct {
	Text         string   `json:"text"`
	Speaker      string   `json:"speaker"`
	SpeakerAlias []string `json:"speaker_alias"`
	Direct       bool     `json:"direct"`
	Optional     bool     `json:"optional"`
	Occurrences  int      `json:"occurrences"`
	SpeakerRole  string   `json:"speaker_role"`
	Where        string   `json:"where"`
}

// ParseGold decodes a gold file's bytes; name is used in errors.
func ParseGold(name string, data []byte) (*Gold, error) {
	var g Gold
	if err := json.Unmarshal(data, &g); err != nil {
		return nil, fmt.Errorf("gold file %s: %w", name, err)
	}
	if g.Article == "" && len(g.Quotes) == 0 && len(g.Boilerplate) == 0 {
		return nil, fmt.Errorf("gold file %s: no article, quotes or boilerplate: not a gold file", name)
	}
	return &g, nil
}

// LoadGold reads a gold file.
func LoadGold(path string) (*Gold, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("gold file: %w", err)
	}
	return ParseGold(path, data)
}
