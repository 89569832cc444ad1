package syntax

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"time"
)

// TrainOptions configures Train. Zero values select the defaults used for
// the shipped model.
type TrainOptions struct {
	// TaggerIterations is the number of tagger training epochs (default 8).
	TaggerIterations int
	// ParserIterations is the number of parser training epochs (default 12).
	ParserIterations int
	// ParserEnsemble is the number of parsers trained with different seeds
	// whose weights are averaged into the final parser (default 3).
	ParserEnsemble int
	// JackknifeFolds is the number of folds used to produce the predicted
	// tags the parser is trained on (default 5; 1 trains the parser on gold
	// tags).
	JackknifeFolds int
	// Seed seeds the shuffling of training sentences and the exploration of
	// the dynamic oracle (default 1). Training is deterministic for a seed.
	Seed uint64
	// TaggerPrune and ParserPrune drop averaged weights whose magnitude is
	// below the value (defaults 0.1 and 1; negative keeps all weights).
	// Pruning shrinks the model and speeds it up at little or no cost in
	// accuracy.
	TaggerPrune, ParserPrune float64
	// Workers bounds the number of jackknife folds trained in parallel
	// (default 2).
	Workers int
	// IncludeDev also trains on the dev sentences (used for the shipped
	// model, so that dev scores are then not held-out: report dev scores of a
	// model trained without it).
	IncludeDev bool
	// EvalEachEpoch scores the dev set after every parser epoch (slower).
	EvalEachEpoch bool
	// Logger receives progress messages (default slog.Default()).
	Logger *slog.Logger
}

