package stories

import (
	"math"
	"slices"

	"entente/events"
)

// setAfter is how many articles a story holds before it keeps a set of
// them instead of scanning its list.
const setAfter = 16

// story is the growing state of an open story.
type story struct {
	id             string
	key            key
	dated          bool
	first, last    int // day numbers, when dated
	source, target events.Actor
	quadClass      int
	codes          []CodeCount // first seen first
	goldsteinSum   float64
	articleIDs     []string
	articleSet     map[string]struct{} // nil until len(articleIDs) > setAfter
	lastCall       int                 // the Add call that added the last article
	eventIDs       []string
}

// add links e, of day when dated, to s in Add call number call. An event of
// an article that an earlier call already linked to s is a repeat of that
// article and adds nothing.
func (s *story) add(e *events.Event, day int, dated bool, call int) {
	if !s.addArticle(e.ArticleID, call) {
		return
	}
	if dated {
		s.first, s.last = min(s.first, day), max(s.last, day)
	}
	s.eventIDs = append(s.eventIDs, e.ID)
	s.goldsteinSum += e.Goldstein
	s.addCode(e.CAMEO)
}

// addCode counts one event of code.
func (s *story) addCode(code string) {
	for i := range s.codes {
		if s.codes[i].Code == code {
			s.codes[i].Events++
			return
		}
	}
	s.codes = append(s.codes, CodeCount{Code: code, Events: 1})
}

// addArticle records that article a, of Add call number call, reports s.
// It returns false when an earlier call already recorded a.
func (s *story) addArticle(a string, call int) bool {
	if s.lastCall == call && len(s.articleIDs) > 0 && s.articleIDs[len(s.articleIDs)-1] == a {
		return true // more events of the article being added
	}
	if s.articleSet != nil {
		if _, ok := s.articleSet[a]; ok {
			return false
		}
		s.articleSet[a] = struct{}{}
	} else if slices.Contains(s.articleIDs, a) {
		return false
	}
	s.articleIDs = append(s.articleIDs, a)
	s.lastCall = call
	if s.articleSet == nil && len(s.articleIDs) > setAfter {
		s.articleSet = make(map[string]struct{}, 2*len(s.articleIDs))
		for _, id := range s.articleIDs {
			s.articleSet[id] = struct{}{}
		}
	}
	return true
}

// finish returns the Story record of s.
func (s *story) finish() Story {
	codes := s.codes // s is closed: sort in place
	slices.SortStableFunc(codes, func(a, b CodeCount) int { return b.Events - a.Events })
	st := Story{ID: s.id, Source: s.source, Target: s.target, CAMEORoot: s.key.root,
		Codes: codes, NumArticles: len(s.articleIDs), NumEvents: len(s.eventIDs),
		QuadClass: s.quadClass, ArticleIDs: s.articleIDs, EventIDs: s.eventIDs}
	if len(codes) > 0 {
		st.CAMEO = codes[0].Code
	}
	if s.dated {
		st.FirstDate = formatDay(s.first)
		st.LastDate = st.FirstDate // most stories are of one day
		if s.last != s.first {
			st.LastDate = formatDay(s.last)
		}
	}
	if n := len(s.eventIDs); n > 0 {
		st.Goldstein = math.Round(s.goldsteinSum/float64(n)*1000) / 1000
	}
	return st
}
