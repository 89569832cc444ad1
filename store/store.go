package store

import (
	"context"
	"errors"

	"entente/article"
)

// ErrNotFound is returned when a requested record is not stored.
var ErrNotFound = errors.New("not found")

// Store persists coded articles. Implementations are safe for concurrent use.
type Store interface {
	// PutArticles stores the articles not yet stored, in one transaction, and
	// returns how many were new.
	PutArticles(ctx context.Context, articles []*article.Article) (inserted int, err error)
	// HasArticle reports whether an article with this id is stored.
	HasArticle(ctx context.Context, id string) (bool, error)
	// Article returns a stored article, or ErrNotFound.
	Article(ctx context.Context, id string) (*article.Article, error)
	// Stats counts what is stored.
	Stats(ctx context.Context) (Stats, error)
	// Close releases the store.
	Close() error
}

// Stats counts the records of a store.
type Stats struct {
	Articles      int    `json:"articles"`
	SchemaVersion int    `json:"schema_version"`
	Path          string `json:"path,omitempty"`
}
