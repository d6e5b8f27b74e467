-- Persisted jobs of electron/core/jobs/ (today only webhook deliveries, queue 'webhook'): a row first, then work;
-- retried with backoff until give_up_at. Campaign sends are not jobs here: they have their own store,
-- campaign_recipients (007), because they are paced per device, in sheet order, reported per campaign, and
-- retried by going back to 'pending' rather than on a backoff timer (docs/architecture.md, "Jobs and stores").
CREATE TABLE jobs (
  id INTEGER PRIMARY KEY,
  queue TEXT NOT NULL,
  device_id INTEGER REFERENCES devices (id) ON DELETE SET NULL,
  payload TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'running', 'done', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  run_at INTEGER NOT NULL,
  give_up_at INTEGER NOT NULL,
  last_code INTEGER,
  last_error TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;

CREATE INDEX jobs_due ON jobs (queue, state, run_at);
CREATE INDEX jobs_queue_recent ON jobs (queue, id DESC);
