// Package verbdict reads the PETRARCH-2 CAMEO verb dictionary and matches
// its verb patterns against a sentence.
//
// # Format
//
// The dictionary (CAMEO.2.0.txt, embedded; PETR.Validate.verbs*.txt for the
// unit tests) has four kinds of entries, '#' (and the legacy ';' and
// <!-- -->) comments, and blank lines that end a synset:
//
//	&CURRENCY                  a synset; a final '_' on the label turns off plurals
//	+DOLLAR                    member (regular plural generated: dollars)
//	+CASH_                     member without plural
//
//	--- ASK [020] ---          a verb block with its primary code
//	ASK                        verb: forms generated (asks, asked, asking)
//	SPEED {SPEEDS SPED}        irregular forms; with {…} nothing is generated
//	+ASK_FOR {+ASKED_FOR} [020] multiword verb, '+' marks the verb word, own code
//	- * (FOR {FINANCIAL AID}) [0231]   pattern: pre-verb part, '*' the verb, post-verb part
//	- $ * (AS &NEGOTIATOR) (WITH +) [045]
//
//	~ a (a b ATTACK) SAY = a b 015     transformation of an event about an event
//
// Pattern elements: WORD (a noun or particle; the head of its phrase),
// {MODIFIER … HEAD} (a noun phrase), (PREP objects…) (a prepositional
// phrase), &SYNSET, $ (source actor), + (target actor), % (compound actor:
// source and target), ^ (skip one noun phrase). '_' joins two items that
// must be adjacent (TABARI style, "IN_*", "*_OUT"). Codes: "[190]",
// "[042:043]" (active:passive), "[:173]" (passive only), "[---]" (no event);
// see Code.
//
// # Matching
//
// PETRARCH-2 matches patterns on a constituency parse: pre-verb nouns on the
// head of the subject, post-verb nouns on heads of object NPs, prepositions
// on PP children of the VP. Dictionary.Match approximates this on a token
// window around the verb, which works with any tagger and with a UD
// dependency parse: elements are sought in order outwards from the verb,
// skipping up to Options.MaxGap tokens between elements (an actor span
// counts as one) but never a clause boundary (. ; : ? !, a subordinating
// conjunction or relative pronoun, another verb; the caller may open some,
// Query.Open), and up to
// Options.MaxNPGap determiners/adjectives/nouns inside a noun or
// prepositional phrase. A pattern noun must be the head of its phrase: a
// noun followed by another noun does not match ("aid" in "aid workers").
// A '_'-joined phrase first after the verb may lie anywhere in the verb's
// complement clause (Query.Complement). Words match on the surface form or
// the lemma. $ + % must start exactly at
// a known actor span (Query.Actors). The most specific match wins: the most
// words and slots matched, then the fewest skipped tokens, then the first
// pattern in the file.
package verbdict
