// Runs campaigns: one worker per (campaign, device) share, each sending its recipients one at a time at the pace
// the plan allows. Every recipient is a row claimed ('sending', committed) before the send and settled after,
// so a crash loses nobody and repeats at most the one in-flight recipient of each device.
import type { Database } from 'better-sqlite3';
import type { CampaignProgress, Pacing, PauseReason, WaitReason } from '../../../shared/broadcasts';
import { ContractError } from '../../../shared/errors';
import type { EventBus } from '../events';
import type { Logger } from '../logger';
import type { OutgoingMessage } from '../../../shared/outgoing-message';
import { campaignMessage, recipientMessage } from './campaign-content';
import type { SafetyGovernor } from './governor';
import { newChatBlockOf } from '../restrictions/wording';
import { beginSend, estimateShareMs, planNextSend, recordSend, type Clock, type ShareState } from './pacing';
import { isOptedOut } from './contact-queries';
import {
  campaignIdsWithStatus,
  campaignMedia,
  campaignSentSince,
  claimNextRecipient,
  countRecipients,
  findCampaign,
  markRecipient,
  markRecipientSent,
  pendingByDevice,
  requeueClaimed,
  setCampaignStatus,
  skipShare,
} from './queries';

/** What a share needs to know of WhatsApp's restrictions of its device (restrictions/restrictions.ts). */
export interface ShareRestrictions {
  /** While a timelock (or the margin after it) holds the device's new chats: when its share goes on. */
  resumeAt(deviceId: number): number | null;
  /** Gaps multiplied at a new-chat cap warning. */
  gapFactor(deviceId: number): number;
  /** CAPPED: a message to this recipient would start a new chat, which WhatsApp does not allow now. */
  newChatRefused(deviceId: number, phone: string): boolean;
}

export interface RunnerDeps {
  db: Database;
  events: EventBus;
  logger: Logger;
  clock: Clock;
  random: () => number;
  governor: SafetyGovernor;
  /** Sends through a device (messages/send.ts); throws ContractError session_not_connected / send_failed. */
  send(deviceId: number, phone: string, message: OutgoingMessage): Promise<{ id: string }>;
  /** true when the device can send now; otherwise why not (not connected, or logged out on the phone). */
  deviceReady(deviceId: number): true | 'device_offline' | 'device_logged_out';
  /** False once the device was deleted: its share is skipped so the campaign can finish. */
  deviceExists?(deviceId: number): boolean;
  restrictions?: ShareRestrictions;
  /** How often a waiting share looks again (device back, settings changed); default 1 s. */
  pollMs?: number;
  /** Fewest ms between two progress events of one campaign; default 250. */
  progressEveryMs?: number;
}

interface Waiting {
  reason: WaitReason;
  until: number | null;
}

interface ActiveCampaign {
  abort: AbortController;
  waiting: Map<number, Waiting>;
  done: Promise<void>;
}

export type CampaignRunner = ReturnType<typeof createCampaignRunner>;

/** At a new-chat cap warning the next gap is longer (README "Keeping your number safe"). */
function slowForCapWarning(state: ShareState, factor: number) {
  state.slowed = factor > 1;
  if (state.slowed) state.gapMs = Math.round(state.gapMs * factor);
}

