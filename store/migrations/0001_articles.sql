CREATE TABLE articles (
	id         TEXT PRIMARY KEY,
	hash       TEXT NOT NULL UNIQUE,
	url        TEXT NOT NULL DEFAULT '',
	source     TEXT NOT NULL DEFAULT '',
	title      TEXT NOT NULL DEFAULT '',
	byline     TEXT NOT NULL DEFAULT '',
	published  TEXT NOT NULL DEFAULT '',
	language   TEXT NOT NULL DEFAULT '',
	input      TEXT NOT NULL DEFAULT '',
	text       TEXT NOT NULL,
	ingested_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_source ON articles(source);
