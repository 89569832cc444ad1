package syntax

// Parser feature template identifiers. The set follows Zhang and Nivre
// (2011), pruned by ablation on the dev set: templates whose removal did not
// lower dev UAS were dropped, which also makes parsing faster.
const (
	pfBias uint64 = 1000 + iota
	pfS0p
	pfS0wp
	pfB0w
	pfB0p
	pfB0wp
	pfB1w
	pfB1p
	pfB1wp
	pfB2w
	pfB2p
	pfB3p
	pfS0wpB0wp
	pfS0wpB0w
	pfS0wB0wp
	pfS0wpB0p
	pfS0wB0w
	pfS0pB0p
	pfB0pB1p
	pfS1wpS0wp
	pfS1wS0w
	pfB0pB1pB2p
	pfS0pB0pB1p
	pfS1pS0pB0p
	pfS0pS0lpB0p
	pfS0pS0rpB0p
	pfS0pB0pB0lp
	pfS1pS1rpS0p
	pfS1pS0pS0rp
	pfS1pS0pB0pB1p
	pfS0pB0pB1wp
	pfS0pS0rlB0p
	pfS0wd
	pfB0wd
	pfB0pd
	pfS0wB0wd
	pfS1wS0wd
	pfS0wvr
	pfS0pvl
	pfB0wvl
	pfB0pvl
	pfS0lw
	pfS0lp
	pfS0ll
	pfB0lw
	pfB0lp
	pfB0ll
	pfS1rw
	pfS1rp
	pfS1rl
	pfS1lw
	pfS1lp
	pfS0l2w
	pfS0l2p
	pfB0l2w
	pfB0l2p
	pfB0l2l
	pfS0pS0lpS0l2p
	pfB0pB0lpB0l2p
	pfB0psl
	pfS0hp
	pfS0lab
	pfB0s
)

// distBucket maps a distance between two words to a small atom.
func distBucket(d int32) uint64 {
	switch {
	case d <= 0:
		return 0
	case d < 5:
		return uint64(d)
	case d < 10:
		return 5
	default:
		return 6
	}
}

