// SQL of the restrictions feature: one row per device in device_restrictions.
import type { Database } from 'better-sqlite3';
import type { CapStage } from '../../../shared/restrictions';
import { cached } from '../db/statements';

export interface RestrictionRow {
  deviceId: number;
  timelockUntil: number | null;
  enforcementType: string | null;
  capStage: CapStage;
  capTotal: number | null;
  capUsed: number | null;
  newChatsDay: number;
  newChatsToday: number;
  updatedAt: number;
}

const COLUMNS = `device_id AS deviceId, timelock_until AS timelockUntil, enforcement_type AS enforcementType,
  cap_stage AS capStage, cap_total AS capTotal, cap_used AS capUsed, new_chats_day AS newChatsDay,
  new_chats_today AS newChatsToday, updated_at AS updatedAt`;

export const emptyRestriction = (deviceId: number): RestrictionRow => ({
  deviceId,
  timelockUntil: null,
  enforcementType: null,
  capStage: 'NONE',
  capTotal: null,
  capUsed: null,
  newChatsDay: 0,
  newChatsToday: 0,
  updatedAt: 0,
});

export function readRestriction(db: Database, deviceId: number): RestrictionRow {
  const row = cached(db, `SELECT ${COLUMNS} FROM device_restrictions WHERE device_id = ?`).get(deviceId) as
    RestrictionRow | undefined;
  return row ?? emptyRestriction(deviceId);
}

export function writeRestriction(db: Database, row: RestrictionRow): void {
  cached(
    db,
    `INSERT INTO device_restrictions (device_id, timelock_until, enforcement_type, cap_stage, cap_total, cap_used,
       new_chats_day, new_chats_today, updated_at)
     VALUES (@deviceId, @timelockUntil, @enforcementType, @capStage, @capTotal, @capUsed, @newChatsDay,
       @newChatsToday, @updatedAt)
     ON CONFLICT (device_id) DO UPDATE SET timelock_until = excluded.timelock_until,
       enforcement_type = excluded.enforcement_type, cap_stage = excluded.cap_stage, cap_total = excluded.cap_total,
       cap_used = excluded.cap_used, new_chats_day = excluded.new_chats_day,
       new_chats_today = excluded.new_chats_today, updated_at = excluded.updated_at`,
  ).run(row);
}
