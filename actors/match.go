package actors

import (
	"time"

	"entente/actors/dict"
	"entente/actors/internal/norm"
	"entente/text"
)

// Match finds the actors of one article: dictionary phrases (longest match first),
// and compositions of country or organisation + agent (+ name). date is the
// article date; it picks date-restricted codes (the zero time picks each actor's
// most recent code). doc is the article text that the tokens' offsets point into;
// it is used for Mention.Text. Match keeps no state between calls: use a Resolver
// to reuse names learned in the article.
func (d *Dictionary) Match(doc string, toks []text.Token, date time.Time) []Mention {
	sc := d.pool.Get().(*scratch)
	defer d.pool.Put(sc)
	ws := d.splitWords(sc, toks)
	atoms := d.atomize(sc, ws)
	c := composer{d: d, ws: ws, atoms: atoms, doc: doc, toks: toks, date: dict.DateOf(date)}
	return c.run()
}

// best is the longest actor and agent match found from one start word.
type best struct {
	actorEnd, actor, agentEnd, agent int32
}

// atomize finds the dictionary matches, left to right, longest first.
func (d *Dictionary) atomize(sc *scratch, ws []word) []atom {
	atoms := sc.atoms[:0]
	t := d.trie
	for i := 0; i < len(ws); {
		if ws[i].id == 0 || t.edges.get(edgeKey(root, ws[i].id)) == 0 {
			i++
			continue
		}
		b := best{actor: -1, agent: -1}
		d.walk(ws, i, i, root, &b)
		if ws[i].id == d.special.the && i+1 < len(ws) && ws[i+1].sent == ws[i].sent {
			// "the U.N. Security Council": prefer the match after "the" when it
			// reaches further than the one with it.
			b2 := best{actor: -1, agent: -1}
			d.walk(ws, i+1, i+1, root, &b2)
			if max(b2.actorEnd, b2.agentEnd) > max(b.actorEnd, b.agentEnd) {
				b = b2
				i++
			}
		}
		if b.actor >= 0 && d.negated(ws, i) {
			b.actor = -1
		}
		switch {
		case b.actor >= 0 && b.actorEnd >= b.agentEnd:
			agent := int32(-1)
			if b.agentEnd == b.actorEnd {
				agent = b.agent
			}
			atoms = append(atoms, atom{i: int32(i), j: b.actorEnd, actor: b.actor, agent: agent})
			i = int(b.actorEnd)
		case b.agent >= 0:
			atoms = append(atoms, atom{i: int32(i), j: b.agentEnd, actor: -1, agent: b.agent})
			i = int(b.agentEnd)
		default:
			i++
		}
	}
	sc.atoms = atoms
	return atoms
}

// walk follows the trie from node over ws[j:], recording in b the longest actor
// and agent matches that start at ws[start] and pass the case rules.
func (d *Dictionary) walk(ws []word, start, j int, node uint32, b *best) {
	t := d.trie
	sent := ws[start].sent
	for {
		inf := t.info[node]
		if j > start {
			if inf.actor >= 0 && int32(j) > b.actorEnd && d.caseOK(ws, start, j, true) {
				b.actorEnd, b.actor = int32(j), inf.actor
			}
			if inf.agent >= 0 && int32(j) > b.agentEnd && d.caseOK(ws, start, j, false) {
				b.agentEnd, b.agent = int32(j), inf.agent
			}
		}
		if inf.gapOut && j > start {
			// A blank in a phrase: up to maxGap words may stand here, a
			// hyphenated word ("state-run") counting as one.
			for k, limit := j, j+maxGap; k <= limit && k < len(ws) && ws[k].sent == sent; k++ {
				if k > j && ws[k-1].flags&norm.Punct != 0 {
					if !d.attachedHyphen(ws, k-1) {
						break
					}
					limit += 2
				}
				if c := t.gaps.get(edgeKey(node, ws[k].id)); c != 0 && ws[k].id != 0 {
					d.walk(ws, start, k+1, c, b)
				}
			}
		}
		if j >= len(ws) || ws[j].sent != sent || ws[j].id == 0 {
			return
		}
		c := t.edges.get(edgeKey(node, ws[j].id))
		if c == 0 {
			return
		}
		node = c
		j++
	}
}

// attachedHyphen reports whether ws[i] is a hyphen joining the words on
// either side without blanks.
func (d *Dictionary) attachedHyphen(ws []word, i int) bool {
	return ws[i].id == d.special.hyphen && i > 0 && i+1 < len(ws) &&
		ws[i-1].end == ws[i].start && ws[i+1].start == ws[i].end
}

// caseOK applies the case rules to a match over ws[i:j]. An actor needs a
// capitalised word; a single actor word of up to three letters must be all upper
// case ("UN", "U.S." but not "us", "un"). Agents match in any case, except a
// one-word agent of up to two letters, which must be upper case ("MP").
func (d *Dictionary) caseOK(ws []word, i, j int, actor bool) bool {
	if j-i == 1 {
		w := ws[i]
		if !actor {
			return w.letters > 2 || w.flags&norm.AllUpper != 0
		}
		if w.flags&norm.Upper == 0 {
			return false
		}
		return w.letters > 3 || w.flags&norm.AllUpper != 0
	}
	if !actor {
		return true
	}
	for k := i; k < j; k++ {
		if ws[k].flags&norm.Upper != 0 {
			return true
		}
	}
	return false
}

// negated reports whether the word at i follows "anti-", "pro-" or "non-"
// ("anti-American" is not a mention of the United States).
func (d *Dictionary) negated(ws []word, i int) bool {
	if i < 2 || ws[i-1].id != d.special.hyphen || !d.special.negPrefix[ws[i-2].id] {
		return false
	}
	return ws[i-1].start == ws[i-2].end && ws[i].start == ws[i-1].end
}
