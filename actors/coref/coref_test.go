package coref

import (
	"strings"
	"testing"
	"time"

	"entente/article"
	"entente/internal/seeddata"
	"entente/internal/stagetest"
	"entente/source"
	"entente/syntax/tree"
	"entente/text"
)

// models loads the embedded dictionary and syntax model once.
var models = stagetest.Models

func build(t *testing.T, raw, date string) (*Doc, string) {
	t.Helper()
	a, err := article.Extract(source.Document{Name: "test", Data: []byte(raw)}, article.Options{DefaultDate: date})
	if err != nil {
		t.Fatal(err)
	}
	d, m := models()
	td := text.Analyze(a.Text)
	day, _ := time.Parse("2006-01-02", a.Published)
	return Build(td, tree.Parse(m, td), d.NewResolver(day).Resolve(a.Text, td.Tokens)), a.Text
}

// entityOf returns the entity of the n-th occurrence (from 0) of word in src.
func entityOf(t *testing.T, d *Doc, src, word string, n int) *Entity {
	t.Helper()
	off := -1
	for i := 0; i <= n; i++ {
		next := strings.Index(src[off+1:], word)
		if next >= 0 {
			next += off + 1
		}
		if next < 0 {
			t.Fatalf("%q occurs fewer than %d times", word, n+1)
		}
		off = next
	}
	// A phrase is context: the entity of its first word is wanted.
	if i := strings.Index(word, " "); i > 0 {
		word = word[:i]
	}
	e, _ := d.At(off, off+len(word))
	return e
}

func TestSeedPeople(t *testing.T) {
	d, src := build(t, string(seeddata.Article()), "2023-10-31")
	tests := []struct {
		word     string
		n        int
		name     string
		role     string
		org      string
		codePref string
	}{
		{"Svetlova", 0, "Ksenia Svetlova", "senior research nonresident fellow", "Atlantic Council", ""},
		{"Witte", 0, "Carice Witte", "executive director", "SIGNAL Group", ""},
		{"Halperin", 0, "Simona Halperin", "Deputy Director-General for Eurasia", "", "ISR"},
		{"Wang Yi", 0, "Wang Yi", "Foreign Minister", "", "CHN"},
		{"Victorov", 0, "Anatoly Victorov", "Ambassador to Israel", "", "RUS"},
		{"Wu Bingbing", 0, "Wu Bingbing", "Professor", "Peking University", ""},
		{"Putin", 1, "Vladimir Putin", "", "", "RUS"},
		{"Khodorkovsky", 1, "Len Khodorkovsky", "", "", ""},
		{"she said, with Russia", 0, "Ksenia Svetlova", "", "", ""}, // looked up by its first word
		{"he wrote", 0, "Wu Bingbing", "", "", ""},
		{"the diplomatic source", 0, "a diplomatic source", "", "", ""},
	}
	for _, tt := range tests {
		e := entityOf(t, d, src, tt.word, tt.n)
		if e == nil {
			t.Errorf("%q: no entity", tt.word)
			continue
		}
		if e.Name != tt.name || tt.role != "" && e.Role != tt.role || tt.org != "" && e.Organisation != tt.org ||
			len(e.Code) < len(tt.codePref) || e.Code[:len(tt.codePref)] != tt.codePref {
			t.Errorf("%q → %+v, want %s (%s, %s, %s…)", tt.word, *e, tt.name, tt.role, tt.org, tt.codePref)
		}
	}
	if e := entityOf(t, d, src, "Svetlova", 0); e.Gender != "f" {
		t.Errorf("Svetlova's gender = %q, want f (from “she said”)", e.Gender)
	}
}

func TestGenderBlocksWrongAntecedent(t *testing.T) {
	raw := "Talks stall\n\nMaria Lopez met John Carter in Geneva. She said the talks would go on.\n\nLopez then left, and he stayed. He said he was hopeful."
	d, src := build(t, raw, "2024-01-15")
	if e := entityOf(t, d, src, "She", 0); e == nil || e.Name != "John Carter" && e.Name != "Maria Lopez" {
		t.Fatalf("She → %+v", e)
	}
	she := entityOf(t, d, src, "She", 0)
	he := entityOf(t, d, src, "He", 0)
	if she == nil || he == nil || she.ID == he.ID {
		t.Errorf("she → %+v and he → %+v: gender should keep them apart", she, he)
	}
	if e := entityOf(t, d, src, "Lopez", 1); e == nil || e.Name != "Maria Lopez" {
		t.Errorf("surname Lopez → %+v, want Maria Lopez", e)
	}
}

