package syntax

// Transitions of the arc-eager system (Nivre 2003). Word 0 is the
// artificial root, which starts on the stack. A class c encodes SHIFT
// (c == 0), REDUCE (c == 1), LEFT-l (c == 2+2l) and RIGHT-l (c == 3+2l):
// LEFT-l makes s0 a dependent of b0 and pops it, RIGHT-l makes b0 a
// dependent of s0 and pushes it, and REDUCE pops an s0 that has a head. The
// root takes at most one dependent; words left without a head when the
// buffer is empty are attached to the root word (see finish).
const (
	actShift  = 0
	actReduce = 1
	actLeft   = 2
	actRight  = 3
)

func actionOf(class int) (act, label int) {
	if class < 2 {
		return class, -1
	}
	return 2 + class%2, (class - 2) / 2
}

func classOf(act, label int) int {
	if act < 2 {
		return act
	}
	return 2 + 2*label + (act - 2)
}

// pstate is a parser configuration over words 0..n (0 = root).
type pstate struct {
	n      int
	stack  []int32
	b      int32 // first word of the buffer; the buffer is b..n
	head   []int32
	label  []int32
	l1, l2 []int32 // leftmost and second leftmost dependents, -1 if none
	r1, r2 []int32 // rightmost and second rightmost dependents, -1 if none
	nl, nr []int32 // number of left and right dependents
	ls, rs []uint64
	// inStack marks the words on the stack.
	inStack []bool
}

func resize32(a []int32, n int) []int32 {
	if cap(a) < n {
		return make([]int32, n, 2*n)
	}
	return a[:n]
}

func resize64(a []uint64, n int) []uint64 {
	if cap(a) < n {
		return make([]uint64, n, 2*n)
	}
	return a[:n]
}

// reset initialises the state for a sentence of n words.
func (s *pstate) reset(n int) {
	s.n = n
	m := n + 1
	if cap(s.inStack) < m {
		s.inStack = make([]bool, m, 2*m)
	}
	s.inStack = s.inStack[:m]
	clear(s.inStack)
	s.inStack[0] = true
	s.stack = append(resize32(s.stack, 0), 0)
	s.b = 1
	s.head = resize32(s.head, m)
	s.label = resize32(s.label, m)
	s.l1, s.l2 = resize32(s.l1, m), resize32(s.l2, m)
	s.r1, s.r2 = resize32(s.r1, m), resize32(s.r2, m)
	s.nl, s.nr = resize32(s.nl, m), resize32(s.nr, m)
	s.ls, s.rs = resize64(s.ls, m), resize64(s.rs, m)
	for i := 0; i < m; i++ {
		s.head[i], s.label[i] = -1, -1
		s.l1[i], s.l2[i], s.r1[i], s.r2[i] = -1, -1, -1, -1
		s.nl[i], s.nr[i] = 0, 0
		s.ls[i], s.rs[i] = 0, 0
	}
}

func (s *pstate) terminal() bool { return s.b > int32(s.n) }

// valid reports whether action act with label l may be applied; rootLabel
// is the index of the "root" label.
func (s *pstate) valid(act, l, rootLabel int) bool {
	bufOK := s.b <= int32(s.n)
	s0 := s.stack[len(s.stack)-1]
	switch act {
	case actShift:
		return bufOK
	case actReduce:
		return s0 != 0 && s.head[s0] >= 0
	case actLeft:
		return bufOK && s0 != 0 && s.head[s0] < 0 && l != rootLabel
	default:
		if s0 == 0 {
			return bufOK && l == rootLabel && s.nr[0] == 0
		}
		return bufOK && l != rootLabel
	}
}

func (s *pstate) push(i int32) {
	s.stack = append(s.stack, i)
	s.inStack[i] = true
}

func (s *pstate) pop() int32 {
	d := s.stack[len(s.stack)-1]
	s.stack = s.stack[:len(s.stack)-1]
	s.inStack[d] = false
	return d
}

// apply performs a valid transition.
func (s *pstate) apply(act, l int) {
	switch act {
	case actShift:
		s.push(s.b)
		s.b++
	case actReduce:
		s.pop()
	case actLeft:
		s.attach(s.b, s.pop(), l)
	default:
		s.attach(s.stack[len(s.stack)-1], s.b, l)
		s.push(s.b)
		s.b++
	}
}

// finish attaches the words left without a head so that the tree has
// exactly one root word: the root's dependent if there is one, else the
// first headless word. Other headless words depend on it with label other.
func (s *pstate) finish(rootLabel, other int) {
	root := s.r1[0]
	for i := int32(1); i <= int32(s.n) && root < 0; i++ {
		if s.head[i] < 0 {
			root = i
			s.attach(0, i, rootLabel)
		}
	}
	for i := int32(1); i <= int32(s.n); i++ {
		if s.head[i] < 0 {
			s.attach(root, i, other)
		}
	}
}

func (s *pstate) attach(h, d int32, l int) {
	s.head[d] = h
	s.label[d] = int32(l)
	if d < h {
		s.nl[h]++
		s.ls[h] |= 1 << (uint(l) & 63)
		switch {
		case s.l1[h] < 0 || d < s.l1[h]:
			s.l2[h], s.l1[h] = s.l1[h], d
		case s.l2[h] < 0 || d < s.l2[h]:
			s.l2[h] = d
		}
	} else {
		s.nr[h]++
		s.rs[h] |= 1 << (uint(l) & 63)
		switch {
		case s.r1[h] < 0 || d > s.r1[h]:
			s.r2[h], s.r1[h] = s.r1[h], d
		case s.r2[h] < 0 || d > s.r2[h]:
			s.r2[h] = d
		}
	}
}
