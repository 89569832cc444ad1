package syntax

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
)

const sampleCoNLLU = `# sent_id = s1
# text = I don't know.
1	I	I	PRON	PRP	Case=Nom	4	nsubj	4:nsubj	_
2-3	don't	_	_	_	_	_	_	_	_
2	do	do	AUX	VBP	_	4	aux	4:aux	_
3	n't	not	PART	RB	_	4	advmod	4:advmod	_
4	know	know	VERB	VB	_	0	root	0:root	SpaceAfter=No
5	.	.	PUNCT	.	_	4	punct	4:punct	_

# sent_id = s2
1	Yes	yes	INTJ	UH	_	0	root	0:root	_
1.1	said	say	VERB	VBD	_	_	_	0:root	_
2	!	!	PUNCT	.	_	1	punct	1:punct	_
`

func TestReadCoNLLU(t *testing.T) {
	sents, err := ReadCoNLLU(strings.NewReader(sampleCoNLLU))
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 2 {
		t.Fatalf("got %d sentences, want 2", len(sents))
	}
	tests := []struct {
		sent      int
		id        string
		forms     string
		heads     []int
		rels      string
		firstLine int
	}{
		{0, "s1", "I do n't know .", []int{4, 4, 4, 0, 4}, "nsubj aux advmod root punct", 1},
		{1, "s2", "Yes !", []int{0, 1}, "root punct", 10},
	}
	for _, tc := range tests {
		s := sents[tc.sent]
		if got := s.ID(); got != tc.id {
			t.Errorf("sentence %d: ID %q, want %q", tc.sent, got, tc.id)
		}
		if got := strings.Join(s.Forms(), " "); got != tc.forms {
			t.Errorf("sentence %d: forms %q, want %q", tc.sent, got, tc.forms)
		}
		var rels []string
		for i, w := range s.Words {
			if w.ID != i+1 {
				t.Errorf("sentence %d word %d: ID %d", tc.sent, i, w.ID)
			}
			if w.Head != tc.heads[i] {
				t.Errorf("sentence %d word %d: head %d, want %d", tc.sent, i, w.Head, tc.heads[i])
			}
			rels = append(rels, w.Deprel)
		}
		if got := strings.Join(rels, " "); got != tc.rels {
			t.Errorf("sentence %d: relations %q, want %q", tc.sent, got, tc.rels)
		}
		if s.Line != tc.firstLine {
			t.Errorf("sentence %d: line %d, want %d", tc.sent, s.Line, tc.firstLine)
		}
	}
	if w := sents[0].Words[2]; w.Lemma != "not" || w.UPOS != "PART" || w.XPOS != "RB" || w.Line != 6 {
		t.Errorf("word n't: got %+v", w)
	}
}

func TestReadCoNLLUErrors(t *testing.T) {
	tests := []struct {
		name, in, wantLine string
	}{
		{"too few fields", "1\tI\tI\tPRON\n", "line 1:"},
		{"too many fields", "1\ta\ta\tX\tX\t_\t0\troot\t_\t_\textra\n", "line 1:"},
		{"bad id", "# c\nx\ta\ta\tX\tX\t_\t0\troot\t_\t_\n", "line 2:"},
		{"bad head", "1\ta\ta\tX\tX\t_\tz\troot\t_\t_\n", "line 1:"},
		{"negative head", "1\ta\ta\tX\tX\t_\t-1\troot\t_\t_\n", "line 1:"},
		{"id gap", "1\ta\ta\tX\tX\t_\t0\troot\t_\t_\n3\tb\tb\tX\tX\t_\t1\tdep\t_\t_\n", "line 2:"},
		{"head outside", "1\ta\ta\tX\tX\t_\t0\troot\t_\t_\n2\tb\tb\tX\tX\t_\t7\tdep\t_\t_\n", "line 2:"},
		{"bad range", "1-x\ta\t_\t_\t_\t_\t_\t_\t_\t_\n", "line 1:"},
		{"empty form", "1\t\ta\tX\tX\t_\t0\troot\t_\t_\n", "line 1:"},
		{"comments only", "# only a comment\n\n", "line 1:"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadCoNLLU(strings.NewReader(tc.in))
			if err == nil {
				t.Fatal("no error")
			}
			if !errors.Is(err, ErrMalformed) {
				t.Errorf("error %v does not wrap ErrMalformed", err)
			}
			if !strings.HasPrefix(err.Error(), tc.wantLine) {
				t.Errorf("error %q does not start with %q", err, tc.wantLine)
			}
		})
	}
}

func TestCoNLLUReaderStreaming(t *testing.T) {
	r := NewCoNLLUReader(strings.NewReader(sampleCoNLLU + "\n\n"))
	n := 0
	for {
		_, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		n++
	}
	if n != 2 {
		t.Fatalf("read %d sentences, want 2", n)
	}
	if _, err := r.Next(); err != io.EOF {
		t.Fatalf("Next after EOF: %v", err)
	}
}

func TestWriteCoNLLURoundTrip(t *testing.T) {
	sents, err := ReadCoNLLU(strings.NewReader(sampleCoNLLU))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteCoNLLU(&buf, sents); err != nil {
		t.Fatal(err)
	}
	again, err := ReadCoNLLU(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if len(again) != len(sents) {
		t.Fatalf("round trip: %d sentences, want %d", len(again), len(sents))
	}
	for i := range sents {
		for j, w := range sents[i].Words {
			g := again[i].Words[j]
			if g.Form != w.Form || g.Head != w.Head || g.Deprel != w.Deprel || g.Lemma != w.Lemma || g.XPOS != w.XPOS {
				t.Errorf("sentence %d word %d: %+v, want %+v", i, j, g, w)
			}
		}
	}
}

func FuzzReadCoNLLU(f *testing.F) {
	f.Add(sampleCoNLLU)
	f.Add("1\ta\ta\tX\tX\t_\t0\troot\t_\t_\n")
	f.Add("1-2\tab\t_\t_\t_\t_\t_\t_\t_\t_\n1\ta\n")
	f.Add("# x\n\n\n1.1\ta\ta\tX\tX\t_\t_\t_\t_\t_\n")
	f.Fuzz(func(t *testing.T, in string) {
		sents, err := ReadCoNLLU(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, s := range sents {
			for i, w := range s.Words {
				if w.ID != i+1 || w.Head > len(s.Words) {
					t.Fatalf("accepted inconsistent word %+v", w)
				}
			}
		}
	})
}
