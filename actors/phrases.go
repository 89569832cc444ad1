package actors

import (
	"strings"

	"entente/actors/dict"
	"entente/actors/internal/norm"
	"entente/text"
)

// phraseSet matches the discard and issue phrases: exact words, and for discard
// stems a last word that only has to start with the stem.
type phraseSet struct {
	t     *trie
	stems map[stemKey][]stem
	items []phraseItem
}

type stemKey struct {
	node uint32
	head string // the stem's first (up to) four bytes
}

type stem struct {
	prefix string
	item   int32
}

type phraseItem struct {
	phrase, code, category string
	story, ignore, history bool
}

const stemHead = 4

func (d *Dictionary) newPhraseSet() *phraseSet {
	return &phraseSet{t: newTrie(), stems: map[stemKey][]stem{}}
}

// addPhrase adds the phrase p for item; with isStem its last word is a stem.
func (d *Dictionary) addPhrase(ps *phraseSet, p dict.Phrase, item int32, isStem bool) {
	words := p.Words
	if isStem {
		node := ps.t.insert(d.internAll(words[:len(words)-1]), nil)
		last := words[len(words)-1]
		k := stemKey{node: node, head: last[:min(stemHead, len(last))]}
		ps.stems[k] = append(ps.stems[k], stem{prefix: last, item: item})
		return
	}
	node := ps.t.insert(d.internAll(words), nil)
	if ps.t.info[node].actor < 0 {
		ps.t.info[node].actor = item
	}
}

func (d *Dictionary) buildDiscards(list []dict.Discard) *phraseSet {
	ps := d.newPhraseSet()
	for _, x := range list {
		idx := int32(len(ps.items))
		ps.items = append(ps.items, phraseItem{phrase: x.Phrase.Text, story: x.Story, history: historyPhrase(x.Phrase.Words)})
		d.addPhrase(ps, x.Phrase, idx, x.Stem)
	}
	return ps
}

// historyPhrase reports whether a discard phrase dates its sentence to the
// past rather than naming a topic: a bare year ("1989") or a phrase ending
// in LATER or AGO ("WEEKS LATER", "FIFTY YEARS AGO"). Phoenix drops such
// sentences as history; DiscardMatch.History lets the coder keep them.
func historyPhrase(words []string) bool {
	switch n := len(words); {
	case n == 1:
		w := words[0]
		return len(w) == 4 && (w[0] == '1' || w[0] == '2') && strings.Trim(w, "0123456789") == ""
	case n > 1:
		return words[n-1] == "LATER" || words[n-1] == "AGO"
	}
	return false
}

func (d *Dictionary) buildIssues(list []dict.Issue) *phraseSet {
	ps := d.newPhraseSet()
	for _, x := range list {
		idx := int32(len(ps.items))
		ps.items = append(ps.items, phraseItem{phrase: x.Text, code: x.Code, category: x.Category, story: x.StoryIgnore, ignore: x.Ignore})
		for _, p := range x.Phrases {
			d.addPhrase(ps, p, idx, false)
		}
	}
	return ps
}

// keyedWord is a word with its normalized key.
type keyedWord struct {
	word
	key string
}

// keyedWords splits tokens into words keeping their keys.
func (d *Dictionary) keyedWords(toks []text.Token) []keyedWord {
	var sp norm.Splitter
	var out []keyedWord
	for _, t := range toks {
		for i := 0; ; {
			w, next, ok := sp.Next(t.Text, i)
			if !ok {
				break
			}
			k := string(w.Key)
			out = append(out, keyedWord{word: word{start: int32(t.Start + w.Start), end: int32(t.Start + w.End),
				id: d.words.getString(k), sent: int32(t.Sentence), flags: w.Flags}, key: k})
			i = next
		}
	}
	return out
}

// phraseHit is a phrase found over words [i, j).
type phraseHit struct {
	i, j int
	item int32
}

