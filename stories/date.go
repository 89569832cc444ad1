package stories

import "time"

// secondsPerDay converts between Unix seconds at midnight UTC and day numbers.
const secondsPerDay = 24 * 60 * 60

// parseDay returns the day number (days since 1970-01-01) of a date written
// exactly as YYYY-MM-DD, and false for anything else, an impossible day
// such as 2023-02-30 included.
func parseDay(s string) (int, bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return 0, false
	}
	y, ok1 := digits(s[0:4])
	m, ok2 := digits(s[5:7])
	d, ok3 := digits(s[8:10])
	if !ok1 || !ok2 || !ok3 || m < 1 || m > 12 || d < 1 {
		return 0, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d { // normalised into the next month: no such day
		return 0, false
	}
	return int(t.Unix() / secondsPerDay), true
}

// formatDay writes a day number as YYYY-MM-DD.
func formatDay(day int) string {
	return time.Unix(int64(day)*secondsPerDay, 0).UTC().Format(time.DateOnly)
}

// digits parses a string of ASCII digits.
func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}