func (o TrainOptions) withDefaults() TrainOptions {
	if o.TaggerIterations <= 0 {
		o.TaggerIterations = 8
	}
	if o.ParserIterations <= 0 {
		o.ParserIterations = 12
	}
	if o.ParserEnsemble <= 0 {
		o.ParserEnsemble = 3
	}
	if o.JackknifeFolds <= 0 {
		o.JackknifeFolds = 5
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.TaggerPrune == 0 {
		o.TaggerPrune = 0.1
	}
	if o.ParserPrune == 0 {
		o.ParserPrune = 1
	}
	if o.Workers <= 0 {
		o.Workers = 2
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	return o
}

// Train trains a model on the CoNLL-U treebank read from train, reports
// scores on dev (which may be nil) and writes the model file to w.
func Train(ctx context.Context, train, dev io.Reader, opts TrainOptions, w io.Writer) error {
	trainSents, err := ReadCoNLLU(train)
	if err != nil {
		return fmt.Errorf("reading training treebank: %w", err)
	}
	var devSents []*TreebankSentence
	if dev != nil {
		if devSents, err = ReadCoNLLU(dev); err != nil {
			return fmt.Errorf("reading dev treebank: %w", err)
		}
	}
	m, err := TrainModel(ctx, trainSents, devSents, opts)
	if err != nil {
		return err
	}
	return m.Save(w)
}

// TrainFiles trains on the UD treebank directory dir (which holds
// *-ud-train.conllu and *-ud-dev.conllu files, e.g. UD_English-EWT) and
// writes the model to outPath. It is the programmatic form of
// `entente train syntax --treebank DIR --out FILE`.
func TrainFiles(ctx context.Context, dir, outPath string, opts TrainOptions) error {
	find := func(part string) (string, error) {
		ms, err := filepath.Glob(filepath.Join(dir, "*-ud-"+part+".conllu"))
		if err != nil {
			return "", fmt.Errorf("finding %s file in %s: %w", part, dir, err)
		}
		if len(ms) != 1 {
			return "", fmt.Errorf("finding %s file in %s: want one *-ud-%s.conllu, found %d", part, dir, part, len(ms))
		}
		return ms[0], nil
	}
	trainPath, err := find("train")
	if err != nil {
		return err
	}
	devPath, err := find("dev")
	if err != nil {
		return err
	}
	tf, err := os.Open(trainPath)
	if err != nil {
		return fmt.Errorf("opening training treebank: %w", err)
	}
	defer tf.Close()
	df, err := os.Open(devPath)
	if err != nil {
		return fmt.Errorf("opening dev treebank: %w", err)
	}
	defer df.Close()
	out, err := os.Create(outPath)
	if err != nil {
		return fmt.Errorf("creating model file: %w", err)
	}
	if err := Train(ctx, tf, df, opts, out); err != nil {
		out.Close()
		return errors.Join(err, os.Remove(outPath))
	}
	if err := out.Close(); err != nil {
		return fmt.Errorf("writing model file %s: %w", outPath, err)
	}
	return nil
}

// TrainModel trains a model on train sentences; dev sentences (may be
// empty) are only used to report scores.
func TrainModel(ctx context.Context, train, dev []*TreebankSentence, opts TrainOptions) (*Model, error) {
	o := opts.withDefaults()
	log := o.Logger
	start := time.Now()
	all := train
	if o.IncludeDev {
		all = append(append([]*TreebankSentence(nil), train...), dev...)
	}
	var usable []*TreebankSentence
	for _, s := range all {
		heads := make([]int32, len(s.Words)+1)
		for i, w := range s.Words {
			heads[i+1] = int32(w.Head)
		}
		if isTree(heads) {
			usable = append(usable, s)
		}
	}
	if len(usable) == 0 {
		return nil, errors.New("training: no usable sentences (need words with heads forming a tree)")
	}
	log.Info("training syntax model", "sentences", len(usable), "skipped", len(all)-len(usable),
		"tagger_iters", o.TaggerIterations, "parser_iters", o.ParserIterations, "folds", o.JackknifeFolds,
		"include_dev", o.IncludeDev)
	cs := newClassSet(usable)
	labels := labelSet(usable)
	// The model format stores classes in one byte.
	if len(cs.list) > 255 || 2+2*len(labels) > 255 {
		return nil, fmt.Errorf("training: %d tag classes and %d labels exceed the model format's limits (255 and 126)", len(cs.list), len(labels))
	}
	labelIndex := make(map[string]int32, len(labels))
	for i, l := range labels {
		labelIndex[l] = int32(i)
	}
	topts := tagTrainOptions{iters: o.TaggerIterations, seed: o.Seed, prune: o.TaggerPrune, log: log}

	// Predicted tags for the parser's training data.
	predicted := make([][]int32, len(usable))
	if o.JackknifeFolds >= 2 {
		if err := jackknife(ctx, usable, cs, topts, o, predicted); err != nil {
			return nil, err
		}
	}
	log.Info("training final tagger")
	tg, err := trainTagger(ctx, usable, cs, topts)
	if err != nil {
		return nil, err
	}
	if o.JackknifeFolds < 2 {
		for i, s := range usable {
			predicted[i] = goldTags(s, cs)
		}
	}
	lz := trainLemmatizer(usable)

	data := make([]parserExample, 0, len(usable))
	for i, s := range usable {
		ex, err := newParserExample(s, predicted[i], labelIndex)
		if err != nil {
			return nil, fmt.Errorf("training parser: %w", err)
		}
		data = append(data, ex)
	}
	popts := parserTrainOptions{iters: o.ParserIterations, exploreFrom: 1, exploreProb: 0.9, seed: o.Seed, prune: o.ParserPrune, log: log,
		ensemble: o.ParserEnsemble, workers: o.Workers}
	if o.EvalEachEpoch && len(dev) > 0 {
		popts.onEpochFrozen = func(epoch int, p *parser, _ *perceptron) {
			sc := evaluateSentences(newModel(tg, lz, p), dev)
			log.Info("dev scores", "epoch", epoch, "UPOS", f2(sc.UPOS), "UAS", f2(sc.UAS), "LAS", f2(sc.LAS))
		}
	}
	p, err := trainParser(ctx, data, labels, parserTagAtoms(cs.list), popts)
	if err != nil {
		return nil, err
	}
	m := newModel(tg, lz, p)
	log.Info("trained syntax model", "elapsed", time.Since(start).Round(time.Second).String(),
		"tagger_features", tg.weights.numRows(), "parser_features", p.weights.numRows(),
		"parser_weights", p.weights.numEntries())
	if len(dev) > 0 {
		sc := evaluateSentences(m, dev)
		log.Info("dev scores", "UPOS", f2(sc.UPOS), "XPOS", f2(sc.XPOS), "lemma", f2(sc.Lemma), "UAS", f2(sc.UAS), "LAS", f2(sc.LAS))
	}
	return m, nil
}

func f2(x float64) string { return fmt.Sprintf("%.2f", x) }

func goldTags(s *TreebankSentence, cs *classSet) []int32 {
	tags := make([]int32, len(s.Words))
	for i, w := range s.Words {
		tags[i] = cs.index[tagClass{w.UPOS, w.XPOS}]
	}
	return tags
}

// jackknife fills predicted with the tags of each sentence as predicted by
// a tagger trained on the other folds.
func jackknife(ctx context.Context, sents []*TreebankSentence, cs *classSet, topts tagTrainOptions, o TrainOptions, predicted [][]int32) error {
	k := o.JackknifeFolds
	errs := make([]error, k)
	sem := make(chan struct{}, o.Workers)
	var wg sync.WaitGroup
	for f := 0; f < k; f++ {
		wg.Add(1)
		sem <- struct{}{}
		go func(f int) {
			defer wg.Done()
			defer func() { <-sem }()
			var in []*TreebankSentence
			for i, s := range sents {
				if i%k != f {
					in = append(in, s)
				}
			}
			fo := topts
			fo.log = nil
			t, err := trainTagger(ctx, in, cs, fo)
			if err != nil {
				errs[f] = err
				return
			}
			for i, s := range sents {
				if i%k == f {
					predicted[i] = t.tagWords(s.Forms())
				}
			}
			o.Logger.Info("jackknife fold tagged", "fold", f+1, "of", k)
		}(f)
	}
	wg.Wait()
	return errors.Join(errs...)
}
