package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"entente/events/petreval"
	"entente/events/petrtest"
)

// defaultPetrarchRecords is where the development checkout keeps PETRARCH's
// unit-test records (the shared reference-data folder beside the repository).
const defaultPetrarchRecords = "../shared/data/eventdata/petrarch2/PETR.UnitTest.records.xml"

func runEvalPetrarch(ctx context.Context, e *env, args []string) error {
	flags := newFlags(e, "eval petrarch", "[flags]", `
Code PETRARCH's unit-test records with their own dictionaries (the
PETR.Validate.* files the records file names in its <Environment>, read from
--dir) and report the pass rate per the shared EVALUATION.md: a record passes
when the set of (source, target, code) triples produced equals the expected
set, and a record expecting no event passes when none is produced. Each text
is parsed by entente's own tagger and parser; the parses the records carry are
not read. Records expecting a discard or a dateline pass when that check
rejects them; records testing PETRARCH's reader of malformed parses
(bad_input_parse) and, unless --all-categories, records of categories outside
the file's <Include> list are skipped. The coder reads the records as
PETRARCH does where entente's pipeline reads differently: a future or
promised action keeps its verb's code (the pipeline codes CAMEO's intent or
threat form) and pattern words match as written (the pipeline also matches
their lemma); --pipeline-readings scores the pipeline's readings instead.
The last line is "petrarch pass=N/M rate=0.xxx".

The UniversalPetrarch copy of the records (CoNLL-U parses, revised
expectations) goes with its verb dictionary: --records
PETR.UnitTest.records.parsing_parsed_udpipe_2.0.xml --dir DIR-OF-PETR.Validate.agents.txt
--verbs PETR.Validate.verbs.2.0.txt --actors its PETR.Validate.actors.txt.`)
	records := flags.String("records", defaultPetrarchRecords, "PETRARCH unit-test records file")
	dir := flags.String("dir", "", "directory of the dictionaries the records file names (default: the records file's directory)")
	verbs := flags.String("verbs", "", "verb dictionary to use instead of the file's <Verbfile>")
	actorsFile := flags.String("actors", "", "actor dictionary to use instead of the file's <Actorfile>")
	all := flags.Bool("all-categories", false, "also score the categories the file's <Include> leaves out")
	noCoref := flags.Bool("no-coref", false, "leave coreference out (the pipeline runs it)")
	pipeline := flags.Bool("pipeline-readings", false, "code future actions as intents and match pattern words by lemma, as the pipeline does")
	modelPath := flags.String("syntax-model", "", "syntax model file (default: the embedded one)")
	minRate := flags.Float64("min", 0, "fail (exit 1) when the pass rate is below this")
	verbose := flags.Bool("verbose", false, "list the failing and skipped records with the reason")
	if err := parseFlags(flags, args); err != nil {
		return err
	}
	if flags.NArg() > 0 {
		return usageError{"eval petrarch takes no arguments; name the records file with --records"}
	}
	f, err := readPetrarchRecords(*records)
	if err != nil {
		return err
	}
	if *dir == "" {
		*dir = filepath.Dir(*records)
	}
	files := petreval.FilesFor(f.Env, *dir)
	if *verbs != "" {
		files.Verbs = *verbs
	}
	if *actorsFile != "" {
		files.Actors = *actorsFile
	}
	dict, coder, err := petreval.Load(ctx, files, e.log)
	if err != nil {
		return fmt.Errorf("%w (the dictionaries are looked up in --dir %s)", err, *dir)
	}
	model, err := loadSyntax(*modelPath)
	if err != nil {
		return err
	}
	rep, err := petreval.Run(ctx, f, petreval.Setup{Actors: dict, Coder: coder, Syntax: model,
		NoCoref: *noCoref, AllCategories: *all, PipelineReadings: *pipeline})
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "records: %s (%d)\nverbs: %s\nactors: %s, agents: %s\n\n",
		*records, len(f.Records), files.Verbs, files.Actors, files.Agents)
	if err := rep.Write(e.stdout, *verbose); err != nil {
		return err
	}
	if rep.Rate() < *minRate {
		return fmt.Errorf("pass rate %.3f is below --min %.3f", rep.Rate(), *minRate)
	}
	return nil
}

// readPetrarchRecords reads a records file; a missing default file gets a
// message saying where it lives and how to name another.
func readPetrarchRecords(path string) (*petrtest.File, error) {
	fh, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) && path == defaultPetrarchRecords {
		return nil, fmt.Errorf("records file %s not found: it is in the shared reference-data folder of the development checkout; name a copy of PETRARCH-2's PETR.UnitTest.records.xml with --records: %w", path, err)
	}
	if err != nil {
		return nil, fmt.Errorf("records file: %w", err)
	}
	defer fh.Close()
	f, err := petrtest.ReadRecords(path, fh)
	if err != nil {
		return nil, fmt.Errorf("records file: %w", err)
	}
	return f, nil
}
