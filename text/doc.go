// Package text lays the structure every later stage refers to over an article's
// clean text: paragraphs, sentences, tokens and paired quotation marks, all located
// by half-open byte offsets into the text, so that text[Start:End] is always the
// thing described.
//
// The segmenter is rule-based and allocation-light: one pass for tokens, one for
// sentences, one for quote marks. It knows news conventions: "U.S." and "Nov. 1"
// do not end sentences, a sentence may end inside a closing quote mark, a quotation
// may run over several paragraphs when each new paragraph reopens with a quote
// mark, and single quotes nest inside double ones. Marks that cannot be paired are
// reported, never fatal. A wire dateline opening a paragraph ("WASHINGTON
// (AP) —") is split off as a sentence of its own marked Dateline, and
// StoryTokens leaves it out for the actor stage (dateline.go).
//
// It also names the calendar words that later stages read in time phrases
// (calendar.go: weekdays, months, day adverbs, parts of a day), so that the
// parse repairs and the verb matcher share one list.
package text
