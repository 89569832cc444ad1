package text

import "testing"

func TestDatelines(t *testing.T) {
	tests := []struct {
		in, dateline string // dateline "" = none split off
	}{
		{"WASHINGTON (AP) — The more Democrats learn about Bernie Sanders, the more they like him.", "WASHINGTON (AP) —"},
		{"BEDFORD, N.H. (AP) — Marco Rubio's uneven debate performance cost him.", "BEDFORD, N.H. (AP) —"},
		{"SAN JUAN, Puerto Rico (Reuters) - The governor resigned on Friday.", "SAN JUAN, Puerto Rico (Reuters) -"},
		{"MACAU (Reuters) – Top Republican Party donor Sheldon Adelson said on Friday he would help.", "MACAU (Reuters) –"},
		{"WASHINGTON -- President Obama spoke on Monday.", "WASHINGTON --"},
		{"BRUSSELS - European leaders gathered Friday.", "BRUSSELS -"},
		{"(Reuters) -- Monaco has agreed to remove a ban.", "(Reuters) --"},
		{"(In brackets) - a note.", ""},
		{"US - China talks resumed on Monday.", ""},
		{"RUSSIA - UKRAINE TALKS COLLAPSE", ""},
		{"FIX IS IN: PBS Moderators Ignore Clinton Scandals.", ""},
		{"Washington - the capital - was quiet.", ""},
		{"NATO said on Monday it would send troops.", ""},
	}
	for _, tc := range tests {
		d := Analyze(tc.in)
		s := d.Sentences[0]
		got := ""
		if s.Dateline {
			got = tc.in[s.Start:s.End]
		}
		if got != tc.dateline {
			t.Errorf("%q: dateline %q, want %q", tc.in, got, tc.dateline)
		}
		if tc.dateline != "" && (len(d.Sentences) < 2 || d.Sentences[1].Dateline) {
			t.Errorf("%q: the story's sentence should follow its dateline: %+v", tc.in, d.Sentences)
		}
	}
}

func TestStoryTokens(t *testing.T) {
	in := "WASHINGTON (AP) — Russia criticized Israel.\n\nMOSCOW — Putin spoke."
	d := Analyze(in)
	var got []string
	for _, tk := range d.StoryTokens() {
		got = append(got, tk.Text)
	}
	want := []string{"Russia", "criticized", "Israel", ".", "Putin", "spoke", "."}
	if len(got) != len(want) {
		t.Fatalf("StoryTokens = %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("StoryTokens = %q, want %q", got, want)
		}
	}
	plain := Analyze("Russia criticized Israel.")
	if st := plain.StoryTokens(); len(st) != len(plain.Tokens) || &st[0] != &plain.Tokens[0] {
		t.Errorf("StoryTokens of a text with no dateline should be its tokens")
	}
}
