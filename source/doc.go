// Package source yields raw documents for the pipeline: single files, directory
// trees, standard input and JSON Lines dumps. It is the first stage of entente and
// knows nothing of the stages after it.
//
// A source never loads a whole corpus into memory: documents are produced one at a
// time through an iterator, and a failure to read one document is reported for that
// document while the rest of the source goes on.
package source
