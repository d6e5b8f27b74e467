// Restrictions WhatsApp puts on each number, kept per device in SQLite: the reach-out timelock, the new-chat cap
// stage and the new chats started today. Fed by Baileys' events (connection.update.reachoutTimeLock,
// message-capping.update), by 463 answers to sends, and by a periodic fetch; read by campaigns, the REST API,
// /device-info and the UI. Emits `device.restriction` whenever a number's state changes.
import type { WASocket } from '@whiskeysockets/baileys';
import type { Database } from 'better-sqlite3';
import {
  capStageSchema,
  type CapStage,
  type DeviceRestriction,
  type RestrictionHealth,
} from '../../../shared/restrictions';
import { findDevice, listDevices } from '../devices/queries';
import type { EventBus } from '../events';
import type { Logger } from '../logger';
import { hasWrittenToDevice } from '../messages/inbox-queries';
import type { SessionRegistry } from '../whatsapp/session-registry';
import { readRestriction, writeRestriction, type RestrictionRow } from './queries';
import type { NewChatBlock } from './wording';

const MINUTE = 60_000;

export interface RestrictionTimings {
  /** How long after a timelock lifts campaigns wait before new chats again. */
  marginMs: number;
  /** How often open devices ask WhatsApp for their timelock and cap. */
  fetchEveryMs: number;
  /**
   * A 463 before WhatsApp told us the end: assume this long. WA Web uses now + 60 s when the server omits the
   * expiry (rc14 Socket/messages-recv.js handleReachoutTimelockNotification); the fetch right after refines it.
   */
  provisionalLockMs: number;
}

export const defaultRestrictionTimings: RestrictionTimings = {
  marginMs: 15 * MINUTE,
  fetchEveryMs: 30 * MINUTE,
  provisionalLockMs: MINUTE,
};

/** Campaign pace at each cap stage: gaps multiplied, daily cap divided (README "Keeping your number safe"). */
export const stagePace: Record<CapStage, { gapFactor: number; dailyCapFactor: number }> = {
  NONE: { gapFactor: 1, dailyCapFactor: 1 },
  FIRST_WARNING: { gapFactor: 2, dailyCapFactor: 0.5 },
  SECOND_WARNING: { gapFactor: 4, dailyCapFactor: 0.25 },
  CAPPED: { gapFactor: 4, dailyCapFactor: 0.25 },
};

// rc14 NACK_REASONS.SenderReachoutTimelocked (Utils/decode-wa-message.js); the ack arrives as messages.update
// status ERROR (0) with messageStubParameters ['463', …] (Socket/messages-recv.js handleBadAck). rc14 checks the
// same code first as a missing-tctoken case and so never fetches the timelock itself: we do.
const REACHOUT_TIMELOCKED = '463';
const ERROR_STATUS = 0;

export interface RestrictionDeps {
  db: Database;
  events: EventBus;
  logger: Logger;
  sessions: SessionRegistry;
  now?: () => number;
  timings?: Partial<RestrictionTimings>;
}

interface TimelockUpdate {
  isActive?: boolean;
  timeEnforcementEnds?: Date;
  enforcementType?: string;
}

interface CapUpdate {
  capping_status?: string;
  total_quota?: number | string;
  used_quota?: number | string;
}

const startOfLocalDay = (t: number) => new Date(t).setHours(0, 0, 0, 0);
const quota = (value: number | string | undefined) =>
  value === undefined || value === null || Number.isNaN(Number(value)) ? null : Math.trunc(Number(value));

export type Restrictions = ReturnType<typeof createRestrictions>;