// find returns the longest match at each word, left to right.
func (ps *phraseSet) find(ws []keyedWord) []phraseHit {
	var out []phraseHit
	for i := 0; i < len(ws); {
		bestJ, bestItem := -1, int32(-1)
		node := uint32(root)
		for j := i; ; j++ {
			if j > i && ps.t.info[node].actor >= 0 {
				bestJ, bestItem = j, ps.t.info[node].actor
			}
			if j >= len(ws) || ws[j].sent != ws[i].sent {
				break
			}
			key := ws[j].key
			for h := 1; h <= min(stemHead, len(key)); h++ {
				for _, s := range ps.stems[stemKey{node: node, head: key[:h]}] {
					if strings.HasPrefix(key, s.prefix) && j+1 > bestJ {
						bestJ, bestItem = j+1, s.item
					}
				}
			}
			if ws[j].id == 0 {
				break
			}
			c := ps.t.child(node, ws[j].id)
			if c == 0 {
				break
			}
			node = c
		}
		if bestJ < 0 {
			i++
			continue
		}
		out = append(out, phraseHit{i: i, j: bestJ, item: bestItem})
		i = bestJ
	}
	return out
}

// DiscardMatch is a discard phrase found in an article: the sentence that holds it
// (or with Story, the whole story) should not be coded. History marks the
// phrases that date the sentence to the past (years, "weeks later", "years
// ago") rather than name an off-topic subject (sport, entertainment).
type DiscardMatch struct {
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Sentence int    `json:"sentence"`
	Phrase   string `json:"phrase"`
	Story    bool   `json:"story"`
	History  bool   `json:"history,omitempty"`
}

// Discards finds the discard phrases (sport, history, entertainment...) in the
// tokens. Matching ignores case; a phrase written without a final "_" is a stem.
func (d *Dictionary) Discards(toks []text.Token) []DiscardMatch {
	return d.discardsOf(d.keyedWords(toks))
}

// DiscardsAndIssues returns Discards and Issues of the tokens, splitting
// them into words once.
func (d *Dictionary) DiscardsAndIssues(toks []text.Token) ([]DiscardMatch, []IssueMatch) {
	ws := d.keyedWords(toks)
	return d.discardsOf(ws), d.issuesOf(ws)
}

func (d *Dictionary) discardsOf(ws []keyedWord) []DiscardMatch {
	var out []DiscardMatch
	for _, h := range d.discards.find(ws) {
		it := d.discards.items[h.item]
		out = append(out, DiscardMatch{Start: int(ws[h.i].start), End: int(ws[h.j-1].end), Sentence: int(ws[h.i].sent),
			Phrase: it.phrase, Story: it.story, History: it.history})
	}
	return out
}

// IssueMatch is an issue phrase found in an article.
type IssueMatch struct {
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Sentence int    `json:"sentence"`
	Code     string `json:"code"`
	Category string `json:"category,omitempty"`
}

// Issues finds the issue phrases in the tokens. As in PETRARCH, an ignore phrase
// ("~" line) cancels the issues of its sentence; a "~~" line those of the whole
// story.
func (d *Dictionary) Issues(toks []text.Token) []IssueMatch {
	return d.issuesOf(d.keyedWords(toks))
}

func (d *Dictionary) issuesOf(ws []keyedWord) []IssueMatch {
	hits := d.issues.find(ws)
	ignored := map[int32]bool{}
	for _, h := range hits {
		it := d.issues.items[h.item]
		if it.ignore {
			if it.story {
				return nil
			}
			ignored[ws[h.i].sent] = true
		}
	}
	var out []IssueMatch
	for _, h := range hits {
		it := d.issues.items[h.item]
		if it.ignore || ignored[ws[h.i].sent] {
			continue
		}
		out = append(out, IssueMatch{Start: int(ws[h.i].start), End: int(ws[h.j-1].end), Sentence: int(ws[h.i].sent),
			Code: it.code, Category: it.category})
	}
	return out
}
