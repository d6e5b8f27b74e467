// Campaigns against WhatsApp's restrictions (issue 18), on the emulator with short time scales: a 463 after 40 new
// chats pauses only that number's share until the lock lifts (plus the margin), a cap warning slows the pace and
// lowers the daily cap, and CAPPED sends only to contacts that chatted before. The emulator runs in its own process
// (driven over its control API), so its half of the crypto of 500 new chats runs on the other core.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CampaignProgress, Pacing } from '../../shared/broadcasts';
import type { DeviceRestriction } from '../../shared/restrictions';
import type { Core } from '../../electron/core/app';
import {
  linkDeviceThrough,
  startCoreAgainstProcess,
  startEmulatorProcess,
  type EmulatorProcess,
} from '../support/emulator-process';

const MARGIN_MS = 1000;
const LOCK_SECONDS = 3;
const fast: Pacing = {
  minDelaySec: 0.01,
  maxDelaySec: 0.02,
  batchSize: 0,
  batchPauseMin: 0,
  dailyCapPerDevice: 0,
  window: null,
  startAt: null,
};

let emu: EmulatorProcess;
let core: Core;
const restrictionEvents: DeviceRestriction[] = [];

type Check<T> = () => T | undefined | false | Promise<T | undefined | false>;
async function waitFor<T>(what: string, check: Check<T>, timeoutMs = 45_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const progressOf = (id: number): CampaignProgress => core.broadcast.runner.progressOf(id);

async function campaignTo(name: string, numbers: string[], deviceIds: number[], pacing: Pacing = fast) {
  const list = await core.rpc.invoke('contacts.importText', { name, text: numbers.join('\n') });
  expect(list.imported).toBe(numbers.length);
  return core.rpc.invoke('broadcasts.create', {
    name,
    listId: list.list.id,
    content: { kind: 'text', text: `${name} untuk {{name}}` },
    deviceIds,
    pacing,
    start: true,
  });
}

interface EmulatedRestriction {
  refused: number;
  newChats: number;
}
const restrictEmulated = (number: string, request: object) =>
  emu.call<EmulatedRestriction>('POST', `/phones/${number}/restrictions`, request);
const emulatedOf = (number: string) => emu.call<EmulatedRestriction>('GET', `/phones/${number}/restrictions`);
/** What an emulated phone received (none when the emulator never made a phone for the number). */
const receivedBy = (number: string) =>
  emu.call<Array<{ text?: string }>>('GET', `/phones/${number}/messages`).catch(() => []);

const numbers = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => `${prefix}${String(i).padStart(4, '0')}`);

beforeAll(async () => {
  // Every number is on WhatsApp: 500 contacts need no setup.
  emu = await startEmulatorProcess(['--auto-phones']);
  core = await startCoreAgainstProcess(emu, { restrictionTimings: { marginMs: MARGIN_MS } });
  core.events.on('device.restriction', (r) => restrictionEvents.push(r));
  // Campaign pace only: no warm-up ramp or hourly cap in the way of 500 quick sends.
  await core.rpc.invoke('broadcasts.setGovernor', {
    warmupDays: 0,
    hourlyCap: 100_000,
    dailyCap: 100_000,
    rateLimitPauseMin: 0,
  });
}, 60_000);
afterAll(async () => {
  await core?.close();
  await emu?.close();
});

