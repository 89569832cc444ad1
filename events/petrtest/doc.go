// Package petrtest reads the test material of the events stage:
//
//   - PETRARCH unit-test records (PETR.UnitTest.records.xml, 284 sentences
//     with Penn Treebank parses, and the UniversalPetrarch copy with CoNLL-U
//     parses and revised expectations): ReadRecords;
//   - CoNLL-U parses carried by records: ParseCoNLLU;
//   - the ICEWS CAMEO code table with an example sentence per code
//     (andybega/icews cameo-codes.csv): ReadICEWSCodes;
//   - NGEC's synthetic news stories labelled by PLOVER event type
//     (gpt_synthetic_events_*.csv, or its zip): ReadSynthetic,
//     ReadSyntheticFile.
//
// The files themselves are not vendored: tests read them from the project's
// reference-data folder and skip when it is absent.
package petrtest
