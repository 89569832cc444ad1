package actors

// trie is a word trie over interned word ids. Nodes are numbered from 1 (the root);
// edges live in one hash table keyed by (node, word), which keeps the structure
// compact and a step one look-up.
type trie struct {
	edges *edgeTable
	// gaps are the edges that may be taken after skipping up to maxGap words (a
	// blank in an actor or agent phrase).
	gaps *edgeTable
	// info[node] holds the payloads that end at node.
	info []nodeInfo
}

// nodeInfo is what ends at a trie node: an index into Dictionary.entries and/or
// Dictionary.agents (-1 for none), and whether gap edges leave the node.
type nodeInfo struct {
	actor, agent int32
	gapOut       bool
}

// maxGap is the number of words a gap in an actor or agent phrase may skip (a
// hyphenated word counts as one).
const maxGap = 3

const root = 1

func newTrie() *trie {
	return &trie{
		edges: newEdgeTable(1 << 12),
		gaps:  newEdgeTable(64),
		info:  []nodeInfo{{actor: -1, agent: -1}, {actor: -1, agent: -1}},
	}
}

func edgeKey(node, word uint32) uint64 { return uint64(node)<<32 | uint64(word) }

// child returns the node reached from node by word, or 0.
func (t *trie) child(node, word uint32) uint32 { return t.edges.get(edgeKey(node, word)) }

// insert adds the path of words (with gap flags) and returns its last node.
func (t *trie) insert(words []uint32, gaps []bool) uint32 {
	node := uint32(root)
	for i, w := range words {
		m := t.edges
		if i < len(gaps) && gaps[i] {
			m = t.gaps
			t.info[node].gapOut = true
		}
		k := edgeKey(node, w)
		next := m.get(k)
		if next == 0 {
			next = uint32(len(t.info))
			t.info = append(t.info, nodeInfo{actor: -1, agent: -1})
			m.put(k, next)
		}
		node = next
	}
	return node
}
