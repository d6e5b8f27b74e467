-- AI replies (issue 17): the provider settings (one row; the API key kept like the webhook secret, in this
-- database and never sent to the window), each device's "AI" rule with its caps, the shop's knowledge sheets,
-- the handover state of each chat, and every reply the AI sent (the daily cap counts them, the inbox marks them).
CREATE TABLE ai_config (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  preset TEXT NOT NULL DEFAULT 'openai',
  base_url TEXT NOT NULL DEFAULT 'https://api.openai.com/v1',
  model TEXT NOT NULL DEFAULT 'gpt-4o-mini',
  api_key TEXT NOT NULL DEFAULT '',
  facts TEXT NOT NULL DEFAULT '',
  max_tokens INTEGER NOT NULL DEFAULT 300,
  timeout_seconds INTEGER NOT NULL DEFAULT 20,
  pause_minutes INTEGER NOT NULL DEFAULT 60,
  -- why the last call gave no answer (a code the page words), cleared by the next answer
  last_error_code TEXT,
  last_error_detail TEXT,
  last_error_at INTEGER,
  last_error_device INTEGER
) STRICT;

CREATE TABLE ai_devices (
  device_id INTEGER PRIMARY KEY REFERENCES devices (id) ON DELETE CASCADE,
  enabled INTEGER NOT NULL DEFAULT 0,
  daily_cap INTEGER NOT NULL DEFAULT 200,
  cooldown_seconds INTEGER NOT NULL DEFAULT 5
) STRICT;

-- A sheet as imported: column titles and rows of text, as JSON arrays (read whole into every prompt).
CREATE TABLE ai_sheets (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  columns TEXT NOT NULL,
  rows TEXT NOT NULL,
  created_at INTEGER NOT NULL
) STRICT;

CREATE TABLE ai_chats (
  chat_id INTEGER PRIMARY KEY REFERENCES chats (id) ON DELETE CASCADE,
  device_id INTEGER NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
  ai_off INTEGER NOT NULL DEFAULT 0,
  -- ms since epoch: a person wrote in the chat, the AI waits until then
  paused_until INTEGER,
  needs_person INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE ai_replies (
  id INTEGER PRIMARY KEY,
  device_id INTEGER NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
  chat_id INTEGER NOT NULL REFERENCES chats (id) ON DELETE CASCADE,
  wa_id TEXT NOT NULL,
  sent_at INTEGER NOT NULL
) STRICT;
CREATE INDEX ai_replies_device_sent ON ai_replies (device_id, sent_at);
CREATE UNIQUE INDEX ai_replies_chat_wa ON ai_replies (chat_id, wa_id);
