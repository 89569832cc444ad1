package main

import (
	"context"
	"fmt"
	"os"

	"entente/syntax"
)

func runEvalSyntax(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval syntax", "[flags] FILE.conllu", `
Tag, lemmatise and parse a CoNLL-U treebank with gold tokenisation and score the
result. The last line is "UPOS=… UAS=… LAS=… tokens/s=…" (percentages).`)
	modelPath := fs.String("model", "", "model file (default: the embedded model)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError{"name one CoNLL-U file"}
	}
	m, err := loadSyntax(*modelPath)
	if err != nil {
		return err
	}
	f, err := os.Open(fs.Arg(0))
	if err != nil {
		return err
	}
	defer f.Close()
	s, err := syntax.Evaluate(m, f)
	if err != nil {
		return fmt.Errorf("%s: %w", fs.Arg(0), err)
	}
	fmt.Fprintln(e.stdout, s)
	return nil
}

// loadSyntax loads the model at path, or the embedded one.
func loadSyntax(path string) (*syntax.Model, error) {
	if path == "" {
		return syntax.LoadDefault()
	}
	return syntax.LoadFile(path)
}
