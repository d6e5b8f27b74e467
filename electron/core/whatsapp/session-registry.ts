// SessionRegistry: device id → Session. Starts every linked device on app start, closes all on quit.
import type { WASocket } from '@whiskeysockets/baileys';
import type { Database } from 'better-sqlite3';
import type { SessionState } from '../../../shared/domain';
import { findDevice, findDeviceByNumber, listDevices } from '../devices/queries';
import { AppError } from '../errors';
import type { EventBus } from '../events';
import type { Logger } from '../logger';
import { createReceivedJournal } from './received-journal';
import { createSentMessages } from './sent-messages';
import { defaultTimings, Session, type SessionTimings } from './session';
import type { Agent } from 'node:https';
import type { WaOptions } from './wa-options';

export interface SessionRegistryDeps {
  db: Database;
  events: EventBus;
  logger: Logger;
  wa: WaOptions;
  timings?: Partial<SessionTimings>;
  /** HTTPS agent for media (trusts --wa-ca); shared with the inbox's downloads. */
  agent?: Agent;
}

export type SessionRegistry = ReturnType<typeof createSessionRegistry>;
export type SocketListener = (deviceId: number, sock: WASocket) => void;

export function createSessionRegistry({ db, events, logger, wa, timings, agent }: SessionRegistryDeps) {
  const sessions = new Map<number, Session>();
  const sent = createSentMessages(db);
  const received = createReceivedJournal(db);
  const socketListeners = new Set<SocketListener>();
  const onSocket: SocketListener = (deviceId, sock) =>
    socketListeners.forEach((listener) => listener(deviceId, sock));
  // Baileys logs a lot at info; errors are enough unless WASENDER_BAILEYS_LOG asks for more.
  const baileysLevel = process.env.WASENDER_BAILEYS_LOG ?? (logger.level === 'silent' ? 'silent' : 'error');
  const baileysLogger = logger.child({ module: 'baileys' }, { level: baileysLevel });
  const emit = (state: SessionState) => {
    events.emit('device.state', state);
    events.emit('devices.changed', { deviceId: state.deviceId });
  };

  /** The session of a device; an id that is not a device is refused, so no session exists without its row. */
  const get = (deviceId: number): Session => {
    let session = sessions.get(deviceId);
    if (!session) {
      if (!findDevice(db, deviceId)) throw new AppError('not_found', `Device ${deviceId} does not exist.`);
      session = new Session(deviceId, {
        db,
        logger: baileysLogger,
        wa,
        agent,
        sent,
        received,
        emit,
        onSocket,
        timings: { ...defaultTimings, ...timings },
      });
      sessions.set(deviceId, session);
    }
    return session;
  };

  return {
    get,
    /** What the devices sent, for retry receipts (whatsapp/send.ts stores each message there). */
    sent,
    /** Messages decrypted but not yet in the inbox (the inbox pipeline stores what a crash left there). */
    received,
    /**
     * Subscribe to every socket any session opens (now and after reconnects), e.g. to read
     * messages.upsert. Register before startAll so no early event is missed. Returns unsubscribe.
     */
    onSocket(listener: SocketListener): () => void {
      socketListeners.add(listener);
      return () => socketListeners.delete(listener);
    },
    /** The session of a linked device by its number (any notation already normalized to digits). */
    byNumber(number: string): Session {
      const device = findDeviceByNumber(db, number);
      if (!device) throw new AppError('session_not_connected', `No device with number ${number}`);
      return get(device.id);
    },
    startAll(): void {
      for (const device of listDevices(db)) {
        const session = get(device.id);
        if (!session.isLinked()) session.flagUnreadableKeys();
        else if (!device.paused) session.start();
      }
    },
    /** Resolves once the device's connection is open (at once if it is); rejects after `timeoutMs`. */
    whenOpen(deviceId: number, timeoutMs = 60_000): Promise<void> {
      if (get(deviceId).snapshot().status === 'open') return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          off();
          reject(new AppError('session_not_connected', 'Device is not connected'));
        }, timeoutMs);
        timer.unref?.();
        const off = events.on('device.state', (state) => {
          if (state.deviceId !== deviceId || state.status !== 'open') return;
          clearTimeout(timer);
          off();
          resolve();
        });
      });
    },
    list(): SessionState[] {
      return listDevices(db).map((device) => get(device.id).snapshot());
    },
    /** A device is being deleted: unlink it from the phone and forget the session. */
    async forget(deviceId: number): Promise<void> {
      const session = sessions.get(deviceId);
      if (session?.isLinked()) await session.logout();
      session?.close();
      sessions.delete(deviceId);
    },
    closeAll(): void {
      for (const session of sessions.values()) session.close();
      sessions.clear();
      sent.flush();
    },
  };
}
