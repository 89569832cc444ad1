package syntax

// eagerCosts sets costs[c] to the number of gold arcs (labelled) that become
// unreachable by taking class c in arc-eager state st, or -1 if c is
// invalid (the dynamic oracle of Goldberg and Nivre 2012). A word left
// without a head is attached to the root at the end, so leaving the gold
// root word headless costs nothing.
func eagerCosts(st *pstate, ex *parserExample, rootLabel int, costs []int) {
	n := int32(st.n)
	s0 := st.stack[len(st.stack)-1]
	b := st.b
	inBuf := func(i int32) bool { return i >= b && i <= n }
	// Gold dependents of h still reachable from the stack (headless words)
	// or in the buffer.
	depsInStack := func(h int32) int {
		k := 0
		for _, d := range ex.deps[h] {
			if st.inStack[d] && st.head[d] < 0 {
				k++
			}
		}
		return k
	}
	depsInBuf := func(h int32) int {
		k := 0
		for _, d := range ex.deps[h] {
			if inBuf(d) {
				k++
			}
		}
		return k
	}
	shift, reduce, left, right := -1, -1, -1, -1
	if b <= n {
		gh := ex.heads[b]
		shift = depsInStack(b)
		if gh > 0 && st.inStack[gh] {
			shift++
		}
		right = depsInStack(b)
		if gh != s0 && (gh == 0 || inBuf(gh) || st.inStack[gh]) {
			right++
		}
		if s0 != 0 {
			left = depsInBuf(s0)
			if g := ex.heads[s0]; g == 0 || (inBuf(g) && g != b) {
				left++
			}
		}
	}
	if s0 != 0 {
		reduce = depsInBuf(s0)
	}
	for c := range costs {
		act, l := actionOf(c)
		if !st.valid(act, l, rootLabel) {
			costs[c] = -1
			continue
		}
		switch act {
		case actShift:
			costs[c] = shift
		case actReduce:
			costs[c] = reduce
		case actLeft:
			costs[c] = left
			if ex.heads[s0] == b && l != int(ex.labels[s0]) {
				costs[c]++
			}
		default:
			costs[c] = right
			if ex.heads[b] == s0 && l != int(ex.labels[b]) {
				costs[c]++
			}
		}
	}
}
