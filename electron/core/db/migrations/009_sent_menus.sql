-- The options of the last menu (buttons, list, poll, numbered text) sent to each chat, so a typed "2" or a
-- poll vote maps back to its option after an app restart too.
CREATE TABLE sent_menus (
  device_id INTEGER NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
  chat_jid TEXT NOT NULL,
  choices TEXT NOT NULL,
  sent_at INTEGER NOT NULL,
  PRIMARY KEY (device_id, chat_jid)
) STRICT, WITHOUT ROWID;
