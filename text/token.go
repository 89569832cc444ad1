package text

// Token is one word or punctuation mark of an article, located by half-open byte
// offsets into Article.Text, so that Text == article.Text[Start:End].
type Token struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	// Sentence is the index of the sentence that holds the token.
	Sentence int `json:"sentence"`
}