export function createCampaignRunner(deps: RunnerDeps) {
  const { db, clock, governor, logger } = deps;
  const pollMs = deps.pollMs ?? 1000;
  const active = new Map<number, ActiveCampaign>();
  /** Last send (or claim) per device over all campaigns. */
  const deviceLastSent = new Map<number, number>();
  const lastEmit = new Map<number, number>();
  const pendingEmit = new Map<number, NodeJS.Timeout>();

  const progressOf = (campaignId: number): CampaignProgress => {
    const campaign = findCampaign(db, campaignId);
    const counts = countRecipients(db, campaignId);
    const run = active.get(campaignId);
    const waiting = run ? [...run.waiting].map(([deviceId, w]) => ({ deviceId, ...w })) : [];
    let etaMs: number | null = null;
    if (campaign && run && (campaign.status === 'running' || campaign.status === 'scheduled')) {
      const pacing = JSON.parse(campaign.pacing) as Pacing;
      const now = clock.now();
      etaMs = 0;
      for (const [deviceId, pending] of pendingByDevice(db, campaignId)) {
        const until = run.waiting.get(deviceId)?.until ?? now;
        const limits = {
          dailyCap: governor.dailyCapFor(deviceId, now).cap,
          hourlyCap: governor.config().hourlyCap,
        };
        etaMs = Math.max(etaMs, Math.max(0, until - now) + estimateShareMs(pacing, pending, limits));
      }
    }
    return {
      campaignId,
      status: campaign?.status ?? 'cancelled',
      pauseReason: campaign?.pauseReason ?? null,
      counts,
      etaMs,
      waiting,
    };
  };

  const emitNow = (campaignId: number) => {
    clearTimeout(pendingEmit.get(campaignId));
    pendingEmit.delete(campaignId);
    lastEmit.set(campaignId, Date.now());
    deps.events.emit('broadcast.progress', progressOf(campaignId));
  };

  /** Live progress at most every 250 ms per campaign, and always the latest state last. */
  const emitProgress = (campaignId: number, force = false) => {
    const every = deps.progressEveryMs ?? 250;
    const since = Date.now() - (lastEmit.get(campaignId) ?? 0);
    if (force || since >= every) return emitNow(campaignId);
    if (!pendingEmit.has(campaignId)) {
      const timer = setTimeout(() => emitNow(campaignId), every - since);
      timer.unref?.();
      pendingEmit.set(campaignId, timer);
    }
  };

  const setWaiting = (run: ActiveCampaign, campaignId: number, deviceId: number, waiting: Waiting | null) => {
    const before = run.waiting.get(deviceId);
    if (waiting === null) {
      if (!before) return;
      run.waiting.delete(deviceId);
    } else {
      if (before && before.reason === waiting.reason && before.until === waiting.until) return;
      run.waiting.set(deviceId, waiting);
    }
    emitProgress(campaignId);
  };

  async function runShare(campaignId: number, deviceId: number, run: ActiveCampaign): Promise<void> {
    const signal = run.abort.signal;
    const campaign = findCampaign(db, campaignId)!;
    const pacing = JSON.parse(campaign.pacing) as Pacing;
    const message = campaignMessage(campaign.content, campaignMedia(db, campaignId));
    const state: ShareState = { lastSentAt: null, gapMs: 0, sentInBatch: 0 };
    const inputs = {
      pacing,
      state,
      campaignSentSince: (since: number) => campaignSentSince(db, campaignId, deviceId, since),
      governorAllows: (t: number) => governor.allows(deviceId, t),
      restrictionAllows: (t: number) => {
        const resumeAt = deps.restrictions?.resumeAt(deviceId) ?? null;
        return resumeAt !== null && resumeAt > t
          ? { at: resumeAt, reason: 'timelock' as const }
          : { at: t, reason: null };
      },
    };
    while (!signal.aborted) {
      const now = clock.now();
      const plan = planNextSend(inputs, now);
      if (plan.at > now) {
        setWaiting(run, campaignId, deviceId, { reason: plan.reason!, until: plan.at });
        // Sleep in slices so a resumed device, changed governor settings or a pause are noticed.
        await clock.sleep(Math.min(plan.at - now, Math.max(pollMs, 30_000)), signal);
        continue;
      }
      if (deps.deviceExists && !deps.deviceExists(deviceId)) {
        skipShare(db, campaignId, deviceId, 'device_removed', now);
        emitProgress(campaignId);
        break;
      }
      const ready = deps.deviceReady(deviceId);
      if (ready !== true) {
        setWaiting(run, campaignId, deviceId, { reason: ready, until: null });
        await clock.sleep(pollMs, signal);
        continue;
      }
      // Two campaigns on one number share its pace: the other campaign's last send counts as this one's too.
      const deviceGap = (deviceLastSent.get(deviceId) ?? -Infinity) + pacing.minDelaySec * 1000 - now;
      if (deviceGap > 0) {
        setWaiting(run, campaignId, deviceId, { reason: 'delay', until: now + deviceGap });
        await clock.sleep(deviceGap, signal);
        continue;
      }
      const job = claimNextRecipient(db, campaignId, deviceId, now);
      if (!job) break;
      setWaiting(run, campaignId, deviceId, null);
      if (findCampaign(db, campaignId)?.status === 'scheduled')
        setCampaignStatus(db, campaignId, 'running', null, now);
      if (isOptedOut(db, job.phone)) {
        markRecipient(db, job.id, 'skipped', 'opted_out', now);
        emitProgress(campaignId);
        continue;
      }
      // CAPPED: only contacts that chatted with this number before get the message.
      if (deps.restrictions?.newChatRefused(deviceId, job.phone)) {
        markRecipient(db, job.id, 'skipped', 'new_chat_capped', now);
        emitProgress(campaignId);
        continue;
      }
      beginSend(pacing, state, now);
      deviceLastSent.set(deviceId, now);
      try {
        const sent = await deps.send(deviceId, job.phone, recipientMessage(message, job));
        const at = clock.now();
        markRecipientSent(db, job.id, sent.id, at);
        governor.record(deviceId, at);
        recordSend(pacing, state, at, deps.random);
        slowForCapWarning(state, deps.restrictions?.gapFactor(deviceId) ?? 1);
        deviceLastSent.set(deviceId, at);
      } catch (error) {
        const code = error instanceof ContractError ? error.code : 'internal';
        if (code === 'session_not_connected' || newChatBlockOf(error)) {
          // Not sent (no connection, or a restriction set in the meantime): back in the queue; the loop waits.
          markRecipient(db, job.id, 'pending', null, clock.now());
        } else {
          if (code !== 'send_failed')
            logger.error({ err: error, campaignId }, 'campaign send failed unexpectedly');
          markRecipient(db, job.id, 'failed', (error as Error).message || code, clock.now());
          recordSend(pacing, state, clock.now(), deps.random);
        }
      }
      emitProgress(campaignId);
    }
    run.waiting.delete(deviceId);
  }

  function launch(campaignId: number): void {
    const previous = active.get(campaignId);
    if (previous) {
      // Resumed while a pause is still settling its in-flight sends: start again once they are done.
      if (previous.abort.signal.aborted) void previous.done.then(() => launch(campaignId));
      return;
    }
    const campaign = findCampaign(db, campaignId);
    if (!campaign || (campaign.status !== 'running' && campaign.status !== 'scheduled')) return;
    // No worker of this campaign is running, so a 'sending' row is left over from a crash.
    const requeued = requeueClaimed(db, campaignId);
    if (requeued)
      logger.warn(
        { campaignId, requeued },
        'resuming campaign: recipients in flight at the crash are sent again',
      );
    const deviceIds = JSON.parse(campaign.deviceIds) as number[];
    const pending = pendingByDevice(db, campaignId);
    const run: ActiveCampaign = { abort: new AbortController(), waiting: new Map(), done: Promise.resolve() };
    active.set(campaignId, run);
    const shares = deviceIds
      .filter((id) => (pending.get(id) ?? 0) > 0)
      .map((id) => runShare(campaignId, id, run));
    run.done = Promise.allSettled(shares).then((results) => {
      for (const r of results)
        if (r.status === 'rejected') logger.error({ err: r.reason, campaignId }, 'campaign share crashed');
      if (active.get(campaignId) === run) active.delete(campaignId);
      const current = findCampaign(db, campaignId);
      const counts = countRecipients(db, campaignId);
      if (
        !run.abort.signal.aborted &&
        current &&
        (current.status === 'running' || current.status === 'scheduled') &&
        counts.pending + counts.sending === 0
      )
        setCampaignStatus(db, campaignId, 'done', null, clock.now());
      emitProgress(campaignId, true);
    });
    emitProgress(campaignId, true);
  }

  async function stop(campaignId: number): Promise<void> {
    const run = active.get(campaignId);
    if (!run) return;
    run.abort.abort();
    await run.done;
  }

  return {
    progressOf,
    emitProgress,
    isActive: (campaignId: number) => active.has(campaignId),
    /** Starts (or resumes) sending; a start time in the future shows as scheduled. */
    start(campaignId: number): void {
      const campaign = findCampaign(db, campaignId);
      if (!campaign) return;
      const pacing = JSON.parse(campaign.pacing) as Pacing;
      const scheduled = pacing.startAt !== null && pacing.startAt > clock.now() && !campaign.startedAt;
      setCampaignStatus(db, campaignId, scheduled ? 'scheduled' : 'running', null, clock.now());
      launch(campaignId);
    },
    async pause(campaignId: number, reason: PauseReason): Promise<void> {
      setCampaignStatus(db, campaignId, 'paused', reason, clock.now());
      emitProgress(campaignId, true);
      await stop(campaignId);
    },
    async cancel(campaignId: number): Promise<void> {
      setCampaignStatus(db, campaignId, 'cancelled', null, clock.now());
      await stop(campaignId);
    },
    /** After a restart: campaigns that were sending carry on. */
    resumeAll(): void {
      for (const id of campaignIdsWithStatus(db, ['running', 'scheduled'])) launch(id);
    },
    /** Resolves when the campaign's shares have all stopped (finished, paused or cancelled). */
    async whenSettled(campaignId: number): Promise<void> {
      while (active.has(campaignId)) await active.get(campaignId)!.done;
    },
    async close(): Promise<void> {
      const runs = [...active.values()];
      runs.forEach((run) => run.abort.abort());
      await Promise.allSettled(runs.map((run) => run.done));
      pendingEmit.forEach((timer) => clearTimeout(timer));
    },
  };
}
