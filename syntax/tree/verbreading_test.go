package tree

import (
	"strings"
	"testing"

	"entente/text"
)

func TestVerbReadings(t *testing.T) {
	m, err := model()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, sent, word, upos, head, rel string // head "" = the root
	}{
		{"infinitive read as a noun", "Sam Gamgee has begun to question whether he has a future with the orcs.",
			"question", "VERB", "begun", "xcomp"},
		{"plural noun read for the verb", "Putin plans to visit China.", "plans", "VERB", "", "root"},
		{"subject kept", "Putin plans to visit China.", "Putin", "PROPN", "plans", "nsubj"},
		{"the subject's determiner", "The Kremlin plans to visit China.", "plans", "VERB", "", "root"},
		{"past form read as an adjective", "The EU imposed sanctions on Russia.", "imposed", "VERB", "", "root"},
		{"its object", "The EU imposed sanctions on Russia.", "sanctions", "NOUN", "imposed", "obj"},
		{"irregular past read as a noun", "The UK froze Russian assets.", "froze", "VERB", "", "root"},
		{"past read as a participle modifier", "Russia conducted drone strikes on Kyiv.", "conducted", "VERB", "", "root"},
		{"after a joined subject", "Israel and the UAE established diplomatic relations.", "established", "VERB", "", "root"},
	}
	for _, tc := range tests {
		d := Parse(m, text.Analyze(tc.sent))
		s := &d.Sentences[0]
		idx := firstIndex(s)
		w, ok := idx[tc.word]
		if !ok {
			t.Fatalf("%s: no word %q", tc.name, tc.word)
		}
		wantHead := -1
		if tc.head != "" {
			wantHead = idx[tc.head]
		}
		if s.UPOS(w) != tc.upos || s.Head(w) != wantHead || s.FullRel(w) != tc.rel {
			t.Errorf("%s: %q: %s is %s, %s of %d; want %s, %s of %s", tc.name, tc.sent, tc.word,
				s.UPOS(w), s.FullRel(w), s.Head(w), tc.upos, tc.rel, tc.head)
		}
	}
}

// TestVerbReadingsLeaveNouns checks sentences the repairs must not touch:
// the model's own parse comes back unchanged.
func TestVerbReadingsLeaveNouns(t *testing.T) {
	m, err := model()
	if err != nil {
		t.Fatal(err)
	}
	for _, sent := range []string{
		"The plans to visit China were dropped.",    // a determiner: a noun phrase
		"They agreed to arbitration with Iran.",     // "agree to" takes a noun phrase
		"She began to Paris on Monday.",             // a name after "to"
		"Officials discussed Putin plans to visit.", // a verb before the noun
		"The EU summit in Brussels.",                // no past form
		"The newly imposed sanctions on Russia.",    // no noun before the past form
	} {
		forms := strings.Fields(strings.TrimSuffix(sent, ".") + " .")
		p := m.Parse(forms)
		if got := withVerbReadings(m, forms, p); got != p {
			t.Errorf("%q: repaired, want the model's parse", sent)
		}
	}
}
