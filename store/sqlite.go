package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"time"

	"entente/article"

	_ "modernc.org/sqlite" // registers the "sqlite" database/sql driver
)

// SQLite is the embedded default Store: one file, write-ahead log, pure Go.
type SQLite struct {
	db      *sql.DB
	path    string
	version int
}

var _ Store = (*SQLite)(nil)

// OpenSQLite opens (creating if needed) the database file at path, with its
// parent directory, and brings its schema up to date.
func OpenSQLite(ctx context.Context, path string) (*SQLite, error) {
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("store %s: creating directory: %w", path, err)
		}
	}
	q := url.Values{}
	for _, p := range []string{"journal_mode(WAL)", "busy_timeout(10000)", "foreign_keys(1)", "synchronous(NORMAL)"} {
		q.Add("_pragma", p)
	}
	db, err := sql.Open("sqlite", "file:"+path+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("store %s: %w", path, err)
	}
	db.SetMaxOpenConns(4)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("store %s: %w", path, err)
	}
	v, err := migrate(ctx, db)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("store %s: %w", path, err)
	}
	return &SQLite{db: db, path: path, version: v}, nil
}

// PutArticles implements Store.
func (s *SQLite) PutArticles(ctx context.Context, articles []*article.Article) (int, error) {
	if len(articles) == 0 {
		return 0, nil
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("store %s: %w", s.path, err)
	}
	defer tx.Rollback() // a no-op after Commit
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO articles
		(id, hash, url, source, title, byline, published, language, input, text, ingested_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`)
	if err != nil {
		return 0, fmt.Errorf("store %s: %w", s.path, err)
	}
	defer stmt.Close()
	now := time.Now().UTC().Format(time.RFC3339)
	inserted := 0
	for _, a := range articles {
		res, err := stmt.ExecContext(ctx, a.ID, a.Hash, a.URL, a.Source, a.Title, a.Byline,
			a.Published, a.Language, a.Input, a.Text, now)
		if err != nil {
			return 0, fmt.Errorf("store %s: article %s (%s): %w", s.path, a.ID, a.Input, err)
		}
		if n, _ := res.RowsAffected(); n > 0 {
			inserted++
		}
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("store %s: commit: %w", s.path, err)
	}
	return inserted, nil
}

// HasArticle implements Store.
func (s *SQLite) HasArticle(ctx context.Context, id string) (bool, error) {
	var one int
	err := s.db.QueryRowContext(ctx, `SELECT 1 FROM articles WHERE id = ?`, id).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("store %s: %w", s.path, err)
	}
	return true, nil
}

// Article implements Store.
func (s *SQLite) Article(ctx context.Context, id string) (*article.Article, error) {
	a := &article.Article{}
	err := s.db.QueryRowContext(ctx, `SELECT id, hash, url, source, title, byline, published, language, input, text
		FROM articles WHERE id = ?`, id).Scan(&a.ID, &a.Hash, &a.URL, &a.Source, &a.Title, &a.Byline,
		&a.Published, &a.Language, &a.Input, &a.Text)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("article %s: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("store %s: article %s: %w", s.path, id, err)
	}
	return a, nil
}

// Stats implements Store.
func (s *SQLite) Stats(ctx context.Context) (Stats, error) {
	st := Stats{SchemaVersion: s.version, Path: s.path}
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM articles`).Scan(&st.Articles); err != nil {
		return st, fmt.Errorf("store %s: %w", s.path, err)
	}
	return st, nil
}

// Close implements Store.
func (s *SQLite) Close() error { return s.db.Close() }

// DefaultPath returns the default database file: entente.db in the user's data
// directory ($XDG_DATA_HOME/entente, or ~/.local/share/entente).
func DefaultPath() (string, error) {
	dir := os.Getenv("XDG_DATA_HOME")
	if dir == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("finding the data directory: %w", err)
		}
		dir = filepath.Join(home, ".local", "share")
	}
	return filepath.Join(dir, "entente", "entente.db"), nil
}
