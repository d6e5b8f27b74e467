-- Broadcasts: saved contact lists, opted-out numbers, campaigns and one persisted job row per recipient.
CREATE TABLE contact_lists (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  -- Variable names (spreadsheet columns other than the phone) as a JSON array, in sheet order.
  columns TEXT NOT NULL DEFAULT '[]',
  source TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;

CREATE TABLE contacts (
  id INTEGER PRIMARY KEY,
  list_id INTEGER NOT NULL REFERENCES contact_lists (id) ON DELETE CASCADE,
  row_no INTEGER NOT NULL,
  phone TEXT NOT NULL,
  name TEXT NOT NULL DEFAULT '',
  -- Column values by variable name, JSON object.
  vars TEXT NOT NULL DEFAULT '{}',
  -- 1 on WhatsApp, 0 not, NULL not checked.
  on_whatsapp INTEGER
) STRICT;

-- A list is written once, by one import that already removed duplicate numbers; no UNIQUE (list_id, phone)
-- index: keeping one over random phone numbers made storing a 100,000-row list three times slower.
CREATE INDEX contacts_list_row ON contacts (list_id, row_no);
CREATE INDEX contacts_list_checked ON contacts (list_id, on_whatsapp) WHERE on_whatsapp IS NOT NULL;

CREATE TABLE opt_outs (
  phone TEXT PRIMARY KEY,
  word TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;

CREATE TABLE campaigns (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  list_id INTEGER REFERENCES contact_lists (id) ON DELETE SET NULL,
  -- What to send (type, template text, media reference) as JSON; media bytes in media_data.
  content TEXT NOT NULL,
  media_data BLOB,
  -- Sending device ids, JSON array; recipients are assigned to them round-robin.
  device_ids TEXT NOT NULL,
  pacing TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'scheduled', 'running', 'paused', 'done', 'cancelled')),
  pause_reason TEXT,
  skipped_opt_out INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  started_at INTEGER,
  finished_at INTEGER
) STRICT;

-- The job queue of a campaign: claimed (status 'sending') before the send, settled after it.
CREATE TABLE campaign_recipients (
  id INTEGER PRIMARY KEY,
  campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  row_no INTEGER NOT NULL,
  phone TEXT NOT NULL,
  name TEXT NOT NULL DEFAULT '',
  vars TEXT NOT NULL DEFAULT '{}',
  device_id INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'delivered', 'read', 'failed', 'skipped')),
  attempts INTEGER NOT NULL DEFAULT 0,
  error TEXT,
  message_id TEXT,
  sent_at INTEGER,
  updated_at INTEGER
) STRICT;

CREATE INDEX campaign_recipients_queue ON campaign_recipients (campaign_id, device_id, status, id);
CREATE INDEX campaign_recipients_message ON campaign_recipients (message_id) WHERE message_id IS NOT NULL;

-- Every send the safety governor counts (campaigns, and API sends of devices that opt in).
CREATE TABLE send_log (
  device_id INTEGER NOT NULL,
  sent_at INTEGER NOT NULL
) STRICT;

CREATE INDEX send_log_device_time ON send_log (device_id, sent_at);

CREATE TABLE broadcast_config (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;
