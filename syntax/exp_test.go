//go:build exp

package syntax

import (
	"context"
	"encoding/gob"
	"fmt"
	"io"
	"log/slog"
	"os"
	"sort"
	"strconv"
	"testing"
	"time"
)

func readTB(t *testing.T, name string) []*TreebankSentence {
	f, err := os.Open("../../shared/data/ud/UD_English-EWT/en_ewt-ud-" + name + ".conllu")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s, err := ReadCoNLLU(f)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestExpTagger(t *testing.T) {
	train, test := readTB(t, "train"), readTB(t, "dev")
	if os.Getenv("UPOSONLY") != "" {
		for _, s := range append(append([]*TreebankSentence{}, train...), test...) {
			for i := range s.Words {
				s.Words[i].XPOS = "_"
			}
		}
	}
	cs := newClassSet(train)
	iters, _ := strconv.Atoi(os.Getenv("ITERS"))
	tprune, _ := strconv.ParseFloat(os.Getenv("TPRUNE"), 64)
	if v, err := strconv.Atoi(os.Getenv("FIXED")); err == nil {
		fixedMinCount = v
	}
	tg, err := trainTagger(context.Background(), train, cs, tagTrainOptions{iters: iters, seed: 1, prune: tprune})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("classes %d rows %d entries %d dense %d", len(cs.list), tg.weights.numRows(), len(tg.weights.entries), len(tg.weights.dense)/len(cs.list))
	for _, name := range []string{"dev", "test"} {
		u, x := evalTagger(tg, readTB(t, name))
		t.Logf("%s UPOS %.2f XPOS %.2f", name, u, x)
	}
}

func evalTagger(tg *tagger, test []*TreebankSentence) (float64, float64) {
	cs := tg.classes
	var at []tokAtoms
	var tags []int32
	var keys []uint64
	var buf []byte
	scores := make([]int32, len(cs))
	c, cx, n := 0, 0, 0
	start := time.Now()
	defer func() { fmt.Printf("tagging %.0f tok/s\n", float64(n)/time.Since(start).Seconds()) }()
	for _, s := range test {
		w := s.Forms()
		at = growAtoms(at, len(w))
		tags = growInt32(tags, len(w))
		buf = tg.prepare(w, at, buf)
		keys = tg.tag(at, tags, keys, scores)
		for i, x := range s.Words {
			n++
			if cs[tags[i]].UPOS == x.UPOS {
				c++
			} else if os.Getenv("CONF") != "" {
				fmt.Printf("CONF %s>%s %s\n", x.UPOS, cs[tags[i]].UPOS, x.Form)
			}
			if cs[tags[i]].XPOS == x.XPOS {
				cx++
			}
		}
	}
	return 100 * float64(c) / float64(n), 100 * float64(cx) / float64(n)
}

type jkData struct {
	TrT, DvT [][]int32
	TrA, DvA [][]int32
}

func jkCache(t *testing.T, train, dev []*TreebankSentence, cs *classSet) (trTags, dvTags [][]int32, trA, dvA [][]int32) {
	path := "/tmp/jk4.gob"
	if f, err := os.Open(path); err == nil {
		defer f.Close()
		var v jkData
		if err := gob.NewDecoder(f).Decode(&v); err == nil {
			return v.TrT, v.DvT, v.TrA, v.DvA
		}
	}
	o := TrainOptions{}.withDefaults()
	o.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	topts := tagTrainOptions{iters: o.TaggerIterations, seed: o.Seed, prune: o.TaggerPrune}
	trTags = make([][]int32, len(train))
	trA = make([][]int32, len(train))
	if err := jackknife(context.Background(), train, cs, topts, o, trTags); err != nil {
		t.Fatal(err)
	}
	tg, _ := trainTagger(context.Background(), train, cs, topts)
	for _, s := range dev {
		dvTags = append(dvTags, tg.tagWords(s.Forms()))
	}
	f, _ := os.Create(path)
	gob.NewEncoder(f).Encode(jkData{trTags, dvTags, trA, dvA})
	f.Close()
	return
}

func TestExpParserPred(t *testing.T) {
	train, dev := readTB(t, "train"), readTB(t, "dev")
	cs := newClassSet(train)
	labels := labelSet(train)
	li := map[string]int32{}
	for i, l := range labels {
		li[l] = int32(i)
	}
	trT, dvT, trA, dvA := jkCache(t, train, dev, cs)
	mk := func(ss []*TreebankSentence, tags [][]int32, ambs [][]int32) []parserExample {
		var out []parserExample
		for i, s := range ss {
			ex, err := newParserExample(s, tags[i], li)
			if err != nil {
				continue
			}
			out = append(out, ex)
		}
		return out
	}
	tr := mk(train, trT, trA)
	dv := mk(dev, dvT, dvA)
	iters, _ := strconv.Atoi(os.Getenv("ITERS"))
	prune, _ := strconv.ParseFloat(os.Getenv("PRUNE"), 64)
	expP, _ := strconv.ParseFloat(os.Getenv("EXPP"), 64)
	expF, _ := strconv.Atoi(os.Getenv("EXPF"))
	ens, _ := strconv.Atoi(os.Getenv("ENS"))
	fp0, _ := newParser(labels, parserTagAtoms(cs.list))
	fp, err := trainParser(context.Background(), tr, labels, fp0.tagAtoms, parserTrainOptions{iters: iters, exploreFrom: expF, exploreProb: expP, seed: 1, prune: prune, ensemble: ens, workers: 2,
		onEpochFrozen: func(ep int, p *parser, w *perceptron) {
			if ep < iters {
				return
			}
			for _, pq := range []float64{1} {
				p.weights = w.freeze(pq)
				var sc parseScratch
				ua, la, n := 0, 0, 0
				start := time.Now()
				for _, ex := range dv {
					sc.setAtoms(ex.at, ex.tags, fp0.tagAtoms)
					p.parse(&sc)
					for i := 1; i <= len(ex.at); i++ {
						n++
						if sc.st.head[i] == ex.heads[i] {
							ua++
							if sc.st.label[i] == ex.labels[i] {
								la++
							}
						}
					}
				}
				el := time.Since(start)
				if os.Getenv("ANALYSE") != "" {
					byPos := map[string][2]int{}
					tagOK := [2][2]int{}
					k := 0
					for _, s := range dev {
						h := make([]int32, len(s.Words)+1)
						for i, w := range s.Words {
							h[i+1] = int32(w.Head)
						}
						if !isTree(h) {
							continue
						}
						ex := dv[k]
						k++
						sc.setAtoms(ex.at, ex.tags, fp0.tagAtoms)
						p.parse(&sc)
						for i, w := range s.Words {
							ok := 0
							if sc.st.head[i+1] == int32(w.Head) {
								ok = 1
							}
							x := byPos[w.UPOS]
							x[0]++
							x[1] += ok
							byPos[w.UPOS] = x
							tc := 0
							if cs.list[ex.tags[i]].XPOS == w.XPOS {
								tc = 1
							}
							tagOK[tc][0]++
							tagOK[tc][1] += ok
						}
					}
					for pos, x := range byPos {
						t.Logf("%-6s n=%5d UAS=%.1f lost=%d", pos, x[0], 100*float64(x[1])/float64(x[0]), x[0]-x[1])
					}
					t.Logf("tag wrong: n=%d UAS=%.1f; tag right: n=%d UAS=%.1f", tagOK[0][0], 100*float64(tagOK[0][1])/float64(tagOK[0][0]), tagOK[1][0], 100*float64(tagOK[1][1])/float64(tagOK[1][0]))
				}
				t.Logf("epoch %d prune %.2f dev UAS %.2f LAS %.2f  (%.0f tok/s) rows %d entries %d", ep, pq, 100*float64(ua)/float64(n), 100*float64(la)/float64(n), float64(n)/el.Seconds(), p.weights.numRows(), len(p.weights.entries))
			}
		}})
	if err != nil {
		t.Fatal(err)
	}
	if ens > 1 {
		var sc parseScratch
		ua, la, n := 0, 0, 0
		for _, ex := range dv {
			sc.setAtoms(ex.at, ex.tags, fp0.tagAtoms)
			fp.parse(&sc)
			for i := 1; i <= len(ex.at); i++ {
				n++
				if sc.st.head[i] == ex.heads[i] {
					ua++
					if sc.st.label[i] == ex.labels[i] {
						la++
					}
				}
			}
		}
		t.Logf("ensemble %d dev UAS %.2f LAS %.2f rows %d entries %d", ens, 100*float64(ua)/float64(n), 100*float64(la)/float64(n), fp.weights.numRows(), len(fp.weights.entries))
	}
}

func TestExpLemma(t *testing.T) {
	train, dev := readTB(t, "train"), readTB(t, "dev")
	lz := trainLemmatizer(train)
	c, n := 0, 0
	errs := map[string]int{}
	for _, s := range dev {
		for _, w := range s.Words {
			n++
			l := lz.lemma(w.Form, w.XPOS)
			if l == w.Lemma {
				c++
			} else {
				errs[w.Form+"/"+w.XPOS+" -> "+l+" want "+w.Lemma]++
			}
		}
	}
	t.Logf("lemma gold-xpos %.2f", 100*float64(c)/float64(n))
	type kv struct {
		k string
		v int
	}
	var all []kv
	for k, v := range errs {
		all = append(all, kv{k, v})
	}
	sort.Slice(all, func(i, j int) bool { return all[i].v > all[j].v })
	for _, x := range all[:min(40, len(all))] {
		t.Log(x.v, x.k)
	}
}

func TestExpNonProj(t *testing.T) {
	for _, name := range []string{"train", "dev", "test"} {
		ss := readTB(t, name)
		changed, total, sents := 0, 0, 0
		for _, s := range ss {
			h := make([]int32, len(s.Words)+1)
			for i, w := range s.Words {
				h[i+1] = int32(w.Head)
			}
			if !isTree(h) {
				continue
			}
			p := projectivize(h)
			c := 0
			for i := 1; i < len(h); i++ {
				total++
				if p[i] != h[i] {
					c++
				}
			}
			changed += c
			if c > 0 {
				sents++
			}
		}
		t.Logf("%s: %d of %d arcs lifted (%.2f%%), %d sentences", name, changed, total, 100*float64(changed)/float64(total), sents)
	}
}

func TestExpAblate(t *testing.T) {
	m, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	dev := readTB(t, "dev")
	// Pre-tag.
	type item struct {
		at   []tokAtoms
		tags []int32
		gold []int32
	}
	var items []item
	for _, s := range dev {
		w := s.Forms()
		at := make([]tokAtoms, len(w))
		tags := make([]int32, len(w))
		m.tagger.prepare(w, at, nil)
		m.tagger.tag(at, tags, nil, make([]int32, len(m.tagger.classes)))
		g := make([]int32, len(w)+1)
		for i, x := range s.Words {
			g[i+1] = int32(x.Head)
		}
		items = append(items, item{at, tags, g})
	}
	p := m.parser
	run := func(drop int) float64 {
		var sc parseScratch
		ok, n := 0, 0
		for _, it := range items {
			sc.setAtoms(it.at, it.tags, p.tagAtoms)
			nn := len(it.at)
			sc.st.reset(nn)
			nc := p.nClasses()
			sc.scores = make([]int32, nc)
			for !sc.st.terminal() {
				sc.keys = parseFeatures(sc.keys[:0], &sc.st, &sc)
				if drop >= 0 {
					sc.keys[drop] = 12345
				}
				p.weights.score(sc.keys, sc.scores)
				best, bestScore := -1, int32(0)
				for c, sco := range sc.scores {
					if best >= 0 && sco <= bestScore {
						continue
					}
					act, l := actionOf(c)
					if sc.st.valid(act, l, p.rootLabel) {
						best, bestScore = c, sco
					}
				}
				act, l := actionOf(best)
				sc.st.apply(act, l)
			}
			sc.st.finish(p.rootLabel, p.other)
			for i := 1; i <= nn; i++ {
				n++
				if sc.st.head[i] == it.gold[i] {
					ok++
				}
			}
		}
		return 100 * float64(ok) / float64(n)
	}
	base := run(-1)
	t.Logf("base %.2f", base)
	var sc parseScratch
	sc.setAtoms(items[0].at, items[0].tags, p.tagAtoms)
	sc.st.reset(len(items[0].at))
	nf := len(parseFeatures(nil, &sc.st, &sc))
	for j := 0; j < nf; j++ {
		t.Logf("drop %d (template %d): %.2f", j, j, run(j)-base)
	}
}

func TestExpFinish(t *testing.T) {
	m, err := LoadFile(os.Getenv("MODEL"))
	if err != nil {
		t.Fatal(err)
	}
	dev := readTB(t, "dev")
	p := m.parser
	fin, finOK, multi, alt := 0, 0, 0, 0
	for _, s := range dev {
		w := s.Forms()
		at := make([]tokAtoms, len(w))
		tags := make([]int32, len(w))
		m.tagger.prepare(w, at, nil)
		m.tagger.tag(at, tags, nil, make([]int32, len(m.tagger.classes)))
		var sc parseScratch
		sc.setAtoms(at, tags, p.tagAtoms)
		sc.st.reset(len(w))
		sc.scores = make([]int32, p.nClasses())
		for !sc.st.terminal() {
			sc.keys = parseFeatures(sc.keys[:0], &sc.st, &sc)
			p.weights.score(sc.keys, sc.scores)
			best, bestScore := -1, int32(0)
			for c, sco := range sc.scores {
				if best >= 0 && sco <= bestScore {
					continue
				}
				act, l := actionOf(c)
				if sc.st.valid(act, l, p.rootLabel) {
					best, bestScore = c, sco
				}
			}
			act, l := actionOf(best)
			sc.st.apply(act, l)
		}
		headless := []int{}
		for i := 1; i <= len(w); i++ {
			if sc.st.head[i] < 0 {
				headless = append(headless, i)
			}
		}
		if sc.st.r1[0] < 0 && len(headless) > 0 {
			headless = headless[1:]
		}
		if len(headless) > 0 {
			multi++
		}
		// alternative: stack predecessor
		isHL := map[int]bool{}
		for _, i := range headless {
			isHL[i] = true
		}
		stk := sc.st.stack
		for k := len(stk) - 1; k >= 1; k-- {
			wd := int(stk[k])
			if isHL[wd] {
				if int32(s.Words[wd-1].Head) == stk[k-1] && stk[k-1] != 0 {
					alt++
				}
			}
		}
		sc.st.finish(p.rootLabel, p.other)
		for _, i := range headless {
			fin++
			if sc.st.head[i] == int32(s.Words[i-1].Head) {
				finOK++
			}
		}
	}
	t.Logf("finish-attached %d words (%d correct; stack predecessor would get %d), in %d sentences", fin, finOK, alt, multi)
}