describe('campaigns and WhatsApp restrictions', () => {
  it('500 new contacts on two numbers: a 463 after 40 sends pauses only that share at once, until lift + margin; then it finishes', async () => {
    // The 500 emulated contacts (each a fresh Signal identity) are made while the two numbers link.
    const contacts = numbers('62813000', 500);
    const contactsReady = Promise.all(contacts.map((number) => emu.call('POST', '/phones', { number })));
    const locked = await linkDeviceThrough(core, emu, '6281200000001', 'A');
    const other = await linkDeviceThrough(core, emu, '6281200000002', 'B');
    await restrictEmulated(locked.number, { restrictAfterNewChats: 40, triggeredLockSeconds: LOCK_SECONDS });

    await contactsReady;
    const campaign = await campaignTo('Promo 500', contacts, [locked.id, other.id]);
    const lockSeen = await waitFor('the timelock in core', () =>
      restrictionEvents.find((r) => r.deviceId === locked.id && r.timelockUntil !== null),
    );
    const lockedAt = Date.now();
    // The share says why it waits and until when: the lift plus the margin.
    const waiting = await waitFor('the share waiting for the timelock', () =>
      progressOf(campaign.id).waiting.find((w) => w.deviceId === locked.id && w.reason === 'timelock'),
    );
    const state = core.restrictions.state(locked.id);
    expect(state.timelockUntil).toBe(lockSeen.timelockUntil);
    expect(waiting.until).toBe(state.timelockUntil! + MARGIN_MS);
    expect(state.health).toBe('restricted');
    expect(progressOf(campaign.id).status).toBe('running');

    // About 20-30 s on two cores; up to ~45 s when other test runs keep them busy (load average 10).
    const done = await waitFor(
      'the campaign to finish',
      () => {
        const p = progressOf(campaign.id);
        return p.status === 'done' && p;
      },
      80_000,
    );
    expect(done.counts).toMatchObject({ total: 500, pending: 0, sending: 0, failed: 0, skipped: 0 });
    expect(done.counts.sent + done.counts.delivered + done.counts.read).toBe(500);

    // The emulator let 40 new chats through, refused the 41st and at most one more already on its way.
    const emulated = await emulatedOf(locked.number);
    expect(emulated.refused).toBeGreaterThanOrEqual(1);
    expect(emulated.refused).toBeLessThanOrEqual(2);
    expect(emulated.newChats).toBe(250);

    const recipients = await core.rpc.invoke('broadcasts.recipients', { id: campaign.id, limit: 500 });
    const sentAt = (deviceId: number) =>
      recipients
        .filter((r) => r.deviceId === deviceId)
        .map((r) => r.sentAt!)
        .sort((a, b) => a - b);
    const resumeAt = state.timelockUntil! + MARGIN_MS;
    const lockedTimes = sentAt(locked.id);
    expect(lockedTimes).toHaveLength(250);
    // Nothing of the locked number went out from the lock until lift + margin; the rest went out after it.
    expect(
      lockedTimes.filter((t) => t >= lockSeen.timelockUntil! - LOCK_SECONDS * 1000 && t < resumeAt),
    ).toEqual([]);
    expect(lockedTimes.filter((t) => t >= resumeAt).length).toBeGreaterThanOrEqual(250 - 40);
    // The second number never waited for it and kept sending while the first was locked.
    const otherTimes = sentAt(other.id);
    expect(otherTimes).toHaveLength(250);
    expect(otherTimes.some((t) => t > lockedAt && t < state.timelockUntil!)).toBe(true);
    expect(core.restrictions.state(other.id)).toMatchObject({ timelockUntil: null, health: 'good' });
    expect(core.restrictions.state(locked.id).newChatsToday).toBeGreaterThanOrEqual(250);
  }, 90_000);

  it('a FIRST_WARNING doubles the gaps and halves the daily cap, and the share says so', async () => {
    const device = await linkDeviceThrough(core, emu, '6281200000003', 'C');
    await restrictEmulated(device.number, { capStage: 'FIRST_WARNING', capTotal: 100, capUsed: 70 });
    await waitFor(
      'the warning in core',
      () => core.restrictions.state(device.id).capStage === 'FIRST_WARNING',
    );
    expect(core.restrictions.state(device.id)).toMatchObject({
      capTotal: 100,
      capUsed: 70,
      health: 'warning',
    });
    await core.rpc.invoke('broadcasts.setGovernor', { dailyCap: 6 });
    const gapSec = 0.25;
    const campaign = await campaignTo('Pelan', numbers('62814000', 6), [device.id], {
      ...fast,
      minDelaySec: gapSec,
      maxDelaySec: gapSec,
    });
    await waitFor('a slowed gap', () =>
      progressOf(campaign.id).waiting.some((w) => w.deviceId === device.id && w.reason === 'cap_warning'),
    );
    // Half of the governor's 6 a day: after 3 the share waits for tomorrow, saying why.
    const capped = await waitFor('the lowered daily cap', () =>
      progressOf(campaign.id).waiting.find((w) => w.reason === 'cap_daily_limit'),
    );
    expect(capped.until).toBe(new Date().setHours(24, 0, 0, 0));
    expect(progressOf(campaign.id).counts.pending).toBe(3);
    const sentAt = (await core.rpc.invoke('broadcasts.recipients', { id: campaign.id }))
      .filter((r) => r.sentAt !== null)
      .map((r) => r.sentAt!)
      .sort((x, y) => x - y);
    expect(sentAt).toHaveLength(3);
    for (let i = 1; i < sentAt.length; i++)
      expect(sentAt[i] - sentAt[i - 1]).toBeGreaterThanOrEqual(2 * gapSec * 1000);
    await core.rpc.invoke('broadcasts.cancel', { id: campaign.id });
    await core.rpc.invoke('broadcasts.setGovernor', { dailyCap: 100_000 });
  }, 30_000);

  it('CAPPED: sends only to contacts that chatted before and skips new chats, none reaching WhatsApp', async () => {
    const device = await linkDeviceThrough(core, emu, '6281200000004', 'D');
    const friend = '6281500000001';
    await emu.call('POST', '/phones', { number: friend, name: 'Teman' });
    await emu.call('POST', `/phones/${friend}/send`, { to: device.number, text: 'Halo, masih buka?' });
    await waitFor('the friend in the inbox', () => !core.restrictions.isNewChat(device.id, friend));
    await restrictEmulated(device.number, { capStage: 'CAPPED', capTotal: 50, capUsed: 50 });
    await waitFor('CAPPED in core', () => core.restrictions.state(device.id).capStage === 'CAPPED');
    expect(core.restrictions.state(device.id).health).toBe('restricted');
    const strangers = numbers('62816000', 3);
    const campaign = await campaignTo('Hanya teman', [friend, ...strangers], [device.id]);
    const done = await waitFor('the campaign to finish', () => {
      const p = progressOf(campaign.id);
      return p.status === 'done' && p;
    });
    expect(done.counts).toMatchObject({ total: 4, skipped: 3, failed: 0 });
    await waitFor('the friend to get the message', async () =>
      (await receivedBy(friend)).some((m) => m.text?.startsWith('Hanya teman')),
    );
    const skipped = await core.rpc.invoke('broadcasts.recipients', { id: campaign.id, status: 'skipped' });
    expect(skipped.map((r) => [r.phone, r.error])).toEqual(strangers.map((n) => [n, 'new_chat_capped']));
    expect((await emulatedOf(device.number)).refused).toBe(0);
    for (const n of strangers) expect(await receivedBy(n)).toEqual([]);
  }, 30_000);
});