// TestApposedCountry: a name in apposition to a phrase naming a country
// takes that country, as an appositive parse or the comma-nmod the parser
// often gives instead.
func TestApposedCountry(t *testing.T) {
	// code: a title's bare sector code (Professor: EDU) is composed with the
	// country learned; without a country it stays bare
	tests := []struct{ raw, name, country, code string }{
		{"Analysts weigh in\n\nThe report quoted one of Russia’s leading defence analysts, Ivan Petrov of the Higher School of Economics, at length.", "Petrov", "RUS", ""},
		{"Analysts weigh in\n\nThe paper cited a prominent Turkish economist, Professor Ayse Demir of Bogazici University, on inflation.", "Demir", "TUR", "TUREDU"},
		{"Analysts weigh in\n\nThe paper cited Professor Ayse Demir of Bogazici University on inflation.", "Demir", "", "EDU"},
	}
	for _, tt := range tests {
		d, src := build(t, tt.raw, "2024-01-15")
		e := entityOf(t, d, src, tt.name, 0)
		if e == nil || e.Country != tt.country || tt.code != "" && e.Code != tt.code {
			t.Errorf("%q: %s → %+v, want country %q code %q", tt.raw, tt.name, e, tt.country, tt.code)
		}
	}
}

// TestTheyAfterPluralNoun: "they" after a plural noun that names no entity
// means that noun, not an organisation mentioned before it; a plural noun
// that is the organisation's own ("Hamas fighters") does not block it.
func TestTheyAfterPluralNoun(t *testing.T) {
	tests := []struct {
		raw, want string // want: the entity "They" resolves to, "" for none
	}{
		{"Allies rally\n\nHamas attacked on Saturday. The visit was followed by a long list of foreign leaders arriving in Israel. They have been affirming that Israel is an ally.", ""},
		{"Allies rally\n\nThe Arab League met on Saturday. They condemned the attack.", "Arab League"},
	}
	for _, tt := range tests {
		d, src := build(t, tt.raw, "2023-10-31")
		e := entityOf(t, d, src, "They", 0)
		got := ""
		if e != nil {
			got = e.Name
		}
		if got != tt.want {
			t.Errorf("%q: They → %q, want %q", tt.raw, got, tt.want)
		}
	}
}

// TestFrontedPossessive: a possessive in a phrase that opens the sentence
// refers forward to the subject after its comma when that subject's gender
// is known; otherwise it keeps the nearest earlier antecedent.
func TestFrontedPossessive(t *testing.T) {
	tests := []struct {
		name, raw, word string
		n               int
		want            string
	}{
		{"forward to the subject",
			"Talks stall\n\nSam Reyes spoke in Geneva. He said talks would go on. John Carter spoke in Paris. He agreed.\n\nFor his part, Sam Reyes said he was hopeful.", "his", 0, "Sam Reyes"},
		{"subject of unknown gender",
			"Talks stall\n\nSam Reyes spoke in Geneva. He said talks would go on.\n\nFor his part, Tom Field said talks had failed.", "his", 0, "Sam Reyes"},
		{"wrong gender",
			"Talks stall\n\nMaria Lopez spoke in Geneva. She said talks would go on. John Carter spoke in Paris. He agreed.\n\nIn her speech, John Carter said talks had failed.", "her", 0, "Maria Lopez"},
		{"a clause before the comma",
			"Talks stall\n\nSam Reyes spoke in Geneva. He said talks would go on. John Carter spoke in Paris. He agreed.\n\nAfter his speech ended, Sam Reyes left.", "his", 0, "John Carter"},
	}
	for _, tc := range tests {
		d, src := build(t, tc.raw, "2024-01-15")
		if e := entityOf(t, d, src, tc.word, tc.n); e == nil || e.Name != tc.want {
			t.Errorf("%s: %s → %+v, want %s", tc.name, tc.word, e, tc.want)
		}
	}
}

// TestRoleBeforeName: the words of a role before a person's name, as the
// actor stage read them, are no part of the name, and the country whose
// role it is ("Russia's") is no mention of the person.
func TestRoleBeforeName(t *testing.T) {
	raw := "UN vote\n\n\"The draft is ambiguous,\" Russian U.N. Ambassador Vassily Nebenzia told the council. He accused Washington of misleading the world. Russia's Deputy Foreign Minister Sergei Ryabkov agreed."
	d, src := build(t, raw, "2024-03-22")
	if e := entityOf(t, d, src, "He", 0); e == nil || e.Name != "Vassily Nebenzia" || e.Code != "RUSGOV" {
		t.Errorf("He → %+v, want Vassily Nebenzia, RUSGOV", e)
	}
	if e := entityOf(t, d, src, "Russia's", 0); e != nil && e.Kind == KindPerson {
		t.Errorf("Russia of Russia's deputy foreign minister → person %+v", e)
	}
}

// TestHyphenatedTitle: a title written with a hyphen stays one run with the
// name after it, and the person the actor stage found ends the run.
func TestHyphenatedTitle(t *testing.T) {
	raw := "Allies meet\n\n\"We must do more,\" NATO Secretary-General Jens Stoltenberg told reporters. He said Russia was seeking to destroy the grid."
	d, src := build(t, raw, "2024-04-05")
	e := entityOf(t, d, src, "He", 0)
	if e == nil || e.Name != "Jens Stoltenberg" || e.Role != "NATO Secretary-General" || e.Code != "IGOWSTNAT" {
		t.Errorf("He → %+v, want Jens Stoltenberg, NATO Secretary-General, IGOWSTNAT", e)
	}
}
