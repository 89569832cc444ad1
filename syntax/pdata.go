package syntax

import "fmt"

// newParserExample converts a treebank sentence with predicted tags into a
// parser training example; non-projective trees are projectivised by
// lifting. It fails when the gold heads do not form a tree.
func newParserExample(s *TreebankSentence, tags []int32, labelIndex map[string]int32) (parserExample, error) {
	n := len(s.Words)
	ex := parserExample{
		at:     make([]tokAtoms, n),
		tags:   tags,
		heads:  make([]int32, n+1),
		labels: make([]int32, n+1),
		deps:   make([][]int32, n+1),
	}
	var buf []byte
	for i, w := range s.Forms() {
		buf = computeAtoms(&ex.at[i], w, i, buf)
	}
	ex.heads[0], ex.labels[0] = -1, -1
	for i, w := range s.Words {
		ex.heads[i+1] = int32(w.Head)
		l, ok := labelIndex[w.Deprel]
		if !ok {
			return ex, fmt.Errorf("line %d: unknown label %q", w.Line, w.Deprel)
		}
		ex.labels[i+1] = l
	}
	if !isTree(ex.heads) {
		return ex, fmt.Errorf("line %d: heads do not form a tree with one root", s.Line)
	}
	ex.heads = projectivize(ex.heads)
	ex.heads[0] = -1
	for d := 1; d <= n; d++ {
		h := ex.heads[d]
		ex.deps[h] = append(ex.deps[h], int32(d))
	}
	return ex, nil
}
