package article

import (
	"testing"

	"entente/internal/seeddata"
	"entente/source"
)

func BenchmarkCleanText(b *testing.B) {
	raw := string(seeddata.Article())
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		CleanText(raw)
	}
}

func BenchmarkExtractText(b *testing.B) {
	doc := source.Document{Name: "seed", Data: seeddata.Article()}
	b.SetBytes(int64(len(doc.Data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Extract(doc, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkExtractHTML(b *testing.B) {
	page := []byte("<html><head><title>Seed</title></head><body><article>" + paragraphsHTML(string(seeddata.Article())) + "</article></body></html>")
	doc := source.Document{Name: "seed.html", Data: page}
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Extract(doc, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// paragraphsHTML wraps each blank-line-separated block of text in <p>.
func paragraphsHTML(text string) string {
	out := ""
	for _, b := range splitBlocks(text) {
		out += "<p>"
		for _, l := range b.lines {
			out += l + " "
		}
		out += "</p>\n"
	}
	return out
}
