// Package cameo is the CAMEO event-code table of entente: for every code its
// name, root (cue category), Goldstein score, QuadClass and PLOVER event type,
// mode and context.
//
// Sources (vendored under data/, embedded, see data/SOURCES.md):
//
//   - names: GDELT CAMEO.eventcodes.txt (311 codes, 20 roots);
//   - Goldstein scores: GDELT CAMEO.goldsteinscale.txt, the usual reference.
//     Other tables disagree on 8 codes (016, 022, 124, 1246, 163, 164, 165,
//     166; see GoldsteinDisagreements); the GDELT value is used;
//   - QuadClass: derived from the root (GDELT convention) by QuadClassOf:
//     01–05 → 1 verbal cooperation, 06–09 → 2 material cooperation,
//     10–14 → 3 verbal conflict, 15–20 → 4 material conflict;
//   - PLOVER: CAMEO2PLOVER-2021.txt (PLOVER draft 0.8). A code the file lists
//     takes its line; a code it lacks takes its root's header line (type only);
//     root 01 (statements) is "dropped" in PLOVER and gets an empty type; an
//     appeal (root 02, also left out of the file) takes the line of its
//     parallel demand, 023 → 103, REQUEST/assist (plover.go says why).
//
// Load parses the embedded tables; Parse reads other copies.
package cameo
