// Package store keeps coded articles (and, as later stages land, their mentions,
// quotes, events and stories). Store is the one interface the rest of entente
// uses; SQLite (pure Go, one file, WAL) is the embedded default, and a PostgreSQL
// implementation can follow behind the same interface.
//
// Ingest is idempotent: an article is keyed by its content-derived id, so storing
// the same article twice stores nothing new, and everything of one article is
// written in one transaction, so an interrupted ingest leaves no half article.
package store
