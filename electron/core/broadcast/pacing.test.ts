// Pacing over an injected clock: gaps within range, batch pauses, the sending window, daily caps and the governor.
import { describe, expect, it } from 'vitest';
import type { Pacing } from '../../../shared/broadcasts';
import { createCampaignRunner } from './campaign-runner';
import { createGovernor } from './governor';
import { estimateShareMs, HOUR, inWindow, MINUTE, nextWindowStart, startOfLocalDay } from './pacing';
import { fakeClock, runnerDeps, seedCampaign, tempDb } from './test-support';

const localTime = (y: number, m: number, d: number, h: number, min = 0) =>
  new Date(y, m - 1, d, h, min).getTime();

function setup(
  pacing: Partial<Pacing>,
  recipients: number,
  opts: { start: number; deviceCreatedAt?: number },
) {
  const db = tempDb();
  const full: Pacing = {
    minDelaySec: 5,
    maxDelaySec: 10,
    batchSize: 0,
    batchPauseMin: 0,
    dailyCapPerDevice: 0,
    window: null,
    startAt: null,
    ...pacing,
  };
  const { device, campaignId } = seedCampaign(db, {
    count: recipients,
    name: 'Promo',
    text: '{Halo|Hai} {{name}}',
    pacing: full,
    deviceCreatedAt: opts.deviceCreatedAt,
  });
  const clock = fakeClock(opts.start);
  const governor = createGovernor(db);
  const sends: Array<{ at: number; to: string; text: string }> = [];
  const runner = createCampaignRunner({
    ...runnerDeps(db, clock, governor),
    async send(_deviceId, phone, message) {
      const text = message.kind === 'text' ? message.text : '';
      sends.push({ at: clock.now(), to: phone, text });
      return { id: `M${sends.length}` };
    },
  });
  return { db, runner, campaignId, sends, governor, clock, deviceId: device.id };
}

const gapsOf = (times: number[]) => times.slice(1).map((t, i) => t - times[i]);

