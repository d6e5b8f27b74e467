-- A campaign of a big list copies its recipients in slices (the event loop turns between them); it stays hidden
-- and unsent with ready = 0 until the last slice is in.
ALTER TABLE campaigns ADD COLUMN ready INTEGER NOT NULL DEFAULT 1;
