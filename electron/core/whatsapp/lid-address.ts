// Contacts WhatsApp moved to LID: since mid-2026 a send to the phone-number jid of such a contact can be refused
// with error 463 while one to its @lid delivers (OpenWA PR #717; WA Web addresses known contacts by LID, which is
// why Baileys rc14 keeps LID↔PN mappings: Signal/lid-mapping.js). So a 1:1 send goes to the LID of a contact who
// addresses us by LID (lid_map.send_to_lid, learned from their messages); other contacts keep their number, which
// every contact not moved still accepts.
import type { Database } from 'better-sqlite3';
import { cached } from '../db/statements';

const PN_JID = /^(\d+)@s\.whatsapp\.net$/;

/** The jid to send to: the contact's `@lid` when known, else `to` unchanged (groups and LIDs included). */
export function sendAddressOf(db: Database, to: string): string {
  const pn = PN_JID.exec(to)?.[1];
  if (!pn) return to;
  const row = cached(db, 'SELECT lid FROM lid_map WHERE pn = ? AND send_to_lid = 1 LIMIT 1').get(pn) as
    { lid: string } | undefined;
  return row?.lid ?? to;
}
