// A group's members → one of the app's contact lists (the "group grabber"), usable in a campaign like an imported
// sheet. Members listed by LID are turned into numbers with what WhatsApp gave (the participant's phone_number in
// LID groups) or the LID↔number pairs the app learned (lid_map); the rest are counted as unresolved.
import type { GroupMetadata } from '@whiskeysockets/baileys';
import type { Database } from 'better-sqlite3';
import { insertContactList, insertContacts } from '../broadcast/contact-queries';
import { cached } from '../db/statements';
import { phoneOfLid } from '../messages/inbox-queries';

const PN = /^(\d+)(?::\d+)?@s\.whatsapp\.net$/;
const LID = /^(\d+)(?::\d+)?@lid$/;

export interface MembersListResult {
  listId: number;
  added: number;
  /** Members shown only by LID whose number neither WhatsApp nor the app knows. */
  unresolved: number;
}

/** The number of one member, or null when only its LID is known. */
export function memberNumber(db: Database, member: GroupMetadata['participants'][number]): string | null {
  for (const jid of [member.id, member.phoneNumber]) {
    const pn = jid && PN.exec(jid);
    if (pn) return pn[1];
  }
  for (const jid of [member.id, member.lid]) {
    const lid = jid && LID.exec(jid);
    if (lid) {
      const known = phoneOfLid(db, `${lid[1]}@lid`);
      if (known) return known;
    }
  }
  return null;
}

/** The name the device's inbox has for a number (push name or saved), else what the group gave. */
function nameOf(db: Database, deviceId: number, phone: string, fallback?: string): string {
  // The chat's name, else the push name their latest message carried.
  const row = cached(
    db,
    `SELECT c.name AS name, (SELECT m.sender_name FROM messages m WHERE m.chat_id = c.id AND m.from_me = 0
       AND m.sender_name IS NOT NULL ORDER BY m.ts DESC LIMIT 1) AS pushName
     FROM chats c WHERE c.device_id = ? AND c.jid = ?`,
  ).get(deviceId, `${phone}@s.whatsapp.net`) as { name: string | null; pushName: string | null } | undefined;
  return row?.name || row?.pushName || fallback || '';
}

export function membersToContactList(
  db: Database,
  deviceId: number,
  meta: GroupMetadata,
  options: { name?: string; ownNumber?: string } = {},
): MembersListResult {
  const contacts: Array<{ rowNo: number; phone: string; name: string; vars: string }> = [];
  const seen = new Set<string>();
  let unresolved = 0;
  for (const member of meta.participants) {
    const phone = memberNumber(db, member);
    if (!phone) {
      unresolved++;
      continue;
    }
    // Ourselves and duplicates (a member listed twice by PN and LID) are left out.
    if (phone === options.ownNumber || seen.has(phone)) continue;
    seen.add(phone);
    contacts.push({
      rowNo: contacts.length + 1,
      phone,
      name: nameOf(db, deviceId, phone, member.notify ?? member.name),
      vars: '{}',
    });
  }
  const listId = db.transaction(() => {
    const id = insertContactList(db, options.name || meta.subject || meta.id, [], `group:${meta.id}`);
    insertContacts(db, id, contacts);
    return id;
  })();
  return { listId, added: contacts.length, unresolved };
}

/** A contact list whose rows are groups: a campaign to it sends one message per group. */
export function groupsToContactList(db: Database, name: string, groups: GroupMetadata[]): number {
  return db.transaction(() => {
    const id = insertContactList(db, name, [], 'groups');
    insertContacts(
      db,
      id,
      groups.map((g, i) => ({ rowNo: i + 1, phone: g.id, name: g.subject ?? '', vars: '{}' })),
    );
    return id;
  })();
}
