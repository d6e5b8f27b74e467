-- Webhook settings (global default URL, optional event types, signing secret) and auto-reply rules per device.
CREATE TABLE webhook_config (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  default_url TEXT,
  secret TEXT NOT NULL,
  message_status INTEGER NOT NULL DEFAULT 0,
  device_connection INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE auto_replies (
  id INTEGER PRIMARY KEY,
  device_id INTEGER NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
  match_type TEXT NOT NULL CHECK (match_type IN ('exact', 'contains', 'regex')),
  pattern TEXT NOT NULL,
  case_sensitive INTEGER NOT NULL DEFAULT 0,
  reply TEXT NOT NULL,
  media_url TEXT,
  enabled INTEGER NOT NULL DEFAULT 1,
  position INTEGER NOT NULL,
  cooldown_seconds INTEGER NOT NULL DEFAULT 60,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;

CREATE INDEX auto_replies_device ON auto_replies (device_id, position);
