package main

import (
	"context"
	"fmt"

	"entente/syntax"
)

func runTrain(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 || args[0] != "syntax" {
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help") {
			fmt.Fprintln(e.stderr, "Usage: entente train syntax [flags]\n\nTrain a model; see 'entente train syntax --help'.")
			return errHelp
		}
		return usageError{"what to train? only 'entente train syntax' exists"}
	}
	fs := newFlags(e, "train syntax", "[flags]", `
Train the part-of-speech tagger, lemmatiser and dependency parser on a UD
treebank (the train and dev .conllu files of a directory such as
UD_English-EWT) and write the model file. Training is deterministic for a
seed. To replace the model embedded in entente, write it to
syntax/model/en_ewt.model.gz and rebuild.`)
	treebank := fs.String("treebank", "../shared/data/ud/UD_English-EWT", "UD treebank directory")
	out := fs.String("out", "syntax/model/en_ewt.model.gz", "model file to write")
	seed := fs.Uint64("seed", 1, "random seed")
	includeDev := fs.Bool("include-dev", true, "train on the dev sentences too, as the embedded model was (scores on dev then mean nothing)")
	if err := parseFlags(fs, args[1:]); err != nil {
		return err
	}
	return syntax.TrainFiles(ctx, *treebank, *out, syntax.TrainOptions{Seed: *seed, IncludeDev: *includeDev, Logger: e.log})
}
