-- Status (Stories) posts of each device and who they reached: one row per audience member, its delivery and view
-- times filled from WhatsApp's receipts on the post (status/view-receipts.ts).
CREATE TABLE status_posts (
  id INTEGER PRIMARY KEY,
  device_id INTEGER NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
  wa_id TEXT,
  type TEXT NOT NULL CHECK (type IN ('text', 'image', 'video')),
  body TEXT NOT NULL DEFAULT '',
  background_color TEXT,
  font INTEGER,
  -- The campaign that asked for it ("also post as Status"); the post stays when the campaign is removed.
  campaign_id INTEGER REFERENCES campaigns (id) ON DELETE SET NULL,
  error TEXT,
  created_at INTEGER NOT NULL,
  UNIQUE (device_id, wa_id)
) STRICT;

CREATE INDEX status_posts_device ON status_posts (device_id, created_at DESC);

CREATE TABLE status_audience (
  post_id INTEGER NOT NULL REFERENCES status_posts (id) ON DELETE CASCADE,
  -- Digits with country code.
  phone TEXT NOT NULL,
  delivered_at INTEGER,
  viewed_at INTEGER,
  PRIMARY KEY (post_id, phone)
) STRICT, WITHOUT ROWID;

-- Campaigns whose recipients also get the campaign's message as a Status, posted once when it starts.
CREATE TABLE campaign_status (
  campaign_id INTEGER PRIMARY KEY REFERENCES campaigns (id) ON DELETE CASCADE,
  posted_at INTEGER
) STRICT;
