// Package pipeline runs entente's stages over a stream of documents: source →
// article → text (and the later stages as they land), on a pool of workers sized to
// the machine, handing results to a sink in input order. It holds only a bounded
// window of documents in memory, so a corpus of any size streams through.
package pipeline
