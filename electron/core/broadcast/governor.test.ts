// Safety settings: a change of one setting keeps the others; stored across restarts of the feature.
import { describe, expect, it } from 'vitest';
import { broadcastMethods } from '../../../shared/broadcasts-contract';
import { createGovernor } from './governor';
import { seedDevice, tempDb } from './test-support';

describe('safety governor settings', () => {
  it('changes only the given settings and keeps them', () => {
    const db = tempDb();
    const governor = createGovernor(db);
    expect(governor.config()).toMatchObject({ hourlyCap: 200, dailyCap: 1000, warmupDays: 5 });
    governor.update(broadcastMethods['broadcasts.setGovernor'].input.parse({ hourlyCap: 40 }));
    governor.update(
      broadcastMethods['broadcasts.setGovernor'].input.parse({ optOutWords: ['STOP', 'BATAL'] }),
    );
    expect(createGovernor(db).config()).toMatchObject({
      hourlyCap: 40,
      dailyCap: 1000,
      optOutWords: ['STOP', 'BATAL'],
    });
  });

  it('refuses settings it does not know', () => {
    expect(broadcastMethods['broadcasts.setGovernor'].input.safeParse({ hourlyCapp: 1 }).success).toBe(false);
  });
});

describe('safety governor at a new-chat cap warning', () => {
  it('lowers the daily cap of a warned number (campaigns and governed API sends) and says why it waits', () => {
    const db = tempDb();
    const warned = seedDevice(db, '6281234567001', Date.parse('2026-01-01T08:00:00')).id;
    const fine = seedDevice(db, '6281234567002', Date.parse('2026-01-01T08:00:00')).id;
    const factor = (deviceId: number) => (deviceId === warned ? 0.5 : 1);
    const governor = createGovernor(db, factor);
    governor.update({ warmupDays: 0, dailyCap: 10, hourlyCap: 1000 });
    const t = Date.parse('2026-02-01T10:00:00');
    expect(governor.dailyCapFor(warned, t)).toEqual({ cap: 5, warmup: false, slowed: true });
    expect(governor.dailyCapFor(fine, t)).toEqual({ cap: 10, warmup: false, slowed: false });
    for (let i = 0; i < 5; i++) {
      governor.record(warned, t + i);
      governor.record(fine, t + i);
    }
    expect(governor.allows(warned, t + 10)).toEqual({
      at: new Date(t).setHours(24, 0, 0, 0),
      reason: 'cap_daily_limit',
    });
    expect(governor.allows(fine, t + 10)).toEqual({ at: t + 10, reason: null });
  });
});