describe('pacing with an injected clock', () => {
  it('waits a random gap within [min, max] between sends, and pauses M minutes every N messages', async () => {
    const { runner, campaignId, sends, governor } = setup(
      { minDelaySec: 5, maxDelaySec: 10, batchSize: 10, batchPauseMin: 2 },
      45,
      { start: localTime(2026, 3, 2, 10) },
    );
    governor.update({ warmupDays: 0, hourlyCap: 10_000 });
    runner.start(campaignId);
    await runner.whenSettled(campaignId);
    expect(sends).toHaveLength(45);
    const gaps = gapsOf(sends.map((s) => s.at));
    gaps.forEach((gap, i) => {
      if ((i + 1) % 10 === 0) expect(gap, `gap after send ${i + 1}`).toBe(2 * MINUTE);
      else {
        expect(gap).toBeGreaterThanOrEqual(5000);
        expect(gap).toBeLessThanOrEqual(10_000);
      }
    });
    // Random, not a fixed rhythm.
    expect(new Set(gaps.filter((g) => g < MINUTE)).size).toBeGreaterThan(10);
    expect(sends.every((s) => /^(Halo|Hai) Pelanggan \d+$/.test(s.text))).toBe(true);
  });

  it('sends only inside the window and at most the daily cap per device per day, across days', async () => {
    const start = localTime(2026, 3, 2, 19, 30);
    const { runner, campaignId, sends, governor, db } = setup(
      { minDelaySec: 5, maxDelaySec: 10, dailyCapPerDevice: 30, window: { start: '08:00', end: '20:00' } },
      100,
      { start },
    );
    governor.update({ warmupDays: 0, hourlyCap: 10_000 });
    runner.start(campaignId);
    await runner.whenSettled(campaignId);
    expect(sends).toHaveLength(100);
    for (const s of sends)
      expect(inWindow({ start: '08:00', end: '20:00' }, s.at), new Date(s.at).toString()).toBe(true);
    const perDay = new Map<number, number>();
    for (const s of sends) perDay.set(startOfLocalDay(s.at), (perDay.get(startOfLocalDay(s.at)) ?? 0) + 1);
    expect([...perDay.values()]).toEqual([30, 30, 30, 10]);
    // After the cap the next day starts when the window opens.
    expect(sends[30].at).toBe(localTime(2026, 3, 3, 8));
    const row = db.prepare(`SELECT status FROM campaigns WHERE id = ?`).get(campaignId) as { status: string };
    expect(row.status).toBe('done');
  });

  it('waits for the window when started in the evening, and for a scheduled start', async () => {
    const scheduled = localTime(2026, 3, 4, 9, 15);
    const { runner, campaignId, sends, governor } = setup(
      { window: { start: '08:00', end: '20:00' }, startAt: scheduled },
      3,
      { start: localTime(2026, 3, 2, 21) },
    );
    governor.update({ warmupDays: 0 });
    runner.start(campaignId);
    expect(runner.progressOf(campaignId).status).toBe('scheduled');
    await runner.whenSettled(campaignId);
    expect(sends[0].at).toBe(scheduled);
  });

  it('handles a window across midnight', () => {
    const night = { start: '22:00', end: '06:00' };
    expect(inWindow(night, localTime(2026, 3, 2, 23))).toBe(true);
    expect(inWindow(night, localTime(2026, 3, 2, 5, 59))).toBe(true);
    expect(inWindow(night, localTime(2026, 3, 2, 12))).toBe(false);
    expect(nextWindowStart(night, localTime(2026, 3, 2, 12))).toBe(localTime(2026, 3, 2, 22));
  });

  it('governor: at most hourlyCap sends in any hour', async () => {
    const { runner, campaignId, sends, governor } = setup({ minDelaySec: 1, maxDelaySec: 2 }, 50, {
      start: localTime(2026, 3, 2, 9),
    });
    governor.update({ warmupDays: 0, hourlyCap: 20 });
    runner.start(campaignId);
    await runner.whenSettled(campaignId);
    expect(sends).toHaveLength(50);
    const times = sends.map((s) => s.at);
    for (let i = 0; i < times.length; i++) {
      const inHour = times.filter((t) => t >= times[i] && t < times[i] + HOUR).length;
      expect(inHour).toBeLessThanOrEqual(20);
    }
  });

  it('governor: a newly linked number warms up (5, 10, 20 a day, then the daily cap)', async () => {
    const start = localTime(2026, 3, 2, 9);
    const { runner, campaignId, sends, governor } = setup({ minDelaySec: 1, maxDelaySec: 1 }, 60, {
      start,
      deviceCreatedAt: start,
    });
    governor.update({ warmupDays: 3, warmupStartCap: 5, dailyCap: 22, hourlyCap: 10_000 });
    runner.start(campaignId);
    await runner.whenSettled(campaignId);
    const perDay = new Map<number, number>();
    for (const s of sends) perDay.set(startOfLocalDay(s.at), (perDay.get(startOfLocalDay(s.at)) ?? 0) + 1);
    expect([...perDay.values()]).toEqual([5, 10, 20, 22, 3]);
  });

  it('a device that is offline holds its share until it is back', async () => {
    const { db, campaignId, sends, governor, clock } = setup({ minDelaySec: 1, maxDelaySec: 1 }, 4, {
      start: localTime(2026, 3, 2, 9),
    });
    governor.update({ warmupDays: 0 });
    let online = false;
    const runner = createCampaignRunner({
      ...runnerDeps(db, clock, governor),
      deviceReady: () =>
        online || (online = clock.now() >= localTime(2026, 3, 2, 10))
          ? (true as const)
          : ('device_offline' as const),
      async send(_d, phone) {
        sends.push({ at: clock.now(), to: phone, text: '' });
        return { id: `M${sends.length}` };
      },
    });
    runner.start(campaignId);
    await runner.whenSettled(campaignId);
    expect(sends).toHaveLength(4);
    expect(sends[0].at).toBeGreaterThanOrEqual(localTime(2026, 3, 2, 10));
  });

  it('estimates the time left with gaps, rests, sending hours and daily caps', () => {
    const pacing: Pacing = {
      minDelaySec: 8,
      maxDelaySec: 12,
      batchSize: 50,
      batchPauseMin: 5,
      dailyCapPerDevice: 0,
      window: null,
      startAt: null,
    };
    // 10 s gap + 6 s of rest per message.
    expect(estimateShareMs(pacing, 100)).toBe(100 * 16_000);
    // 300 a day at most: 1,000 messages take three full days and 100 more messages.
    expect(estimateShareMs({ ...pacing, dailyCapPerDevice: 300 }, 1000)).toBe(3 * 24 * HOUR + 100 * 16_000);
    // A 1-hour window fits 225 messages a day.
    expect(estimateShareMs({ ...pacing, window: { start: '09:00', end: '10:00' } }, 450)).toBe(2 * 24 * HOUR);
    // The governor's hourly cap is slower than the pace.
    expect(estimateShareMs(pacing, 10, { dailyCap: 1000, hourlyCap: 60 })).toBe(10 * MINUTE);
  });
});
