-- Inbox: chats and messages of every device (incoming and outgoing), full-text index, LID → phone map.
CREATE TABLE chats (
  id INTEGER PRIMARY KEY,
  device_id INTEGER NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
  jid TEXT NOT NULL,
  name TEXT,
  is_group INTEGER NOT NULL DEFAULT 0,
  last_message_id INTEGER,
  last_at INTEGER NOT NULL DEFAULT 0,
  unread INTEGER NOT NULL DEFAULT 0,
  UNIQUE (device_id, jid)
) STRICT;

CREATE INDEX chats_device_last ON chats (device_id, last_at DESC, id DESC);

CREATE TABLE messages (
  id INTEGER PRIMARY KEY,
  device_id INTEGER NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
  chat_id INTEGER NOT NULL REFERENCES chats (id) ON DELETE CASCADE,
  wa_id TEXT NOT NULL,
  from_me INTEGER NOT NULL,
  sender TEXT,
  sender_lid TEXT,
  sender_name TEXT,
  type TEXT NOT NULL,
  body TEXT NOT NULL DEFAULT '',
  selected_id TEXT,
  mimetype TEXT,
  file_name TEXT,
  thumbnail BLOB,
  quoted_id TEXT,
  status TEXT,
  edited INTEGER NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0,
  extra TEXT,
  ts INTEGER NOT NULL,
  UNIQUE (device_id, wa_id)
) STRICT;

CREATE INDEX messages_chat_ts ON messages (chat_id, ts DESC, id DESC);

-- External-content FTS5: the text lives once, in messages.body; triggers keep the index in step.
CREATE VIRTUAL TABLE messages_fts USING fts5 (
  body,
  content = 'messages',
  content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
  INSERT INTO messages_fts (rowid, body) VALUES (new.id, new.body);
END;

CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
  INSERT INTO messages_fts (messages_fts, rowid, body) VALUES ('delete', old.id, old.body);
END;

CREATE TRIGGER messages_fts_update AFTER UPDATE OF body ON messages BEGIN
  INSERT INTO messages_fts (messages_fts, rowid, body) VALUES ('delete', old.id, old.body);
  INSERT INTO messages_fts (rowid, body) VALUES (new.id, new.body);
END;

-- WhatsApp addresses people by @lid more and more; webhooks need their phone numbers (digits only here).
CREATE TABLE lid_map (
  lid TEXT PRIMARY KEY,
  pn TEXT NOT NULL
) STRICT, WITHOUT ROWID;
