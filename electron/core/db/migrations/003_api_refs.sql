-- Idempotency keys of the REST API (`ref`): a retried request with the same ref replays the stored answer.
CREATE TABLE api_refs (
  ref TEXT PRIMARY KEY,
  endpoint TEXT NOT NULL,
  request_hash TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('pending', 'done')),
  http_status INTEGER,
  response TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;

CREATE INDEX api_refs_created_at ON api_refs (created_at);
