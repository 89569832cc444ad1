package petrtest

import (
	"archive/zip"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const syntheticCSV = `disclaimer,text,title,source,prompt,label,mode
x,"Teachers struck on Monday.
They want pay.",Teachers of {country_1} Strike,Reuters,"Teachers of Haiti Strike

(Reuters) --",PROTEST,STRIKE
x,China condemned Japan.,{country_1} Condemns,AFP,China Condemns Japan,ACCUSE,
`

func TestReadSynthetic(t *testing.T) {
	var got []SyntheticStory
	if err := ReadSynthetic(strings.NewReader(syntheticCSV), func(s SyntheticStory) error {
		got = append(got, s)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	want := []SyntheticStory{
		{Title: "Teachers of Haiti Strike", Text: "Teachers struck on Monday.\nThey want pay.", Label: "PROTEST", Mode: "STRIKE"},
		{Title: "China Condemns Japan", Text: "China condemned Japan.", Label: "ACCUSE"},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d stories %+v, want %d", len(got), got, len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("story %d = %+v, want %+v", i, got[i], want[i])
		}
	}
	if d := got[0].Document(); d != "Teachers of Haiti Strike\n\nTeachers struck on Monday.\nThey want pay." {
		t.Errorf("Document() = %q", d)
	}
}

func TestReadSyntheticErrors(t *testing.T) {
	stop := errors.New("stop")
	tests := []struct {
		name, csv string
		fn        func(SyntheticStory) error
		want      string
	}{
		{"empty", "", nil, "header"},
		{"no label column", "text,prompt,mode\na,b,c\n", nil, `no column "label"`},
		{"no label", "text,prompt,label,mode\na,b,,c\n", nil, "line 2: no label"},
		{"ragged row", "text,prompt,label,mode\na,b\n", nil, "wrong number of fields"},
		{"callback error", syntheticCSV, func(SyntheticStory) error { return stop }, "stop"},
	}
	for _, tc := range tests {
		fn := tc.fn
		if fn == nil {
			fn = func(SyntheticStory) error { return nil }
		}
		err := ReadSynthetic(strings.NewReader(tc.csv), fn)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err = %v, want one containing %q", tc.name, err, tc.want)
		}
	}
}

func TestReadSyntheticFileZip(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "stories.csv.zip")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	zw := zip.NewWriter(f)
	w, err := zw.Create("stories.csv")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write([]byte(syntheticCSV)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	n := 0
	if err := ReadSyntheticFile(path, func(SyntheticStory) error { n++; return nil }); err != nil || n != 2 {
		t.Errorf("ReadSyntheticFile(zip): %d stories, err %v; want 2, nil", n, err)
	}
	if err := ReadSyntheticFile(filepath.Join(dir, "missing.csv"), func(SyntheticStory) error { return nil }); err == nil {
		t.Error("ReadSyntheticFile(missing): no error")
	}
}

func FuzzReadSynthetic(f *testing.F) {
	f.Add(syntheticCSV)
	f.Add("text,prompt,label,mode\n\"a\nb\",c,d,e\n")
	f.Fuzz(func(t *testing.T, data string) {
		_ = ReadSynthetic(strings.NewReader(data), func(s SyntheticStory) error {
			if s.Label == "" {
				t.Fatalf("story without a label passed: %+v", s)
			}
			return nil
		})
	})
}