export function createRestrictions(deps: RestrictionDeps) {
  const { db, events, logger } = deps;
  const now = deps.now ?? Date.now;
  const timings = { ...defaultRestrictionTimings, ...deps.timings };
  const sockets = new Map<number, WASocket>();
  let timer: NodeJS.Timeout | undefined;

  const viewOf = (row: RestrictionRow, t = now()): DeviceRestriction => {
    const locked = row.timelockUntil !== null && row.timelockUntil > t;
    const resumeAt =
      row.timelockUntil !== null && row.timelockUntil + timings.marginMs > t
        ? row.timelockUntil + timings.marginMs
        : null;
    const health: RestrictionHealth =
      locked || row.capStage === 'CAPPED'
        ? 'restricted'
        : resumeAt !== null || row.capStage !== 'NONE'
          ? 'warning'
          : 'good';
    return {
      deviceId: row.deviceId,
      timelockUntil: locked ? row.timelockUntil : null,
      resumeAt,
      enforcementType: locked ? row.enforcementType : null,
      capStage: row.capStage,
      capTotal: row.capTotal,
      capUsed: row.capUsed,
      newChatsToday: row.newChatsDay === startOfLocalDay(t) ? row.newChatsToday : 0,
      health,
    };
  };

  // Read on every send and every pacing decision: kept in memory, written through. Dropped when devices change,
  // since a removed device's id may be given to the next one added.
  const rows = new Map<number, RestrictionRow>();
  const stopDevices = events.on('devices.changed', ({ deviceId }) =>
    deviceId === undefined ? rows.clear() : rows.delete(deviceId),
  );
  const rowOf = (deviceId: number): RestrictionRow => {
    let row = rows.get(deviceId);
    if (!row) rows.set(deviceId, (row = readRestriction(db, deviceId)));
    return row;
  };
  const state = (deviceId: number) => viewOf(rowOf(deviceId));

  /** Applies a change to a device's row; emits device.restriction when what others see changed. */
  const change = (deviceId: number, patch: (row: RestrictionRow) => Partial<RestrictionRow>) => {
    if (!rows.has(deviceId) && !findDevice(db, deviceId)) return;
    const before = rowOf(deviceId);
    const next = { ...before, ...patch(before), updatedAt: now() };
    writeRestriction(db, next);
    rows.set(deviceId, next);
    const [a, b] = [viewOf(before), viewOf(next)];
    if (JSON.stringify(a) !== JSON.stringify(b)) {
      if (a.health !== b.health || a.timelockUntil !== b.timelockUntil || a.capStage !== b.capStage)
        logger.warn({ deviceId, restriction: b }, 'WhatsApp restriction of this number changed');
      events.emit('device.restriction', b);
    }
  };

  const onTimelock = (deviceId: number, update: TimelockUpdate) => {
    const t = now();
    change(deviceId, (row) => {
      if (!update.isActive) {
        // Lifted: the margin runs from now (or from the known end, when that already passed).
        const lifted = row.timelockUntil !== null && row.timelockUntil > t ? t : row.timelockUntil;
        return { timelockUntil: lifted };
      }
      const ends = update.timeEnforcementEnds?.getTime();
      return {
        timelockUntil: ends && !Number.isNaN(ends) ? ends : t + timings.provisionalLockMs,
        enforcementType: update.enforcementType ?? 'DEFAULT',
      };
    });
  };

  const onCap = (deviceId: number, info: CapUpdate) => {
    const stage = capStageSchema.safeParse(info.capping_status);
    change(deviceId, (row) => ({
      capStage: stage.success ? stage.data : row.capStage,
      capTotal: quota(info.total_quota) ?? row.capTotal,
      capUsed: quota(info.used_quota) ?? row.capUsed,
    }));
  };

  /** WhatsApp refused a send with 463: new chats stop at once; the fetch tells until when. */
  const on463 = (deviceId: number) => {
    const t = now();
    change(deviceId, (row) =>
      row.timelockUntil !== null && row.timelockUntil > t
        ? {}
        : { timelockUntil: t + timings.provisionalLockMs, enforcementType: 'DEFAULT' },
    );
    void fetchTimelock(deviceId);
  };

  const fetchTimelock = async (deviceId: number) => {
    // fetchAccountReachoutTimelock emits connection.update {reachoutTimeLock}, which onTimelock stores.
    await sockets
      .get(deviceId)
      ?.fetchAccountReachoutTimelock()
      .catch((err: Error) => logger.debug({ deviceId, err: err.message }, 'timelock fetch failed'));
  };

  const fetchAll = async (deviceId: number) => {
    const sock = sockets.get(deviceId);
    if (!sock) return;
    await fetchTimelock(deviceId);
    try {
      onCap(deviceId, await sock.fetchNewChatMessageCap());
    } catch (err) {
      logger.debug({ deviceId, err: (err as Error).message }, 'new-chat cap fetch failed');
    }
  };

  const watch = (deviceId: number, sock: WASocket) => {
    sockets.set(deviceId, sock);
    sock.ev.on('connection.update', (update) => {
      if (update.reachoutTimeLock) onTimelock(deviceId, update.reachoutTimeLock);
      if (update.connection === 'open') void fetchAll(deviceId);
      if (update.connection === 'close' && sockets.get(deviceId) === sock) sockets.delete(deviceId);
    });
    sock.ev.on('message-capping.update', (info) => onCap(deviceId, info));
    const refused = (status: number | null | undefined, stub: string[] | null | undefined, fromMe = true) =>
      fromMe && status === ERROR_STATUS && stub?.[0] === REACHOUT_TIMELOCKED;
    sock.ev.on('messages.update', (updates) => {
      if (
        updates.some(({ key, update }) => refused(update.status, update.messageStubParameters, !!key.fromMe))
      )
        on463(deviceId);
    });
    // rc14 may fold an error ack into the upsert of the message it sent (see broadcast/receipts.ts).
    sock.ev.on('messages.upsert', ({ messages }) => {
      if (messages.some((m) => refused(m.status, m.messageStubParameters, !!m.key.fromMe))) on463(deviceId);
    });
  };

  // Once a person wrote to the device their chat exists for good, so a yes is kept in memory: a campaign or an
  // API burst to known customers asks this before every send (issue 15's send profile: 11% of the pipeline).
  const writtenTo = new Set<string>();
  const hasWritten = (deviceId: number, phone: string) => {
    const key = `${deviceId}|${phone}`;
    if (writtenTo.has(key)) return true;
    const written = hasWrittenToDevice(db, deviceId, phone);
    if (written) writtenTo.add(key);
    return written;
  };

  return {
    state,
    list: (): DeviceRestriction[] => listDevices(db).map((d) => state(d.id)),
    /** Whether a message to this number would start a new chat on the device (they never wrote to it). */
    isNewChat: (deviceId: number, phone: string) => !hasWritten(deviceId, phone),
    /** Why new chats may not start now, and until when; null when they may. */
    newChatBlock(deviceId: number, t = now()): NewChatBlock | null {
      const view = state(deviceId);
      if (view.timelockUntil !== null) return { restriction: 'timelock', until: view.timelockUntil };
      if (view.capStage === 'CAPPED') return { restriction: 'capped', until: t + 60 * MINUTE };
      return null;
    },
    /** A new chat went out: counted for today. */
    noteNewChat(deviceId: number, t = now()) {
      const day = startOfLocalDay(t);
      change(deviceId, (row) => ({
        newChatsDay: day,
        newChatsToday: (row.newChatsDay === day ? row.newChatsToday : 0) + 1,
      }));
    },
    /** What campaigns ask (broadcast/campaign-runner.ts ShareRestrictions, and the governor's daily cap). */
    forCampaigns: {
      resumeAt: (deviceId: number) => state(deviceId).resumeAt,
      gapFactor: (deviceId: number) => stagePace[state(deviceId).capStage].gapFactor,
      dailyCapFactor: (deviceId: number) => stagePace[state(deviceId).capStage].dailyCapFactor,
      newChatRefused: (deviceId: number, phone: string) =>
        state(deviceId).capStage === 'CAPPED' && !hasWritten(deviceId, phone),
    },
    marginMs: timings.marginMs,
    onTimelock,
    onCap,
    on463,
    start() {
      deps.sessions.onSocket(watch);
      timer = setInterval(() => {
        for (const deviceId of sockets.keys()) void fetchAll(deviceId);
      }, timings.fetchEveryMs);
      timer.unref();
    },
    stop() {
      clearInterval(timer);
      stopDevices();
    },
  };
}
