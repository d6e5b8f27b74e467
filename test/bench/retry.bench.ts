// retry: a 2,000-message campaign where 5% of the recipients answer with a retry receipt (issue 20 item 1):
// most ask at once, a few only after the campaign is over (their message long out of Baileys' 512-message
// memory), and one after the app restarted. Prints how many of those finally decrypted their message, and what
// the stored protos add to the database per 1,000 messages sent.
// RETRY_BENCH_MESSAGES=100 npm run bench -- retry   for a quick run.
import type { Core } from '../../electron/core/app';
import { startEmulator } from '../emulator/index';
import { tempDataDir } from '../support/temp-core';
import { linkDeviceByQr, startCoreAgainst } from '../support/wa-harness';
import { reportBench } from './report';

const TOTAL = Number(process.env.RETRY_BENCH_MESSAGES ?? 2000);
const LATE = Math.max(1, Math.round(TOTAL * 0.002)); // ask only after the campaign (4 of 2,000)
const ASKING = Math.round(TOTAL * 0.05);
const SENDER = '6281234569001';
const TEXT = 'Katalog minggu ini sudah terbit';
const numbers = Array.from({ length: TOTAL }, (_, i) => `628133${String(i).padStart(6, '0')}`);

async function settled(done: () => boolean, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (!done() && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 250));
}

const emu = await startEmulator();
const phones = numbers.map((n) => emu.createPhone(n));
const dataDir = tempDataDir();
let core: Core = await startCoreAgainst(emu, { dataDir });
const { device } = await linkDeviceByQr(core, emu, SENDER);
// A number past its warm-up with caps above the campaign's size: the bench measures retries, not the governor's
// hourly cap (200 by default, which held 1,800 of the 2,000 back in the first run).
await core.rpc.invoke('broadcasts.setGovernor', {
  warmupDays: 0,
  rateLimitPauseMin: 0,
  hourlyCap: 100_000,
  dailyCap: 100_000,
});

// The last LATE + 1 phones are off during the campaign; the others ask at once, every 20th-or-so of them.
const late = phones.slice(-(LATE + 1), -1);
const afterRestart = phones[phones.length - 1];
const early = numbers.slice(0, -(LATE + 1));
emu.retryReceipts.add({ numbers: early, fraction: (ASKING - LATE - 1) / early.length });
for (const phone of [...late, afterRestart]) await phone.setOnline(false);

const list = await core.rpc.invoke('contacts.importText', {
  name: 'Bench',
  text: numbers.map((n) => `0${n.slice(2)}`).join('\n'),
});
const pacing = {
  minDelaySec: 0,
  maxDelaySec: 0,
  batchSize: 0,
  batchPauseMin: 0,
  dailyCapPerDevice: 0,
  window: null,
  startAt: null,
};
const started = performance.now();
const campaign = await core.rpc.invoke('broadcasts.create', {
  name: 'Bench',
  listId: list.list.id,
  content: { kind: 'text', text: TEXT },
  deviceIds: [device.id],
  pacing,
  start: true,
});
await settled(() => core.broadcast.runner.progressOf(campaign.id).status === 'done', 30 * 60_000);
const sendSeconds = (performance.now() - started) / 1000;

emu.retryReceipts.add({ numbers: [...late, afterRestart].map((p) => p.number), fraction: 1 });
for (const phone of late) await phone.setOnline(true);
await settled(() => late.every((p) => p.messages.some((m) => m.text === TEXT)), 60_000);

await core.close();
await settled(
  () =>
    emu
      .getPhone(SENDER)!
      .toJSON()
      .devices.every((d) => !d.online),
  10_000,
);
await afterRestart.setOnline(true);
core = await startCoreAgainst(emu, { dataDir });
await settled(() => afterRestart.messages.some((m) => m.text === TEXT), 60_000);

const stats = emu.retryReceipts.stats();
const recovered = stats.askedFor.filter((id) => stats.decrypted.includes(id)).length;
const everyone = phones.filter((p) => p.messages.filter((m) => m.text === TEXT).length === 1).length;
const stored = core.db
  .prepare(
    `SELECT COUNT(*) AS n, SUM(LENGTH(proto) + COALESCE(LENGTH(nodes), 0) + LENGTH(wa_id) + LENGTH(remote_jid)) AS bytes
     FROM wa_sent_messages WHERE device_id = ?`,
  )
  .get(device.id) as { n: number; bytes: number };

console.log(`BENCH retry-recovered ${recovered}/${stats.askedFor.length} msgs all`);
reportBench('retry-recipients-decrypted', everyone, 'recipients', `=${TOTAL}`);
reportBench('retry-stored-bytes-per-1000', Math.round((stored.bytes / stored.n) * 1000), 'bytes', 'info');
reportBench('retry-campaign-seconds', sendSeconds, 's', 'info');
if (emu.faults.errors.length) console.error(emu.faults.errors.slice(0, 5));
await core.close();
await emu.close();
process.exit(recovered === stats.askedFor.length && everyone === TOTAL ? 0 : 1);
