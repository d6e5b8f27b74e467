// Safety governor per device, shared by campaigns and (opted-in) API sends: hourly and daily caps, a warm-up
// ramp for newly linked numbers, and a rest period after WhatsApp answers "rate limit" (429).
import type { Database } from 'better-sqlite3';
import { governorSchema, type Governor, type WaitReason } from '../../../shared/broadcasts';
import { findDevice } from '../devices/queries';
import { HOUR, MINUTE, nextLocalMidnight, startOfLocalDay } from './pacing';
import {
  insertSendLog,
  oldestSendSince,
  pruneSendLog,
  readConfig,
  sendsSince,
  writeConfig,
} from './governor-queries';

const DAY = 24 * HOUR;

export type SafetyGovernor = ReturnType<typeof createGovernor>;

/** Scales a device's daily cap down while WhatsApp warns about its new chats (restrictions/restrictions.ts). */
export type DailyCapFactor = (deviceId: number) => number;

export function createGovernor(db: Database, dailyCapFactor: DailyCapFactor = () => 1) {
  let cached: Governor | null = null;
  const config = (): Governor =>
    (cached ??= governorSchema.parse(JSON.parse(readConfig(db, 'governor') ?? '{}')));
  const cooldownKey = (deviceId: number) => `cooldown:${deviceId}`;

  /** The daily cap today for a device linked `ageDays` ago: start cap, doubling each day of the warm-up. */
  const plainDailyCap = (deviceId: number, t: number): { cap: number; warmup: boolean } => {
    const g = config();
    const device = findDevice(db, deviceId);
    const linkedAt = device ? Date.parse(device.connectedAt ?? device.createdAt) : t;
    const ageDays = Math.max(0, Math.floor((startOfLocalDay(t) - startOfLocalDay(linkedAt)) / DAY));
    if (ageDays >= g.warmupDays) return { cap: g.dailyCap, warmup: false };
    const ramp = g.warmupStartCap * 2 ** ageDays;
    return ramp < g.dailyCap ? { cap: ramp, warmup: true } : { cap: g.dailyCap, warmup: false };
  };
  /** Today's cap, lowered while a new-chat cap warning lasts (`slowed`). */
  const dailyCapFor = (deviceId: number, t: number): { cap: number; warmup: boolean; slowed: boolean } => {
    const plain = plainDailyCap(deviceId, t);
    const factor = dailyCapFactor(deviceId);
    if (factor >= 1) return { ...plain, slowed: false };
    return { cap: Math.max(1, Math.floor(plain.cap * factor)), warmup: plain.warmup, slowed: true };
  };

  return {
    config,
    update(patch: Partial<Governor>): Governor {
      const next = governorSchema.parse({ ...config(), ...patch });
      writeConfig(db, 'governor', JSON.stringify(next));
      cached = next;
      return next;
    },
    /** Earliest time ≥ t the device may send again, and why when that is later than t. */
    allows(deviceId: number, t: number): { at: number; reason: WaitReason | null } {
      const g = config();
      const restUntil = Number(readConfig(db, cooldownKey(deviceId)) ?? 0);
      if (restUntil > t) return { at: restUntil, reason: 'cooldown' };
      const hourAgo = t - HOUR;
      if (sendsSince(db, deviceId, hourAgo) >= g.hourlyCap)
        return { at: (oldestSendSince(db, deviceId, hourAgo) ?? t) + HOUR, reason: 'hourly_limit' };
      const { cap, warmup, slowed } = dailyCapFor(deviceId, t);
      if (sendsSince(db, deviceId, startOfLocalDay(t)) >= cap)
        return {
          at: nextLocalMidnight(t),
          reason: slowed ? 'cap_daily_limit' : warmup ? 'warmup_limit' : 'daily_limit',
        };
      return { at: t, reason: null };
    },
    record(deviceId: number, at: number): void {
      insertSendLog(db, deviceId, at);
    },
    /** WhatsApp said "too many": this device rests for the configured time. */
    rest(deviceId: number, now: number): number {
      const until = now + config().rateLimitPauseMin * MINUTE;
      writeConfig(db, cooldownKey(deviceId), String(until));
      return until;
    },
    clearRest(deviceId: number): void {
      writeConfig(db, cooldownKey(deviceId), '0');
    },
    dailyCapFor,
    prune(now: number): void {
      pruneSendLog(db, now - 2 * DAY);
    },
    /** Does this device's REST API traffic count against (and wait for) the governor? */
    governsApi(deviceId: number): boolean {
      return config().apiGovernedDeviceIds.includes(deviceId);
    },
  };
}
