package text

import (
	"strings"
	"testing"
)

func sentenceTexts(d *Doc) []string {
	out := make([]string, len(d.Sentences))
	for i, s := range d.Sentences {
		out[i] = d.Text[s.Start:s.End]
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"abbreviation inside", "The U.S. ambassador met Mr. Putin on Nov. 1 in Moscow. He left.",
			[]string{"The U.S. ambassador met Mr. Putin on Nov. 1 in Moscow.", "He left."}},
		{"abbreviation ends sentence", "Aid was sent by the U.S. The Chinese objected.",
			[]string{"Aid was sent by the U.S.", "The Chinese objected."}},
		{"period inside closing quote", "Putin blamed “the failure of U.S. policy.” The Global Times agreed.",
			[]string{"Putin blamed “the failure of U.S. policy.”", "The Global Times agreed."}},
		{"question then attribution", "“What did we think?” Svetlova said. Then she left.",
			[]string{"“What did we think?” Svetlova said.", "Then she left."}},
		{"question then lower case", "“Why now?” she asked.", []string{"“Why now?” she asked."}},
		{"comma inside quote", "“We respond,” a source said.", []string{"“We respond,” a source said."}},
		{"straight quotes", `"It is over." He said no more.`, []string{`"It is over."`, "He said no more."}},
		{"paragraph ends sentence", "No full stop here\n\nNext paragraph.", []string{"No full stop here", "Next paragraph."}},
		{"initials in name", "George W. Bush spoke. Laura listened.", []string{"George W. Bush spoke.", "Laura listened."}},
		{"ellipsis before lower case", "It is what it is… but we go on.", []string{"It is what it is… but we go on."}},
		{"exclamation", "Stop! Now.", []string{"Stop!", "Now."}},
		{"no as a word", "Sen. Ted Cruz said no. He left for No. 10 Downing Street.",
			[]string{"Sen. Ted Cruz said no.", "He left for No. 10 Downing Street."}},
		{"abbreviation in brackets before a comma", "Rep. Jim Clyburn (D-S.C.), the assistant leader, spoke first. He left.",
			[]string{"Rep. Jim Clyburn (D-S.C.), the assistant leader, spoke first.", "He left."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentenceTexts(Analyze(tt.in))
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("sentences of %q\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"U.S. officials said Israel’s response went “beyond self-defense,” Wang said.",
			[]string{"U.S.", "officials", "said", "Israel’s", "response", "went", "“", "beyond", "self-defense", ",", "”", "Wang", "said", "."}},
		{"Over 1,000 people, $3.5 billion (approx.) — and calm…[and] peace",
			[]string{"Over", "1,000", "people", ",", "$3.5", "billion", "(", "approx.", ")", "—", "and", "calm", "…", "[", "and", "]", "peace"}},
		{"Mr. Smith met Dr. Jones in Washington, D.C.-based offices.",
			[]string{"Mr.", "Smith", "met", "Dr.", "Jones", "in", "Washington", ",", "D.C.-based", "offices", "."}},
		{"the countries’ reactions", []string{"the", "countries’", "reactions"}},
		{"‘Autocracies support Israel’s enemies’", []string{"‘", "Autocracies", "support", "Israel’s", "enemies", "’"}},
		{"he said--and left", []string{"he", "said", "--", "and", "left"}},
	}
	for _, tt := range tests {
		toks := Tokenize(tt.in)
		got := make([]string, len(toks))
		for i, tok := range toks {
			got[i] = tok.Text
		}
		if strings.Join(got, " ") != strings.Join(tt.want, " ") {
			t.Errorf("Tokenize(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

func TestQuotes(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		quotes   []string // content of each quote in order
		depths   []int
		segments []int // number of segments per quote (0 = single paragraph)
		unpaired int
	}{
		{"curly", "He said “yes” and “no.”", []string{"yes", "no."}, []int{0, 0}, []int{0, 0}, 0},
		{"straight", `He said "yes" and "no."`, []string{"yes", "no."}, []int{0, 0}, []int{0, 0}, 0},
		{"nested single in double", "“They say ‘we are balanced’ now,” she said.",
			[]string{"They say ‘we are balanced’ now,", "we are balanced"}, []int{0, 1}, []int{0, 0}, 0},
		{"apostrophes are not quotes", "“Don’t be surprised,” Israel’s envoy said.",
			[]string{"Don’t be surprised,"}, []int{0}, []int{0}, 0},
		{"spans paragraphs", "“First part.\n\n“Second part,” she said.",
			[]string{"First part.\n\n“Second part,"}, []int{0}, []int{2}, 0},
		{"unclosed at paragraph end", "“Never closed.\n\nPlain text.", nil, nil, nil, 1},
		{"stray closer", "Nothing opened” here.", nil, nil, nil, 1},
		{"closing mark used as opener", "”Fear is here,” she said.", []string{"Fear is here,"}, []int{0}, []int{0}, 0},
		{"opening mark used as closer", "He called the KKK “abhorrent“ in a tweet and “vile” later.",
			[]string{"abhorrent", "vile"}, []int{0, 0}, []int{0, 0}, 0},
		{"single quote headline", "Former official: ‘When you’re down, you find out’\n\nBody.",
			[]string{"When you’re down, you find out"}, []int{0}, []int{0}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Analyze(tt.in)
			if len(d.Quotes) != len(tt.quotes) {
				t.Fatalf("got %d quotes %+v, want %d", len(d.Quotes), d.Quotes, len(tt.quotes))
			}
			for i, q := range d.Quotes {
				if got := tt.in[q.Start:q.End]; got != tt.quotes[i] {
					t.Errorf("quote %d = %q, want %q", i, got, tt.quotes[i])
				}
				if q.Depth != tt.depths[i] {
					t.Errorf("quote %d depth = %d, want %d", i, q.Depth, tt.depths[i])
				}
				if len(q.Segments) != tt.segments[i] {
					t.Errorf("quote %d segments = %v, want %d", i, q.Segments, tt.segments[i])
				}
			}
			if len(d.Unpaired) != tt.unpaired {
				t.Errorf("unpaired = %+v, want %d", d.Unpaired, tt.unpaired)
			}
		})
	}
}

func TestParagraphRepeats(t *testing.T) {
	in := "“A pull quote printed twice on the page.”\n\nBody text in between.\n\n“A pull quote printed twice on the page.”"
	d := Analyze(in)
	if len(d.Paragraphs) != 3 {
		t.Fatalf("got %d paragraphs", len(d.Paragraphs))
	}
	if d.Paragraphs[2].RepeatOf != 0 || d.Paragraphs[1].RepeatOf != -1 {
		t.Errorf("repeats = %d %d, want -1 0", d.Paragraphs[1].RepeatOf, d.Paragraphs[2].RepeatOf)
	}
}

func TestSentenceAt(t *testing.T) {
	d := Analyze("One here. Two there.\n\nThree.")
	for i, s := range d.Sentences {
		if got := d.SentenceAt(s.Start); got != i {
			t.Errorf("SentenceAt(%d) = %d, want %d", s.Start, got, i)
		}
	}
	if got := d.SentenceAt(len(d.Text) + 5); got != -1 {
		t.Errorf("SentenceAt past the end = %d, want -1", got)
	}
}
