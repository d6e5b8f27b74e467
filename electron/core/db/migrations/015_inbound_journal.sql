-- Messages Baileys decrypted, kept before their delivery receipt goes out (the receipt makes WhatsApp forget them):
-- a crash before the inbox has stored one loses nothing, the next start stores it from here. Rows live only until
-- the inbox pipeline has handled the message.
CREATE TABLE wa_inbound_journal (
  device_id INTEGER NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
  remote_jid TEXT NOT NULL,
  wa_id TEXT NOT NULL,
  upsert_type TEXT NOT NULL,
  info BLOB NOT NULL,
  msg_key TEXT NOT NULL,
  kept_at INTEGER NOT NULL,
  PRIMARY KEY (device_id, remote_jid, wa_id)
) STRICT, WITHOUT ROWID;
