-- Contacts that write to us from their @lid (WhatsApp moved them, or they show only a username) are answered on
-- their LID: a send to their number can be refused with 463 (whatsapp/lid-address.ts). Looked up by number.
ALTER TABLE lid_map ADD COLUMN send_to_lid INTEGER NOT NULL DEFAULT 0;
CREATE INDEX lid_map_pn ON lid_map (pn);
