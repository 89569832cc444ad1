package text

import "time"

// Calendar words as news writes them, for the later stages that read time
// phrases (the parse repairs, the verb matcher): the names of the days of
// the week and of the months, capitalised ("Monday", "March": the
// lower-case "march" and "may" are other words; the names are the time
// package's), the deictic day adverbs in lower case ("today": "USA Today"
// is a name) and the parts of a day.

// IsWeekday reports whether w is the name of a day of the week as written:
// "Monday", not "monday" or "MONDAY".
func IsWeekday(w string) bool {
	for d := time.Sunday; d <= time.Saturday; d++ {
		if w == d.String() {
			return true
		}
	}
	return false
}

// IsMonth reports whether w is the name of a month as written: "March".
func IsMonth(w string) bool {
	for m := time.January; m <= time.December; m++ {
		if w == m.String() {
			return true
		}
	}
	return false
}

// IsDayAdverb reports whether w is a day named from the day of writing, in
// lower case: "today", "yesterday", "tomorrow", "tonight".
func IsDayAdverb(w string) bool {
	switch w {
	case "today", "yesterday", "tomorrow", "tonight":
		return true
	}
	return false
}

// IsDayPart reports whether w is a part of a day in lower case: "morning",
// "afternoon", "evening", "night".
func IsDayPart(w string) bool {
	switch w {
	case "morning", "afternoon", "evening", "night":
		return true
	}
	return false
}
