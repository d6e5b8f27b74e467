// SQL of the groups a device is in (017_groups.sql). The whole GroupMetadata is kept: it is what Baileys asks for
// (cachedGroupMetadata) and what the members list is made from.
import type { GroupMetadata } from '@whiskeysockets/baileys';
import type { Database } from 'better-sqlite3';
import { cached } from '../db/statements';

/** Who "we" are in a group: the account's number jid and its LID (LID groups list members by LID). */
export interface OwnIds {
  pn?: string;
  lid?: string;
}

const bare = (jid: string | undefined) => (jid ? jid.replace(/:\d+@/, '@') : undefined);

/** True when one of our ids is an admin (or the superadmin) of the group. */
export function weAreAdmin(meta: GroupMetadata, own: OwnIds): boolean {
  const ids = new Set([bare(own.pn), bare(own.lid)].filter(Boolean));
  return meta.participants.some(
    (p) => !!p.admin && (ids.has(bare(p.id)) || ids.has(bare(p.phoneNumber)) || ids.has(bare(p.lid))),
  );
}

export function saveGroup(db: Database, deviceId: number, meta: GroupMetadata, own: OwnIds): void {
  cached(
    db,
    `INSERT INTO wa_groups (device_id, jid, subject, size, we_admin, metadata) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (device_id, jid) DO UPDATE SET subject = excluded.subject, size = excluded.size,
       we_admin = excluded.we_admin, metadata = excluded.metadata,
       updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
  ).run(
    deviceId,
    meta.id,
    meta.subject ?? '',
    meta.participants.length,
    weAreAdmin(meta, own) ? 1 : 0,
    JSON.stringify(meta),
  );
}

/** Replaces the device's groups by WhatsApp's full list (groups we left disappear). */
export function replaceGroups(db: Database, deviceId: number, metas: GroupMetadata[], own: OwnIds): void {
  db.transaction(() => {
    cached(db, 'DELETE FROM wa_groups WHERE device_id = ?').run(deviceId);
    for (const meta of metas) saveGroup(db, deviceId, meta, own);
  })();
}

export function deleteGroup(db: Database, deviceId: number, jid: string): void {
  cached(db, 'DELETE FROM wa_groups WHERE device_id = ? AND jid = ?').run(deviceId, jid);
}

export function groupMetadataOf(db: Database, deviceId: number, jid: string): GroupMetadata | undefined {
  const row = cached(db, 'SELECT metadata FROM wa_groups WHERE device_id = ? AND jid = ?').get(
    deviceId,
    jid,
  ) as { metadata: string } | undefined;
  return row ? (JSON.parse(row.metadata) as GroupMetadata) : undefined;
}

export interface GroupRow {
  jid: string;
  subject: string;
  size: number;
  weAdmin: boolean;
  updatedAt: string;
}

export function listGroups(db: Database, deviceId: number): GroupRow[] {
  const rows = cached(
    db,
    `SELECT jid, subject, size, we_admin AS weAdmin, updated_at AS updatedAt FROM wa_groups
     WHERE device_id = ? ORDER BY subject COLLATE NOCASE, jid`,
  ).all(deviceId) as Array<Omit<GroupRow, 'weAdmin'> & { weAdmin: number }>;
  return rows.map((row) => ({ ...row, weAdmin: row.weAdmin === 1 }));
}
