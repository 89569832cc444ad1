package text

// Quote is a pair of matching quotation marks and the content between them.
type Quote struct {
	// Span is the content, from just after the opening mark to the closing mark.
	Span
	// Open and Close are the byte offsets of the opening and closing marks.
	Open  int `json:"open"`
	Close int `json:"close"`
	// Double is true for “…” and "…", false for ‘…’ and '…'.
	Double bool `json:"double"`
	// Depth is 0 for an outermost quote, 1 for a quote inside it, and so on.
	Depth int `json:"depth"`
	// Parent is the index of the enclosing quote, or -1.
	Parent int `json:"parent"`
	// Segments holds the content per paragraph when the quote runs over several
	// paragraphs (each new one reopened with a quote mark); nil otherwise.
	Segments []Span `json:"segments,omitempty"`
}

// Mark is a quotation mark that could not be paired.
type Mark struct {
	Offset  int    `json:"offset"`
	Text    string `json:"text"`
	Problem string `json:"problem"`
}

// markKind is the role a quote-mark token plays.
type markKind uint8

const (
	noMark markKind = iota
	openDouble
	closeDouble
	openSingle
	closeSingle
)

// openQuote is a quote whose closing mark is still to come.
type openQuote struct {
	quote    Quote
	tok      int  // token index of the opening mark
	segStart int  // start of the current paragraph's content
	index    int  // index reserved in the output, so parents precede children
	reopened bool // continued into a later paragraph
}

// PairQuotes pairs the quotation marks among toks, the tokens of text split into
// paras. It returns the quotes in order of their opening marks and the marks left
// unpaired. Straight marks open or close according to the tokens around them; a
// single closing mark with no single quote open is an apostrophe and is ignored.
func PairQuotes(text string, toks []Token, paras []Paragraph) ([]Quote, []Mark) {
	var (
		quotes  []Quote
		bad     []Mark
		stack   []openQuote
		tokPara = 0
	)
tokens:
	for k := 0; k < len(toks); k++ {
		// Entering a new paragraph: continue or abandon the open quotes.
		for tokPara+1 < len(paras) && toks[k].Start >= paras[tokPara+1].Start {
			prevEnd := paras[tokPara].End
			tokPara++
			if len(stack) == 0 {
				continue
			}
			if kind := classifyMark(text, toks, k); kind == openDouble && stack[0].quote.Double {
				// A quotation running on: close the segments of every open
				// quote at the paragraph end; inner quotes do not run on.
				for len(stack) > 1 {
					top := stack[len(stack)-1]
					bad = append(bad, Mark{Offset: top.quote.Open, Text: toks[top.tok].Text, Problem: "not closed before the paragraph ends"})
					quotes[top.index].Open = -1
					stack = stack[:len(stack)-1]
				}
				q := &stack[0]
				q.quote.Segments = append(q.quote.Segments, Span{q.segStart, prevEnd})
				q.segStart = toks[k].End
				q.reopened = true
				continue tokens // the reopening mark is consumed
			}
			for len(stack) > 0 {
				top := stack[len(stack)-1]
				bad = append(bad, Mark{Offset: top.quote.Open, Text: toks[top.tok].Text, Problem: "not closed before the paragraph ends"})
				quotes[top.index].Open = -1
				stack = stack[:len(stack)-1]
			}
		}
		kind := classifyMark(text, toks, k)
		switch kind {
		case openDouble, openSingle:
			parent := -1
			if len(stack) > 0 {
				parent = stack[len(stack)-1].index
			}
			oq := openQuote{
				quote: Quote{Open: toks[k].Start, Double: kind == openDouble, Depth: len(stack), Parent: parent},
				tok:   k, segStart: toks[k].End, index: len(quotes),
			}
			quotes = append(quotes, Quote{Open: -1})
			stack = append(stack, oq)
		case closeDouble, closeSingle:
			double := kind == closeDouble
			at := -1
			for s := len(stack) - 1; s >= 0; s-- {
				if stack[s].quote.Double == double {
					at = s
					break
				}
			}
			if at < 0 {
				if double {
					bad = append(bad, Mark{Offset: toks[k].Start, Text: toks[k].Text, Problem: "closing mark without an opening one"})
				}
				continue
			}
			for len(stack)-1 > at {
				top := stack[len(stack)-1]
				bad = append(bad, Mark{Offset: top.quote.Open, Text: toks[top.tok].Text, Problem: "not closed before an outer quote closed"})
				stack = stack[:len(stack)-1]
			}
			oq := stack[at]
			stack = stack[:at]
			q := oq.quote
			q.Close = toks[k].Start
			q.Span = Span{toks[oq.tok].End, toks[k].Start}
			if oq.reopened {
				q.Segments = append(q.Segments, Span{oq.segStart, toks[k].Start})
			}
			quotes[oq.index] = q
		}
	}
	for _, top := range stack {
		bad = append(bad, Mark{Offset: top.quote.Open, Text: toks[top.tok].Text, Problem: "not closed before the text ends"})
	}
	return compactQuotes(quotes), bad
}

// compactQuotes drops the slots of quotes that were never closed and renumbers the
// parents.
func compactQuotes(quotes []Quote) []Quote {
	remap := make([]int, len(quotes))
	out := quotes[:0]
	for i, q := range quotes {
		if q.Open < 0 || q.Close <= q.Open {
			remap[i] = -1
			continue
		}
		remap[i] = len(out)
		out = append(out, q)
	}
	for i := range out {
		if p := out[i].Parent; p >= 0 {
			out[i].Parent = remap[p]
		}
	}
	return out
}

// classifyMark tells whether token k is an opening or closing quote mark.
func classifyMark(text string, toks []Token, k int) markKind {
	switch toks[k].Text {
	case "“":
		// An opening mark printed where a closing one belongs (an “expedited
		// review“ of …) closes: it is glued to the word before and not to
		// the one after.
		if k > 0 && toks[k-1].End == toks[k].Start && !opensHere(text, toks, k) &&
			(k+1 == len(toks) || toks[k+1].Start > toks[k].End) {
			return closeDouble
		}
		return openDouble
	case "„", "«":
		return openDouble
	case "”":
		// A closing mark printed where an opening one belongs (”Fear. I am
		// afraid…”) opens: it is glued to the word after and not to the one
		// before.
		if opensHere(text, toks, k) && (k == 0 || toks[k-1].End < toks[k].Start) {
			return openDouble
		}
		return closeDouble
	case "»":
		return closeDouble
	case "‘", "‚", "‹":
		return openSingle
	case "’", "›":
		return closeSingle
	case "\"":
		if opensHere(text, toks, k) {
			return openDouble
		}
		return closeDouble
	case "'":
		if opensHere(text, toks, k) {
			return openSingle
		}
		return closeSingle
	}
	return noMark
}

// opensHere decides a straight mark: it opens when glued to the next token and not
// glued to the previous one (or the previous one is itself an opener).
func opensHere(text string, toks []Token, k int) bool {
	gluedNext := k+1 < len(toks) && toks[k+1].Start == toks[k].End
	gluedPrev := k > 0 && toks[k-1].End == toks[k].Start
	if gluedPrev {
		switch toks[k-1].Text {
		case "(", "[", "“", "‘", "—", "–", "\"", "'":
			gluedPrev = false
		}
	}
	return gluedNext && !gluedPrev
}
