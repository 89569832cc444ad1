// Package article turns a raw document (an HTML page or scraped text) into an
// Article: clean body text with title, byline, date, source and URL, and an id
// derived from the normalised text so that the same article always gets the same
// id.
//
// HTML goes through go-trafilatura, a port of the trafilatura extractor, and its
// content node is read paragraph by paragraph. Plain text goes through a line-based
// cleaner. Both paths then apply the same boilerplate rules: tracking-pixel names
// (fbpx), newsletter and subscription promos, share and cookie lines,
// "ADVERTISEMENT", photo credits and bylines printed as noise.
//
// Paragraphs printed twice (pull quotes) are kept: the body must survive whole and
// the quote stage records such a quote once with two occurrences. This departs from
// the design notes, which let this stage drop them; the text stage marks repeats.
package article
