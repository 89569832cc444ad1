// Package petreval runs PETRARCH's unit-test records through entente's own
// stages and reports the pass rate (the shared EVALUATION.md, "PETRARCH
// records").
//
// Each record's text is segmented (text.Analyze), tagged and parsed with
// entente's parser (tree.Parse; the CoreNLP or UDPipe parse a record carries
// is not read), its actors are found with the records' own dictionaries
// (PETR.Validate.actors.txt and agents.txt, loaded with actors.LoadFiles, at
// the record's date), coreference is built, and the events coder runs with
// the records' verb dictionary. A record passes when the set of (source,
// target, code) triples produced equals the set expected; a record that
// expects no event passes when none is produced.
//
// Records that expect an error are handled as PETRARCH's input checks would:
// "storydiscard" and "sentencediscard" pass when the records' discard
// dictionary matches the text (a "+" story-level entry or a sentence-level
// one), "dateline" passes when the text opens with a dateline ("CEBU CITY:
// --"). A record rejected by a check yields no events, so a discard phrase in
// a record that expects events fails it. Skipped, and left out of the pass
// rate: "bad_input_parse" records, which test PETRARCH's reader of a
// malformed parse (entente does not read the parse), and, as PETRARCH's own
// validator does, records of categories the file's <Include> does not list
// (Setup.AllCategories scores them too).
//
// The records' <Config> options PETRARCH's coder reads are honoured per
// record: require_dyad = False codes events with a side that names no actor
// as "---" (events.Coder.NullActors), new_actor_length = N makes a noun
// phrase of at most N words that names no actor a new actor, its quoted
// text (events.Coder.NewActorLength). Agents of no country are PETRARCH's
// anonymous agents, "---GOV" (events.Coder.AnonymousAgents), in every
// record.
//
// Two readings of entente's pipeline that PETRARCH lacks are turned off,
// because the records test PETRARCH's (Setup.PipelineReadings keeps them): a
// future or promised action keeps its verb's code instead of CAMEO's intent
// or threat form (events.Coder.NoIntentForm), and pattern words match the
// word as written, not its lemma (verbdict.Options.ExactWords). Measured
// when the switch was added: the pipeline's readings pass 240 of the 279
// scored records, PETRARCH's 247 (the UniversalPetrarch copy: 190 and 209).
//
// The codes of the test verb dictionaries that are not CAMEO codes (WEIS-era
// 901–915, 345, 802, ...) are added to the coder's code table (CodeTable), so
// the coder keeps their events instead of dropping them as unknown.
//
// Which verb dictionary goes with which records: PETR.UnitTest.records.xml
// (PETRARCH-2, Penn Treebank parses) names PETR.Validate.verbs.txt, whose
// codes are mostly WEIS; its expectations were written for that file. The
// UniversalPetrarch copy of the records revises the expectations for
// PETR.Validate.verbs.2.0.txt (CAMEO codes) and its own actor file. Mixing
// them measures nothing (0.165 at commit d19aec9).
package petreval
