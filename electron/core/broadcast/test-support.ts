// Test fixtures of the broadcast feature: a migrated database with a device and a list, and a clock that never waits.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Pacing } from '../../../shared/broadcasts';
import { openDatabase } from '../db/database';
import { insertDevice } from '../devices/queries';
import { createEventBus } from '../events';
import { createLogger } from '../logger';
import type { SafetyGovernor } from './governor';
import type { Clock } from './pacing';
import { insertContactList, insertContacts } from './contact-queries';
import { insertCampaign } from './queries';
import { copyListNow } from './recipient-copy';

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

/** A text campaign to a fresh list of `count` contacts on one device, its recipients already queued. */
export function seedCampaign(
  db: ReturnType<typeof tempDb>,
  opts: { count: number; name: string; text: string; pacing: Pacing; deviceCreatedAt?: number },
) {
  const device = seedDevice(db, '6281234567001', opts.deviceCreatedAt);
  const listId = seedList(db, opts.count);
  const campaignId = insertCampaign(db, {
    name: opts.name,
    listId,
    content: JSON.stringify({ kind: 'text', text: opts.text }),
    mediaData: null,
    deviceIds: [device.id],
    pacing: JSON.stringify(opts.pacing),
  });
  copyListNow(db, campaignId, listId, [device.id], false);
  return { device, listId, campaignId };
}

/** The runner dependencies every broadcast test shares; a test adds `send` and overrides what it needs. */
export function runnerDeps(db: ReturnType<typeof tempDb>, clock: Clock, governor: SafetyGovernor) {
  return {
    db,
    events: createEventBus(),
    logger: createLogger('silent'),
    clock,
    random: Math.random,
    governor,
    deviceReady: () => true as const,
  };
}
