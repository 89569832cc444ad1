// Command trainmain trains the syntax model on a UD treebank directory and
// writes it to a file; it is a development helper equivalent to
// `entente train syntax`.
//
//	go run ./syntax/internal/trainmain -treebank ../shared/data/ud/UD_English-EWT -out syntax/model/en_ewt.model.gz
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/signal"

	"entente/syntax"
)

func main() {
	treebank := flag.String("treebank", "../shared/data/ud/UD_English-EWT", "UD treebank directory")
	out := flag.String("out", "syntax/model/en_ewt.model.gz", "output model file")
	taggerIters := flag.Int("tagger-iters", 0, "tagger epochs (0 = default)")
	parserIters := flag.Int("parser-iters", 0, "parser epochs (0 = default)")
	folds := flag.Int("folds", 0, "jackknife folds (0 = default)")
	ensemble := flag.Int("ensemble", 0, "parsers averaged (0 = default)")
	tprune := flag.Float64("tagger-prune", 0, "tagger weight pruning threshold (0 = default, -1 = none)")
	pprune := flag.Float64("parser-prune", 0, "parser weight pruning threshold (0 = default, -1 = none)")
	evalEach := flag.Bool("eval-each-epoch", false, "score dev after every parser epoch")
	includeDev := flag.Bool("include-dev", false, "also train on the dev set (as for the shipped model)")
	flag.Parse()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	opts := syntax.TrainOptions{
		TaggerIterations: *taggerIters,
		ParserIterations: *parserIters,
		JackknifeFolds:   *folds,
		ParserEnsemble:   *ensemble,
		TaggerPrune:      *tprune,
		ParserPrune:      *pprune,
		EvalEachEpoch:    *evalEach,
		IncludeDev:       *includeDev,
		Logger:           slog.New(slog.NewTextHandler(os.Stderr, nil)),
	}
	if err := syntax.TrainFiles(ctx, *treebank, *out, opts); err != nil {
		fmt.Fprintln(os.Stderr, "trainmain:", err)
		os.Exit(1)
	}
}
