-- A spreadsheet import stores its contacts in slices (the event loop turns between them, so a 1,000,000-row
-- list never stalls the app); its list stays hidden with complete = 0 until the last slice is in.
ALTER TABLE contact_lists ADD COLUMN complete INTEGER NOT NULL DEFAULT 1;
