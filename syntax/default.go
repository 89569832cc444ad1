package syntax

import (
	"bytes"
	_ "embed" // for the embedded default model
	"fmt"
)

// defaultModelName names the embedded model in error messages.
const defaultModelName = "embedded model/en_ewt.model.gz"

//go:embed model/en_ewt.model.gz
var defaultModelData []byte

// LoadDefault loads the model embedded in the package, trained on UD
// English EWT. Each call decodes a fresh Model (about 0.1–0.2 s); load it
// once and share it, since a Model is safe for concurrent use.
func LoadDefault() (*Model, error) {
	m, err := Load(bytes.NewReader(defaultModelData))
	if err != nil {
		return nil, fmt.Errorf("loading %s: %w", defaultModelName, err)
	}
	return m, nil
}
