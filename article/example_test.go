package article_test

import (
	"fmt"

	"entente/article"
	"entente/source"
)

func ExampleExtract() {
	raw := "fbpx\n\nRussia hosts Hamas delegation\n\nBy Jane Doe\n\nA Hamas delegation visited Moscow.\n\nShare this article\n\nSubscribe now to\nthe Daily Kickoff"
	a, err := article.Extract(source.Document{Name: "example.txt", Data: []byte(raw)}, article.Options{DefaultDate: "2023-10-27"})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("title: %s\nbyline: %s\ndate: %s\ntext: %q\n", a.Title, a.Byline, a.Published, a.Text)
	// Output:
	// title: Russia hosts Hamas delegation
	// byline: Jane Doe
	// date: 2023-10-27
	// text: "Russia hosts Hamas delegation\n\nA Hamas delegation visited Moscow."
}
