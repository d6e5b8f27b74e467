-- Baileys auth state per device (creds + signal keys), and what we know of the linked account.
CREATE TABLE wa_creds (
  device_id INTEGER PRIMARY KEY REFERENCES devices (id) ON DELETE CASCADE,
  creds TEXT NOT NULL,
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;

CREATE TABLE wa_keys (
  device_id INTEGER NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
  type TEXT NOT NULL,
  id TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (device_id, type, id)
) STRICT, WITHOUT ROWID;

ALTER TABLE devices ADD COLUMN paused INTEGER NOT NULL DEFAULT 0;
ALTER TABLE devices ADD COLUMN status_reason TEXT;
ALTER TABLE devices ADD COLUMN wa_jid TEXT;
ALTER TABLE devices ADD COLUMN wa_lid TEXT;
ALTER TABLE devices ADD COLUMN wa_name TEXT;
ALTER TABLE devices ADD COLUMN wa_platform TEXT;
ALTER TABLE devices ADD COLUMN wa_picture_url TEXT;
ALTER TABLE devices ADD COLUMN connected_at TEXT;
