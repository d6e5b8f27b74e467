-- What each device sent, as the encoded proto (plus the extra stanza nodes such as <biz>), so a recipient's retry
-- receipt can be answered with the same message after a restart (Baileys' getMessage); kept 14 days.
-- And how often each message was re-sent for a recipient, so a phone that keeps asking is not answered forever.
CREATE TABLE wa_sent_messages (
  device_id INTEGER NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
  wa_id TEXT NOT NULL,
  remote_jid TEXT NOT NULL,
  proto BLOB NOT NULL,
  nodes TEXT,
  sent_at INTEGER NOT NULL,
  PRIMARY KEY (device_id, wa_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX wa_sent_messages_age ON wa_sent_messages (sent_at);

CREATE TABLE wa_retry_counts (
  device_id INTEGER NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
  key TEXT NOT NULL,
  count INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (device_id, key)
) STRICT, WITHOUT ROWID;