// parseFeatures appends the features of state s to keys, using the word,
// tag and suffix atoms of words 0..n (0 = root) in sc.
func parseFeatures(keys []uint64, s *pstate, sc *parseScratch) []uint64 {
	n := int32(s.n)
	// at returns the word and tag atoms of word i, or none.
	at := func(i int32) (uint64, uint64) {
		if i < 0 || i > n {
			return atomNone, atomNone
		}
		return sc.words[i], sc.tags[i]
	}
	// lab returns the label atom of the arc into word i, or none.
	lab := func(i int32) uint64 {
		if i < 0 || s.label[i] < 0 {
			return atomNone
		}
		return uint64(s.label[i]) + 1
	}
	// rel returns the word related to i through a, or -1.
	rel := func(a []int32, i int32) int32 {
		if i < 0 {
			return -1
		}
		return a[i]
	}
	sl := len(s.stack)
	s0, s1 := s.stack[sl-1], int32(-1)
	if sl > 1 {
		s1 = s.stack[sl-2]
	}
	b0, b1, b2, b3 := s.b, s.b+1, s.b+2, s.b+3
	s0w, s0p := at(s0)
	s1w, s1p := at(s1)
	b0w, b0p := at(b0)
	b1w, b1p := at(b1)
	b2w, b2p := at(b2)
	_, b3p := at(b3)
	if b0 > n {
		b0 = -1
	}
	s0l, s0r, s0l2 := rel(s.l1, s0), rel(s.r1, s0), rel(s.l2, s0)
	s1l, s1r := rel(s.l1, s1), rel(s.r1, s1)
	b0l, b0l2 := rel(s.l1, b0), rel(s.l2, b0)
	s0lw, s0lp := at(s0l)
	_, s0rp := at(s0r)
	s0l2w, s0l2p := at(s0l2)
	s1lw, s1lp := at(s1l)
	s1rw, s1rp := at(s1r)
	b0lw, b0lp := at(b0l)
	b0l2w, b0l2p := at(b0l2)
	_, s0hp := at(rel(s.head, s0))
	d, d2 := atomNone, atomNone
	if b0 >= 0 {
		d = distBucket(b0 - s0)
	}
	if s1 >= 0 {
		d2 = distBucket(s0 - s1)
	}
	s0vl, s0vr := uint64(s.nl[s0]), uint64(s.nr[s0])
	var b0vl, b0sl, b0s uint64 = atomNone, atomNone, atomNone
	if b0 >= 0 {
		b0vl, b0sl, b0s = uint64(s.nl[b0]), s.ls[b0], sc.sufs[b0]
	}
	return append(keys,
		feat1(pfBias, 0),
		feat1(pfS0p, s0p),
		feat2(pfS0wp, s0w, s0p),
		feat1(pfB0w, b0w),
		feat1(pfB0p, b0p),
		feat2(pfB0wp, b0w, b0p),
		feat1(pfB1w, b1w),
		feat1(pfB1p, b1p),
		feat2(pfB1wp, b1w, b1p),
		feat1(pfB2w, b2w),
		feat1(pfB2p, b2p),
		feat1(pfB3p, b3p),
		feat4(pfS0wpB0wp, s0w, s0p, b0w, b0p),
		feat3(pfS0wpB0w, s0w, s0p, b0w),
		feat3(pfS0wB0wp, s0w, b0w, b0p),
		feat3(pfS0wpB0p, s0w, s0p, b0p),
		feat2(pfS0wB0w, s0w, b0w),
		feat2(pfS0pB0p, s0p, b0p),
		feat2(pfB0pB1p, b0p, b1p),
		feat4(pfS1wpS0wp, s1w, s1p, s0w, s0p),
		feat2(pfS1wS0w, s1w, s0w),
		feat3(pfB0pB1pB2p, b0p, b1p, b2p),
		feat3(pfS0pB0pB1p, s0p, b0p, b1p),
		feat3(pfS1pS0pB0p, s1p, s0p, b0p),
		feat3(pfS0pS0lpB0p, s0p, s0lp, b0p),
		feat3(pfS0pS0rpB0p, s0p, s0rp, b0p),
		feat3(pfS0pB0pB0lp, s0p, b0p, b0lp),
		feat3(pfS1pS1rpS0p, s1p, s1rp, s0p),
		feat3(pfS1pS0pS0rp, s1p, s0p, s0rp),
		feat4(pfS1pS0pB0pB1p, s1p, s0p, b0p, b1p),
		feat4(pfS0pB0pB1wp, s0p, b0p, b1w, b1p),
		feat3(pfS0pS0rlB0p, s0p, lab(s0r), b0p),
		feat2(pfS0wd, s0w, d),
		feat2(pfB0wd, b0w, d),
		feat2(pfB0pd, b0p, d),
		feat3(pfS0wB0wd, s0w, b0w, d),
		feat3(pfS1wS0wd, s1w, s0w, d2),
		feat2(pfS0wvr, s0w, s0vr),
		feat2(pfS0pvl, s0p, s0vl),
		feat2(pfB0wvl, b0w, b0vl),
		feat2(pfB0pvl, b0p, b0vl),
		feat1(pfS0lw, s0lw),
		feat1(pfS0lp, s0lp),
		feat1(pfS0ll, lab(s0l)),
		feat1(pfB0lw, b0lw),
		feat1(pfB0lp, b0lp),
		feat1(pfB0ll, lab(b0l)),
		feat1(pfS1rw, s1rw),
		feat1(pfS1rp, s1rp),
		feat1(pfS1rl, lab(s1r)),
		feat1(pfS1lw, s1lw),
		feat1(pfS1lp, s1lp),
		feat1(pfS0l2w, s0l2w),
		feat1(pfS0l2p, s0l2p),
		feat1(pfB0l2w, b0l2w),
		feat1(pfB0l2p, b0l2p),
		feat1(pfB0l2l, lab(b0l2)),
		feat3(pfS0pS0lpS0l2p, s0p, s0lp, s0l2p),
		feat3(pfB0pB0lpB0l2p, b0p, b0lp, b0l2p),
		feat2(pfB0psl, b0p, b0sl),
		feat1(pfS0hp, s0hp),
		feat1(pfS0lab, lab(s0)),
		feat1(pfB0s, b0s),
	)
}
