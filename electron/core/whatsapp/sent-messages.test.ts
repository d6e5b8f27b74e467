// The store behind retry receipts: protos and <biz> nodes come back as sent, a lookup during the send waits for
// it, the retry counters persist, and the prune job keeps 14 days.
import { describe, expect, it } from 'vitest';
import { seedDevice, tempDb } from '../broadcast/test-support';
import { createLogger } from '../logger';
import { nativeFlowBizNode } from '../messages/biz-node';
import { createSentMessages, SENT_RETENTION_MS } from './sent-messages';
import { createSentPruneJob } from './sent-prune';

const DAY = 86_400_000;

describe('sent messages store', () => {
  it('gives back the proto and the extra stanza nodes it was given', async () => {
    const db = tempDb();
    const device = seedDevice(db);
    const sent = createSentMessages(db);
    const biz = nativeFlowBizNode(new Date(1_700_000_000_000));
    sent.remember(device.id, 'A1', '6281@s.whatsapp.net', { conversation: 'Halo' }, [biz]);
    expect((await sent.getMessage(device.id, 'A1'))?.conversation).toBe('Halo');
    expect(await sent.nodesFor(device.id, 'A1')).toEqual([biz]);
    expect(await sent.getMessage(device.id, 'nope')).toBeUndefined();
  });

  it('a lookup while the send is under way waits for it', async () => {
    const db = tempDb();
    const device = seedDevice(db);
    const sent = createSentMessages(db);
    const settled = sent.begin(device.id, 'B1');
    const lookup = sent.getMessage(device.id, 'B1');
    sent.remember(device.id, 'B1', '6281@s.whatsapp.net', { conversation: 'Sebentar' });
    settled();
    expect((await lookup)?.conversation).toBe('Sebentar');
  });

  it('the sends of one event-loop turn are written in one transaction, readable before and after', async () => {
    const db = tempDb();
    const device = seedDevice(db);
    const sent = createSentMessages(db);
    const commits: number[] = [];
    const stored = () => (db.prepare('SELECT COUNT(*) AS n FROM wa_sent_messages').get() as { n: number }).n;
    for (let i = 0; i < 50; i++)
      sent.remember(device.id, `T${i}`, '6281@s.whatsapp.net', { conversation: `${i}` });
    commits.push(stored());
    // Readable while it waits for the turn's transaction (a retry receipt handled in the same turn).
    expect((await sent.getMessage(device.id, 'T7'))?.conversation).toBe('7');
    await new Promise((resolve) => setImmediate(resolve));
    commits.push(stored());
    expect(commits).toEqual([0, 50]);
    // Another store on the same file (e.g. after a restart) reads them from SQLite.
    expect((await createSentMessages(db).getMessage(device.id, 'T49'))?.conversation).toBe('49');
  });

  it('flush writes what the current turn holds (the registry flushes when the sessions close)', async () => {
    const db = tempDb();
    const device = seedDevice(db);
    const sent = createSentMessages(db);
    sent.remember(device.id, 'F1', '6281@s.whatsapp.net', { conversation: 'tutup' });
    sent.flush();
    expect((await createSentMessages(db).getMessage(device.id, 'F1'))?.conversation).toBe('tutup');
  });

  it('retry counters live in SQLite, so a new socket of the device sees them', () => {
    const db = tempDb();
    const device = seedDevice(db);
    const first = createSentMessages(db).retryCounter(device.id);
    first.set('C1:6281@s.whatsapp.net', 3);
    const second = createSentMessages(db).retryCounter(device.id);
    expect(second.get('C1:6281@s.whatsapp.net')).toBe(3);
    second.del('C1:6281@s.whatsapp.net');
    expect(first.get('C1:6281@s.whatsapp.net')).toBeUndefined();
  });

  it('the prune job drops what is older than 14 days and keeps the rest', async () => {
    const db = tempDb();
    const device = seedDevice(db);
    let now = 1_700_000_000_000;
    const clock = () => now;
    const sent = createSentMessages(db, clock);
    sent.remember(device.id, 'OLD', '6281@s.whatsapp.net', { conversation: 'lama' });
    now += SENT_RETENTION_MS - DAY;
    sent.remember(device.id, 'NEW', '6281@s.whatsapp.net', { conversation: 'baru' });
    now += 2 * DAY;
    expect(await sent.getMessage(device.id, 'OLD')).toBeTruthy();
    const job = createSentPruneJob(db, sent, createLogger('silent'), clock);
    job.start();
    await expect.poll(() => sent.getMessage(device.id, 'OLD')).toBeUndefined();
    await job.stop();
    expect((await sent.getMessage(device.id, 'NEW'))?.conversation).toBe('baru');
    const next = db
      .prepare(`SELECT run_at AS runAt FROM jobs WHERE queue = 'prune-sent-messages' AND state = 'pending'`)
      .all() as { runAt: number }[];
    expect(next).toEqual([{ runAt: now + 3_600_000 }]);
  });
});
