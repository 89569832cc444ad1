// Package coref links the mentions of one article to entities: full names,
// surnames and pronouns of people ("Ksenia Svetlova" … "Svetlova" … "she"),
// descriptions ("a diplomatic source" … "the diplomatic source"), organisations and
// states from the actor dictionaries. It also reads people's roles and
// organisations from appositives, possessives and titles ("The Atlantic Council’s
// Ksenia Svetlova, a senior research nonresident fellow …"; "Deputy
// Director-General for Eurasia Simona Halperin").
//
// It works on one article at a time, on the dependency parses of its sentences
// (syntax/tree) and the actor mentions of the actors stage. Gender is learned
// from the text: a person resolved from "she" is female from then on, so a later
// "he" skips her.
package coref
