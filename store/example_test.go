package store_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"entente/article"
	"entente/source"
	"entente/store"
)

func ExampleOpenSQLite() {
	ctx := context.Background()
	dir, _ := os.MkdirTemp("", "entente-example")
	defer os.RemoveAll(dir)
	st, err := store.OpenSQLite(ctx, filepath.Join(dir, "entente.db"))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer st.Close()
	a, _ := article.Extract(source.Document{Name: "a.txt", Data: []byte("Headline\n\nRussia vetoed the draft.")}, article.Options{})
	first, _ := st.PutArticles(ctx, []*article.Article{a})
	again, _ := st.PutArticles(ctx, []*article.Article{a})
	fmt.Println("stored:", first, "then:", again)
	// Output: stored: 1 then: 0
}
