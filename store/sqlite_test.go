package store

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"entente/article"
	"entente/internal/seeddata"
	"entente/source"
)

func seedArticle(t *testing.T) *article.Article {
	t.Helper()
	a, err := article.Extract(source.Document{Name: seeddata.ArticleName, Data: seeddata.Article()}, article.Options{DefaultDate: "2023-10-31"})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestPutArticlesIdempotent(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "sub", "entente.db")
	s, err := OpenSQLite(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	a := seedArticle(t)
	n, err := s.PutArticles(ctx, []*article.Article{a})
	if err != nil || n != 1 {
		t.Fatalf("first put: inserted %d, err %v; want 1, nil", n, err)
	}
	n, err = s.PutArticles(ctx, []*article.Article{a, a})
	if err != nil || n != 0 {
		t.Fatalf("second put: inserted %d, err %v; want 0, nil", n, err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	// Reopen: the article survives and migrations do not run twice.
	s, err = OpenSQLite(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got, err := s.Article(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Text != a.Text || got.Title != a.Title || got.Published != a.Published {
		t.Errorf("stored article differs: %+v", got)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 1 || st.SchemaVersion != 1 {
		t.Errorf("stats = %+v, want 1 article at schema 1", st)
	}
	if ok, _ := s.HasArticle(ctx, "nope"); ok {
		t.Error("HasArticle(nope) = true")
	}
	if _, err := s.Article(ctx, "nope"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Article(nope) error = %v, want ErrNotFound", err)
	}
}

func TestRefusesNewerSchema(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "entente.db")
	s, err := OpenSQLite(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.ExecContext(ctx, `INSERT INTO schema_migrations VALUES (99, 'future.sql', 'now')`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := OpenSQLite(ctx, path); err == nil {
		t.Fatal("opening a database from a newer version succeeded")
	}
}

func TestFailedBatchKeepsStoredArticles(t *testing.T) {
	ctx := context.Background()
	s, err := OpenSQLite(ctx, filepath.Join(t.TempDir(), "entente.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	a := seedArticle(t)
	if _, err := s.PutArticles(ctx, []*article.Article{a}); err != nil {
		t.Fatal(err)
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	b := *a
	b.ID, b.Hash = "other", "otherhash"
	if _, err := s.PutArticles(cancelled, []*article.Article{&b}); err == nil {
		t.Fatal("put with a cancelled context succeeded")
	}
	st, _ := s.Stats(ctx)
	if st.Articles != 1 {
		t.Errorf("after a failed batch the store holds %d articles, want 1", st.Articles)
	}
}

func TestOpenBadPath(t *testing.T) {
	dir := t.TempDir()
	if _, err := OpenSQLite(context.Background(), filepath.Join(dir)); err == nil {
		t.Fatal("opening a directory as a database succeeded")
	}
}
