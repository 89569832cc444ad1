// Package syntax is a pure-Go part-of-speech tagger, lemmatiser and
// transition-based dependency parser for English, trained on the Universal
// Dependencies English Web Treebank (UD English EWT, CC BY-SA 4.0).
//
// A [Model] bundles three components that run in sequence on a sentence of
// already tokenised words:
//
//   - a greedy averaged-perceptron tagger that predicts a joint UPOS+XPOS tag
//     per word (so that the two tag sets are always consistent);
//   - a lemmatiser made of a form+XPOS exception table learned from the
//     treebank and suffix rules for unseen words;
//   - a greedy arc-eager dependency parser with joint labelled transitions,
//     trained as an averaged perceptron with a dynamic oracle on
//     projectivised trees; it produces UD basic relations including subtypes
//     (nsubj:pass, obl:unmarked, ...).
//
// Features are hashed into uint64 keys and looked up in open-addressing
// tables of sparse, int16-quantised weight rows, so tagging and parsing do
// not allocate per token. A trained model is embedded in the package
// (model/en_ewt.model.gz) and loaded with [LoadDefault]. A loaded Model is
// read-only and safe for concurrent use by many goroutines.
//
// Heads are 1-based as in CoNLL-U: Token.Head is the 1-based index of the
// head word in the sentence, or 0 when the word is the root.
package syntax
