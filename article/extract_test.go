package article

import (
	"errors"
	"strings"
	"testing"

	"entente/source"
)

func TestExtractErrors(t *testing.T) {
	deep := strings.Repeat("<div>", 100_000) + "text" + strings.Repeat("</div>", 100_000)
	tests := []struct {
		name string
		data string
		want error
	}{
		{"empty", "", ErrEmpty},
		{"blank", " \n\t\n", ErrEmpty},
		{"binary", "\x7fELF\x02\x01\x01\x00\x00\x00\x00", ErrBinary},
		{"control bytes", strings.Repeat("\x01\x02\x03abc", 100), ErrBinary},
		{"invalid utf-8", "Caf\xe9 au lait, a story.", ErrInvalidUTF8},
		{"deep html", "<html><body>" + deep + "</body></html>", ErrTooDeep},
		{"only furniture", "fbpx\n\nShare this article\n\nADVERTISEMENT", ErrNoContent},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Extract(source.Document{Name: tt.name, Data: []byte(tt.data)}, Options{})
			if !errors.Is(err, tt.want) {
				t.Fatalf("Extract error = %v, want %v", err, tt.want)
			}
			if a != nil {
				t.Errorf("Extract returned an article with the error")
			}
		})
	}
}

func TestExtractHTML(t *testing.T) {
	page := `<!DOCTYPE html><html lang="en"><head><title>Russia hosts Hamas delegation | Example News</title>
<meta property="og:title" content="Russia hosts Hamas delegation">
<meta property="og:site_name" content="Example News">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2023-10-27T10:00:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Russia hosts Hamas delegation</h1>
<p>A Hamas delegation led by Moussa Abu Marzouk visited Moscow on Thursday to meet with Mikhail Bogdanov, Russia's deputy foreign minister.</p>
<p>Israel's Foreign Ministry summoned the Russian ambassador for a reprimand over the visit, officials said.</p>
<div class="promo">Subscribe now to our daily newsletter, delivered each morning.</div>
<p>ADVERTISEMENT</p>
<p>"We respond in the diplomatic world to offenses in the diplomatic world," a diplomatic source said.</p>
<p>The Kremlin said the talks focused on the release of hostages held in Gaza since the attack of October 7.</p>
</article>
<footer>© 2023 Example News. All rights reserved.</footer>
</body></html>`
	a, err := Extract(source.Document{Name: "page.html", Data: []byte(page), Meta: source.Meta{URL: "https://www.example.com/world/russia-hamas"}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Moussa Abu Marzouk visited Moscow", "summoned the Russian ambassador", "a diplomatic source said", "release of hostages"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("text lost %q:\n%s", want, a.Text)
		}
	}
	for _, junk := range []string{"Subscribe", "ADVERTISEMENT", "All rights reserved", "Home"} {
		if strings.Contains(a.Text, junk) {
			t.Errorf("text kept boilerplate %q:\n%s", junk, a.Text)
		}
	}
	if a.Title != "Russia hosts Hamas delegation" {
		t.Errorf("title = %q", a.Title)
	}
	if a.Published != "2023-10-27" {
		t.Errorf("published = %q", a.Published)
	}
	if strings.Count(a.Text, "\n\n") < 3 {
		t.Errorf("paragraphs were not kept apart:\n%s", a.Text)
	}
}

func TestContentHashIgnoresLayout(t *testing.T) {
	if ContentHash("Russia  vetoed\n\nthe resolution.") != ContentHash("russia vetoed the Resolution.") {
		t.Error("hash depends on spacing or case")
	}
	if ContentHash("Russia vetoed.") == ContentHash("China vetoed.") {
		t.Error("different texts share a hash")
	}
}

func TestDateline(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Title\n\nWASHINGTON, Oct. 31, 2023 — Text follows.", "2023-10-31"},
		{"Title\n\nPublished 2023-10-31\n\nText.", "2023-10-31"},
		{"Title\n\nSeptember 5, 2022\n\nText.", "2022-09-05"},
		{"Title\n\nNo date here.", ""},
	}
	for _, tt := range tests {
		a, err := Extract(source.Document{Name: "t", Data: []byte(tt.in)}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Published != tt.want {
			t.Errorf("date of %q = %q, want %q", tt.in, a.Published, tt.want)
		}
	}
}

func FuzzCleanText(f *testing.F) {
	f.Add("fbpx\n\nTitle\n\nBody line.\n\nSubscribe now to\nthe Daily Kickoff")
	f.Add("By Jane Doe\r\n\r\nText\u00a0here.")
	f.Add("<html><body><p>hi</p></body></html>")
	f.Fuzz(func(t *testing.T, in string) {
		out := CleanText(in)
		if strings.Contains(out, "\n\n\n") {
			t.Fatalf("three newlines in output %q", out)
		}
		if out != strings.TrimSpace(out) {
			t.Fatalf("output not trimmed: %q", out)
		}
		_, _ = Extract(source.Document{Name: "fuzz", Data: []byte(in)}, Options{})
	})
}
