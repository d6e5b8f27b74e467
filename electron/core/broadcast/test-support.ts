// Test fixtures of the broadcast feature: a migrated database with a device and a list, and a clock that never waits.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../db/database';
import { insertDevice } from '../devices/queries';
import type { Clock } from './pacing';
import { insertContactList, insertContacts } from './contact-queries';

export function tempDb() {
  return openDatabase(mkdtempSync(join(tmpdir(), 'wa-bc-')));
}

/** A clock whose sleep moves time forward at once, so days of pacing run in milliseconds. */
export function fakeClock(start: number): Clock & { set(t: number): void } {
  let t = start;
  return {
    now: () => t,
    async sleep(ms, signal) {
      if (!signal?.aborted) t += Math.max(1, ms);
    },
    set: (value) => (t = value),
  };
}

export function seedList(db: ReturnType<typeof tempDb>, count: number, name = 'Pelanggan') {
  const listId = insertContactList(db, name, ['kota'], 'test');
  insertContacts(
    db,
    listId,
    Array.from({ length: count }, (_, i) => ({
      rowNo: i + 2,
      phone: `62812345${String(60000 + i).padStart(5, '0')}`,
      name: `Pelanggan ${i + 1}`,
      vars: JSON.stringify({ kota: i % 2 ? 'Bandung' : '' }),
    })),
  );
  return listId;
}

export function seedDevice(db: ReturnType<typeof tempDb>, number = '6281234567001', createdAt?: number) {
  const device = insertDevice(db, number, 'Toko');
  if (createdAt !== undefined)
    db.prepare(`UPDATE devices SET created_at = ? WHERE id = ?`).run(
      new Date(createdAt).toISOString(),
      device.id,
    );
  return device;
}
