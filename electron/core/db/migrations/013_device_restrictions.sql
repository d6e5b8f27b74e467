-- What WhatsApp restricts on each number (issue 18): the reach-out timelock (no new chats until a time), the
-- new-chat cap stage and quota, and the new chats started today. Kept so that a restart during a timelock does not
-- forget it and start new chats again, which is what turns a timelock into a ban.
CREATE TABLE device_restrictions (
  device_id INTEGER PRIMARY KEY REFERENCES devices (id) ON DELETE CASCADE,
  -- ms since epoch when the timelock lifts (the last one known; in the past = lifted)
  timelock_until INTEGER,
  enforcement_type TEXT,
  cap_stage TEXT NOT NULL DEFAULT 'NONE',
  -- the new-chat quota of the current cycle as WhatsApp reports it (NULL = unknown; -1 = no cap)
  cap_total INTEGER,
  cap_used INTEGER,
  -- local midnight (ms) of the day new_chats_today counts
  new_chats_day INTEGER NOT NULL DEFAULT 0,
  new_chats_today INTEGER NOT NULL DEFAULT 0,
  updated_at INTEGER NOT NULL DEFAULT 0
) STRICT;

-- The device_restriction webhook is opt-in, like message_status and device_connection.
ALTER TABLE webhook_config ADD COLUMN device_restriction INTEGER NOT NULL DEFAULT 0;
