// Package seeddata embeds the seed article of the project and its hand annotation
// (copied from the shared seed folder) so that the demo and the tests run without
// anything outside the repository.
package seeddata

import _ "embed"

// ArticleName is the file name of the seed article.
const ArticleName = "jewish-insider-israel-russia-china.txt"

//go:embed jewish-insider-israel-russia-china.txt
var article []byte

//go:embed gold.json
var gold []byte

// Article returns a copy of the raw seed article text, as scraped.
func Article() []byte { return append([]byte(nil), article...) }

// GoldJSON returns a copy of the raw gold annotation.
func GoldJSON() []byte { return append([]byte(nil), gold...) }
