// Package dict reads the PETRARCH/TABARI dictionary formats that entente codes actors
// with, and embeds the vendored Phoenix dictionaries and CountryInfo.
//
// Every parser reads one file and returns the entries it found, the warnings for
// oddities that real dictionaries contain (a bad date in one restriction, a record
// without a code, a duplicate), and an error, wrapping a *ParseError with the file
// name and line, for lines that cannot be read at all. Parsers never panic, whatever
// their input (each has a fuzz target).
//
// Formats (see dictionaries.rst of PETRARCH 2 and the CountryInfo header):
//
//   - actors (ParseActors): a primary phrase with an optional code, "+" synonyms,
//     and tab-indented date restrictions "[CODE]", "[CODE >YYMMDD]", "[CODE <d]",
//     "[CODE d-d]"; several restrictions may also follow a phrase on its line. A
//     code may be several joined by slashes, "[ELR/GAL]": the actor is each of
//     them (Rule.Also). Lines opening with '<' are comments. As in agents and
//     verb patterns, a blank between words lets other words stand there
//     ("ITHILEN TELEVISION" matches "Ithilen state-run television"), an
//     underscore does not; the Phoenix files join almost every phrase with
//     underscores.
//   - agents (ParseAgents): "PHRASE {PLURAL} [~CODE]" or "[CODE~]", "!MACRO! = a, b"
//     substitution sets used as "FOREIGN_!MINIST!", blanks that allow words between.
//   - discards (ParseDiscards): phrases that stop coding of a sentence ("+" for a
//     whole story), a final "_" for an exact word, otherwise a stem.
//   - issues (ParseIssues): "<ISSUE CATEGORY=...>" blocks of "phrase [CODE]" lines
//     with n: (noun), v: (verb) and + (blank or hyphen) expansions, "~" ignore
//     phrases.
//   - CountryInfo (ParseCountryInfo): the almost-XML country file: codes, names,
//     nationality forms, capitals, cities, regions, leaders and government members.
//
// In every phrase an underscore joins words; a final underscore means the phrase
// gets no generated plural.
package dict
