package events

import (
	"strings"

	"entente/syntax/tree"
)

// Makers: "Houthi rebels fired Iranian-made missiles at Saudi Arabia",
// "deployed a U.K.-made Reaper drone", "sent American-built tanks to
// Syria". The country before "-made" or "-built" names where a thing comes
// from, no party to what is done with it: as the nearest actor after the
// verb it had become the target (Iran attacked, Britain aided).

// tradeGoods are things named by origin in trade: tariffs or bans on
// "Mexican-made goods" or "Chinese-made cars" are aimed at the maker, who
// stays an actor.
var tradeGoods = map[string]bool{"good": true, "goods": true, "product": true, "import": true,
	"export": true, "merchandise": true, "item": true, "steel": true, "car": true, "vehicle": true}

// makerWords follow the hyphen of a maker's name.
var makerWords = map[string]bool{"made": true, "built": true, "designed": true,
	"manufactured": true, "produced": true, "supplied": true, "developed": true}

// makerMention reports whether the mention ending at byte end in word hi
// names the maker of a thing: the word goes on with "-made" past the
// mention ("U.K.-made"), or the next words are "-" and a maker word
// ("Iranian - made"), and the thing is no trade goods.
func makerMention(s *tree.Sentence, hi, end int) bool {
	if !madeBy(s, hi, end) {
		return false
	}
	for n, i := hi, 0; n >= 0 && i < 4; n, i = s.Head(n), i+1 {
		if s.UPOS(n) == "NOUN" {
			return !tradeGoods[strings.ToLower(s.Lemma(n))]
		}
	}
	return true
}

// madeBy reports whether the mention ending at byte end in word hi is
// followed by "-made" or another maker word.
func madeBy(s *tree.Sentence, hi, end int) bool {
	w := s.Words[hi]
	if end > w.Start && end < w.End && end-w.Start < len(w.Form) {
		rest := strings.ToLower(w.Form[end-w.Start:])
		if made, ok := strings.CutPrefix(rest, "-"); ok && makerWords[made] {
			return true
		}
	}
	return hi+2 < s.Len() && s.Form(hi+1) == "-" && makerWords[strings.ToLower(s.Form(hi+2))]
}
