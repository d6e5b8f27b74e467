-- Groups a device is in (groups/): filled on connect from WhatsApp's "participating" list and refreshed from its
-- group notifications. `metadata` is Baileys' GroupMetadata as JSON (participants with their admin flag and, in
-- LID groups, their phone number), handed back to Baileys as cachedGroupMetadata so a group send does not ask
-- WhatsApp for it each time. subject/size/we_admin are copies for listing without parsing every row.
CREATE TABLE wa_groups (
  device_id INTEGER NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
  jid TEXT NOT NULL,
  subject TEXT NOT NULL DEFAULT '',
  size INTEGER NOT NULL DEFAULT 0,
  we_admin INTEGER NOT NULL DEFAULT 0,
  metadata TEXT NOT NULL,
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  PRIMARY KEY (device_id, jid)
) STRICT, WITHOUT ROWID;
