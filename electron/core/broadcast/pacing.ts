// When a device's share of a campaign may send next: random gaps, batch pauses, the sending window, the daily
// cap, the scheduled start and the safety governor. Pure planning over an injected clock, so tests need no waiting.
import type { Pacing, WaitReason } from '../../../shared/broadcasts';

export interface Clock {
  now(): number;
  /** Resolves after `ms` (or at once when the signal aborts). */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve) => {
      if (signal?.aborted) return resolve();
      const timer = setTimeout(done, Math.max(0, Math.min(ms, 2 ** 31 - 1)));
      function done() {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
      }
      signal?.addEventListener('abort', done, { once: true });
    }),
};

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

/** Midnight (local time of this computer) of the day `t` falls in. */
export function startOfLocalDay(t: number): number {
  const d = new Date(t);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

export function nextLocalMidnight(t: number): number {
  const d = new Date(startOfLocalDay(t));
  d.setDate(d.getDate() + 1);
  return d.getTime();
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

export function inWindow(window: Pacing['window'], t: number): boolean {
  if (!window) return true;
  const d = new Date(t);
  const m = d.getHours() * 60 + d.getMinutes();
  const start = minutesOf(window.start);
  const end = minutesOf(window.end);
  if (start === end) return true;
  return start < end ? m >= start && m < end : m >= start || m < end;
}

/** The next moment at or after `t` when the window opens. */
export function nextWindowStart(window: NonNullable<Pacing['window']>, t: number): number {
  const start = minutesOf(window.start);
  const d = new Date(startOfLocalDay(t));
  d.setHours(Math.floor(start / 60), start % 60, 0, 0);
  if (d.getTime() < t) d.setDate(d.getDate() + 1);
  return d.getTime();
}

/** A random gap in [min, max] seconds: a fixed rhythm is what automated-sending detection looks for. */
export function randomGapMs(
  pacing: Pick<Pacing, 'minDelaySec' | 'maxDelaySec'>,
  random: () => number,
): number {
  return Math.round((pacing.minDelaySec + random() * (pacing.maxDelaySec - pacing.minDelaySec)) * 1000);
}

/** What one device's share remembers between sends (in memory; after a restart it starts a fresh gap). */
export interface ShareState {
  lastSentAt: number | null;
  gapMs: number;
  sentInBatch: number;
  /** The gap was lengthened because of a new-chat cap warning (the wait then says so). */
  slowed?: boolean;
}

export interface PlanInputs {
  pacing: Pacing;
  state: ShareState;
  /** Sends of this campaign on this device since `since` (for the campaign's daily cap). */
  campaignSentSince(since: number): number;
  /** The governor's earliest allowed time at or after `t`, with its reason when later than `t`. */
  governorAllows(t: number): { at: number; reason: WaitReason | null };
  /** WhatsApp's restrictions of the device (a timelock holds its share until lift + margin). */
  restrictionAllows?(t: number): { at: number; reason: WaitReason | null };
}

export interface Plan {
  at: number;
  reason: WaitReason | null;
}

/** Earliest time ≥ now at which every rule allows the next send; `reason` names the last rule that pushed it. */
export function planNextSend(inputs: PlanInputs, now: number): Plan {
  const { pacing, state } = inputs;
  let t = now;
  let reason: WaitReason | null = null;
  for (let round = 0; round < 50; round++) {
    const before = t;
    const bump = (at: number, why: WaitReason) => {
      if (at > t) {
        t = at;
        reason = why;
      }
    };
    if (pacing.startAt) bump(pacing.startAt, 'scheduled');
    if (state.lastSentAt !== null) {
      bump(state.lastSentAt + state.gapMs, state.slowed ? 'cap_warning' : 'delay');
      if (pacing.batchSize > 0 && state.sentInBatch >= pacing.batchSize)
        bump(state.lastSentAt + pacing.batchPauseMin * MINUTE, 'batch_pause');
    }
    if (pacing.window && !inWindow(pacing.window, t)) bump(nextWindowStart(pacing.window, t), 'window');
    if (
      pacing.dailyCapPerDevice > 0 &&
      inputs.campaignSentSince(startOfLocalDay(t)) >= pacing.dailyCapPerDevice
    )
      bump(nextLocalMidnight(t), 'daily_cap');
    const governed = inputs.governorAllows(t);
    if (governed.reason) bump(governed.at, governed.reason);
    const restricted = inputs.restrictionAllows?.(t);
    if (restricted?.reason) bump(restricted.at, restricted.reason);
    if (t === before) break;
  }
  return { at: t, reason };
}

/** Call right before a send: a batch is over once its pause (or any longer wait) has passed. */
export function beginSend(pacing: Pacing, state: ShareState, now: number): void {
  if (state.lastSentAt !== null && now - state.lastSentAt >= pacing.batchPauseMin * MINUTE)
    state.sentInBatch = 0;
}

export function recordSend(pacing: Pacing, state: ShareState, now: number, random: () => number): void {
  state.lastSentAt = now;
  state.sentInBatch++;
  state.gapMs = randomGapMs(pacing, random);
}

/** Limits of a device that the estimate must respect besides the campaign's own pace. */
export interface ShareLimits {
  /** Today's governor cap (with the warm-up) and its hourly cap. */
  dailyCap: number;
  hourlyCap: number;
}

const windowMs = (window: Pacing['window']): number => {
  if (!window) return 24 * HOUR;
  const length = (minutesOf(window.end) - minutesOf(window.start) + 24 * 60) % (24 * 60);
  return (length || 24 * 60) * MINUTE;
};

/**
 * Rough time left for a device's share: the mean gap and batch rests per message (or the hourly cap, if slower),
 * and whole days once the daily caps or the sending hours cannot fit the rest today.
 */
export function estimateShareMs(pacing: Pacing, pending: number, limits?: ShareLimits): number {
  const meanGap = ((pacing.minDelaySec + pacing.maxDelaySec) / 2) * 1000;
  const rest = pacing.batchSize > 0 ? (pacing.batchPauseMin * MINUTE) / pacing.batchSize : 0;
  const perMessage = Math.max(meanGap + rest, limits ? HOUR / limits.hourlyCap : 0, 1);
  const caps = [Math.floor(windowMs(pacing.window) / perMessage)];
  if (pacing.dailyCapPerDevice > 0) caps.push(pacing.dailyCapPerDevice);
  if (limits) caps.push(limits.dailyCap);
  const perDay = Math.max(1, Math.min(...caps));
  if (pending <= perDay) return pending * perMessage;
  return Math.floor(pending / perDay) * 24 * HOUR + (pending % perDay) * perMessage;
}
