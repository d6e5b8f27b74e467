-- Inbox search with prefix indexes. A search word is a prefix ("hal" finds "halo"); without a prefix index FTS5
-- merges the whole doclist of every term that starts with it before it can return the newest hit: 30–140 ms per
-- common word on 2,000,000 messages, under 1 ms with prefixes of 1 to 6 characters indexed (test/bench/README.md).
-- Rebuilding the index of a large inbox here would hold the app's start for minutes, so inbox_fts is filled in
-- the background from the newest message down (messages/search-index.ts). Until it is full the search keeps
-- using messages_fts, which the fill drops at the end.
CREATE VIRTUAL TABLE inbox_fts USING fts5 (
  body,
  content = 'messages',
  content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3 4 5 6'
);

-- The messages with id > below are in inbox_fts; the fill lowers it to 0, and then inbox_fts holds them all.
CREATE TABLE search_fill (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  below INTEGER NOT NULL
) STRICT;
INSERT INTO search_fill (id, below) SELECT 1, coalesce(max(id), 0) FROM messages;

-- A row is in inbox_fts exactly when its id is above the fill's mark: the triggers keep that true while the
-- fill runs (a new row under the mark, after the top rows were deleted, is left to the fill).
CREATE TRIGGER inbox_fts_insert AFTER INSERT ON messages
  WHEN new.id > (SELECT below FROM search_fill) BEGIN
  INSERT INTO inbox_fts (rowid, body) VALUES (new.id, new.body);
END;

CREATE TRIGGER inbox_fts_delete AFTER DELETE ON messages
  WHEN old.id > (SELECT below FROM search_fill) BEGIN
  INSERT INTO inbox_fts (inbox_fts, rowid, body) VALUES ('delete', old.id, old.body);
END;

CREATE TRIGGER inbox_fts_update AFTER UPDATE OF body ON messages
  WHEN old.id > (SELECT below FROM search_fill) BEGIN
  INSERT INTO inbox_fts (inbox_fts, rowid, body) VALUES ('delete', old.id, old.body);
  INSERT INTO inbox_fts (rowid, body) VALUES (new.id, new.body);
END;
