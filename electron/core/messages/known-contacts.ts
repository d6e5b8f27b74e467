// The people a device has a 1:1 chat with in the inbox, by number: what "all contacts" means for a Status post
// (WhatsApp needs the audience spelled out), and the names shown beside who viewed it.
import type { Database } from 'better-sqlite3';

const PN_CHAT = '%@s.whatsapp.net';

/** Numbers (digits) of the device's 1:1 chats, oldest chat first; chats known only by LID are left out. */
export function knownContactPhones(db: Database, deviceId: number): string[] {
  const rows = db
    .prepare(`SELECT jid FROM chats WHERE device_id = ? AND is_group = 0 AND jid LIKE ? ORDER BY id`)
    .all(deviceId, PN_CHAT) as Array<{ jid: string }>;
  return rows.map((row) => row.jid.split('@')[0]);
}

/** The inbox's name of each of these numbers that has one. */
export function contactNames(db: Database, deviceId: number, phones: string[]): Map<string, string> {
  const names = new Map<string, string>();
  const find = db.prepare(`SELECT name FROM chats WHERE device_id = ? AND jid = ? AND name IS NOT NULL`);
  for (const phone of phones) {
    const row = find.get(deviceId, `${phone}@s.whatsapp.net`) as { name: string } | undefined;
    if (row) names.set(phone, row.name);
  }
  return names;
}
