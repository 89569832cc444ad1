// Package quotes finds who said what: direct quotations (words between paired
// quote marks) and indirect ones ("X said that …", "…, X said", "according to
// X, …"), each with its reporting verb (the cue), the words that name the
// speaker, and the speaker resolved through the article's coreference to a
// full entity (name, role, organisation, actor code).
//
// Attribution reads the dependency parse: a cue is a verb of saying (say, tell,
// argue, warn, blame, accuse, call, according to …) near the quotation, and the
// speaker is its subject — or, for a verb without one ("characterizing it as …"),
// the subject of the verb it depends on. A quotation with no cue of its own
// takes the speaker of the quotation before it in the same or the previous
// paragraph (a floating quote). A quotation printed twice (a pull quote) is one
// Quote with two occurrences.
package quotes
