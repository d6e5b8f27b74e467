// One device's WhatsApp session: idle → connecting → qr → open → reconnecting → logged_out | failed
// (plus paused). Every transition is stored on the device row and emitted as a contract event.
import type { WASocket, ConnectionState } from '@whiskeysockets/baileys';
import QRCode from 'qrcode';
import type { DeviceStatus, SessionState } from '../../../shared/domain';
import type { DisconnectReason } from '../../../shared/disconnect-reasons';
import {
  findDevice,
  setDevicePaused,
  setDevicePicture,
  setDeviceStatus,
  setDeviceWaName,
  setLinkedAccount,
} from '../devices/queries';
import { AppError, appError } from '../errors';
import { clearAuth, hasCreds, hasUnreadableCreds } from './auth-queries';
import { createBackoff } from './backoff';
import { decideOnClose } from './disconnect';
import { startKeepAlive } from './keepalive';
import { accountNumber, fetchProfilePicture, readLinkedAccount } from './linked-account';
import { openSocket, type SocketOptions } from './session-socket';

export interface SessionTimings {
  /** A connection open this long resets the backoff. */
  stableAfterMs: number;
  keepAliveIntervalMs: number;
  keepAliveTimeoutMs: number;
  /** How long QR codes keep being generated after someone last asked for one. */
  qrWantedForMs: number;
  /** A connection attempt that produced neither a QR nor "open" by then is abandoned and retried. */
  connectTimeoutMs: number;
  /** How long each QR lives before WhatsApp's next one (Baileys' default: 60 s first, then 20 s). */
  qrTimeoutMs?: number;
}

export const defaultTimings: SessionTimings = {
  stableAfterMs: 60_000,
  keepAliveIntervalMs: 60_000,
  keepAliveTimeoutMs: 20_000,
  qrWantedForMs: 120_000,
  connectTimeoutMs: 45_000,
};

export interface SessionDeps extends Omit<SocketOptions, 'deviceId'> {
  emit(state: SessionState): void;
  /** Every new socket is announced so other features can listen to its Baileys events. */
  onSocket(deviceId: number, sock: WASocket): void;
  timings: SessionTimings;
}

export class Session {
  private sock: WASocket | null = null;
  private generation = 0;
  private backoff = createBackoff();
  private timers = new Set<NodeJS.Timeout>();
  private stopKeepAlive: (() => void) | null = null;
  private qrWantedUntil = 0;
  /** Set the moment the current socket gets its first QR, before the PNG for it is drawn. */
  private qrReceived = false;
  private state: SessionState;

  constructor(
    readonly deviceId: number,
    private deps: SessionDeps,
  ) {
    const device = findDevice(deps.db, deviceId);
    this.state = {
      deviceId,
      status: device?.status ?? 'idle',
      reason: device?.statusReason ?? null,
      qr: null,
      qrDataUrl: null,
      pairingCode: null,
      retryAt: null,
    };
  }

  snapshot(): SessionState {
    return { ...this.state };
  }

  /** The open socket, or an error in the REST API's "Failed to access whatsapp server" sense. */
  openSocket(): WASocket {
    if (this.state.status !== 'open' || !this.sock)
      throw new AppError('session_not_connected', 'Device is not connected');
    return this.sock;
  }

  isLinked(): boolean {
    return hasCreds(this.deps.db, this.deviceId);
  }

  /**
   * At app start: creds that this start's data key cannot open (keychain reset, data copied from another
   * account) make the device "linked, but must be linked again". Its rows stay: they open again if the old key
   * comes back (secrets/keystore.ts keeps it); linking it anew replaces them.
   */
  flagUnreadableKeys(): void {
    if (hasUnreadableCreds(this.deps.db, this.deviceId)) this.transition('logged_out', 'keys_unreadable');
  }

  /** Connects (stored creds) or starts showing QR codes (no creds). Idempotent. */
  start({ wantQr = false } = {}): void {
    if (wantQr) this.qrWantedUntil = Date.now() + this.deps.timings.qrWantedForMs;
    // The owner links this device anew: keys nobody can read any more would only mix with the new ones.
    if (wantQr && !this.sock && hasUnreadableCreds(this.deps.db, this.deviceId))
      clearAuth(this.deps.db, this.deviceId);
    setDevicePaused(this.deps.db, this.deviceId, false);
    if (this.sock || this.state.retryAt !== null) return;
    if (!wantQr && !this.isLinked()) return;
    this.connect();
  }

  async pause(): Promise<void> {
    setDevicePaused(this.deps.db, this.deviceId, true);
    this.teardown();
    this.transition('paused', null);
  }

  async logout(): Promise<void> {
    const sock = this.sock;
    this.teardown();
    if (sock) await sock.logout().catch(() => undefined); // tells the phone to drop this linked device
    this.loggedOut('logged_out');
  }

  async requestPairingCode(): Promise<string> {
    const device = findDevice(this.deps.db, this.deviceId);
    if (!device) throw new AppError('not_found', `Device ${this.deviceId} does not exist.`);
    if (this.isLinked()) throw appError('conflict', 'device_already_connected');
    this.start({ wantQr: true });
    // A reconnect is scheduled: someone is waiting with the phone in hand, so connect now.
    if (!this.sock) this.connectNow();
    const sock = this.sock!;
    // A QR from this socket means the handshake is done; otherwise wait for the first one.
    if (!this.qrReceived) await waitForSocketReady(sock);
    const code = await sock.requestPairingCode(device.number);
    this.state = { ...this.state, pairingCode: code };
    this.deps.emit(this.snapshot());
    return code;
  }

  /** App shutdown: close the socket, keep creds and the stored status. */
  close(): void {
    this.teardown();
  }

  private connect(): void {
    const generation = ++this.generation;
    const { sock } = openSocket({
      ...this.deps,
      deviceId: this.deviceId,
      qrTimeoutMs: this.deps.timings.qrTimeoutMs,
    });
    this.sock = sock;
    this.qrReceived = false;
    this.transition('connecting', this.state.status === 'reconnecting' ? this.state.reason : null);
    sock.ev.on('connection.update', (update) => {
      if (generation !== this.generation) return;
      if (update.qr) this.qrReceived = true;
      void this.onConnectionUpdate(update, sock);
    });
    // After the session's own listener, so others already see this socket's QR as received.
    this.deps.onSocket(this.deviceId, sock);
    // WhatsApp sends the account's name just after the connection opens.
    sock.ev.on('creds.update', (update) => {
      if (generation === this.generation && update.me?.name && this.state.status === 'open') {
        setDeviceWaName(this.deps.db, this.deviceId, update.me.name);
        this.deps.emit(this.snapshot());
      }
    });
    // Baileys waits forever when the server answers the WebSocket upgrade with an HTTP error (it listens
    // to 'unexpected-response' but never aborts), so a watchdog ends attempts that go nowhere.
    this.later(() => {
      if (sock === this.sock && this.state.status === 'connecting') {
        sock.end(new Error('WhatsApp did not answer the connection (ETIMEDOUT)'));
      }
    }, this.deps.timings.connectTimeoutMs);
  }

  private async onConnectionUpdate(update: Partial<ConnectionState>, sock: WASocket): Promise<void> {
    if (update.qr) {
      const qrDataUrl = await QRCode.toDataURL(update.qr, {
        margin: 2,
        width: 320,
        errorCorrectionLevel: 'M',
      });
      if (sock !== this.sock) return;
      this.state = { ...this.state, qr: update.qr, qrDataUrl };
      this.transition('qr', null);
    }
    if (update.connection === 'open') await this.onOpen(sock);
    if (update.connection === 'close') this.onClose(update.lastDisconnect?.error);
  }

  private async onOpen(sock: WASocket): Promise<void> {
    const device = findDevice(this.deps.db, this.deviceId);
    const number = accountNumber(sock);
    if (device && number && number !== device.number) {
      this.teardown();
      await sock.logout().catch(() => undefined);
      clearAuth(this.deps.db, this.deviceId);
      return this.transition('failed', 'wrong_number');
    }
    this.state = { ...this.state, qr: null, qrDataUrl: null, pairingCode: null, retryAt: null };
    setLinkedAccount(this.deps.db, this.deviceId, readLinkedAccount(sock));
    this.transition('open', null);
    this.later(() => this.backoff.reset(), this.deps.timings.stableAfterMs);
    this.stopKeepAlive = startKeepAlive(sock, {
      intervalMs: this.deps.timings.keepAliveIntervalMs,
      timeoutMs: this.deps.timings.keepAliveTimeoutMs,
      onDead: (error) => this.restartUnresponsive(sock, error),
    });
    const pictureUrl = await fetchProfilePicture(sock);
    if (sock === this.sock && pictureUrl) {
      setDevicePicture(this.deps.db, this.deviceId, pictureUrl);
      this.deps.emit(this.snapshot());
    }
  }

  private onClose(error: unknown): void {
    const decision = decideOnClose(error);
    // A connection that dropped before WhatsApp ever answered means the server cannot be reached.
    const neverAnswered = this.state.status === 'connecting' && decision.reason === 'connection_lost';
    const reason: DisconnectReason = this.unresponsive
      ? 'unresponsive'
      : neverAnswered
        ? 'unreachable'
        : decision.reason;
    this.unresponsive = false;
    this.teardown();
    if (decision.next === 'logged_out') return this.loggedOut(reason);
    if (decision.next === 'stop') return this.transition('failed', reason);
    const waitingForScan = !this.isLinked();
    if (waitingForScan && Date.now() > this.qrWantedUntil) {
      this.state = { ...this.state, qr: null, qrDataUrl: null, pairingCode: null };
      return this.transition('idle', reason === 'restart_required' ? null : 'qr_timeout');
    }
    if (decision.next === 'reconnect_now' || reason === 'qr_timeout') return this.connect();
    const delay = this.backoff.next();
    this.state = { ...this.state, retryAt: Date.now() + delay };
    this.transition('reconnecting', reason);
    this.later(() => {
      this.state = { ...this.state, retryAt: null };
      this.connect();
    }, delay);
  }

  private connectNow(): void {
    this.teardown();
    this.state = { ...this.state, retryAt: null };
    this.connect();
  }

  private unresponsive = false;
  private restartUnresponsive(sock: WASocket, error: Error): void {
    if (sock !== this.sock) return;
    this.unresponsive = true;
    sock.end(error);
  }

  private loggedOut(reason: DisconnectReason): void {
    clearAuth(this.deps.db, this.deviceId);
    this.state = { ...this.state, qr: null, qrDataUrl: null, pairingCode: null, retryAt: null };
    this.transition('logged_out', reason);
  }

  private transition(status: DeviceStatus, reason: string | null): void {
    this.state = { ...this.state, status, reason };
    setDeviceStatus(this.deps.db, this.deviceId, status, reason);
    this.deps.emit(this.snapshot());
  }

  private later(fn: () => void, ms: number): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      fn();
    }, ms);
    this.timers.add(timer);
  }

  /** Drops the socket and every timer; events of the old socket are ignored from here on. */
  private teardown(): void {
    this.generation++;
    this.stopKeepAlive?.();
    this.stopKeepAlive = null;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    const sock = this.sock;
    this.sock = null;
    sock?.end(undefined);
  }
}

/** requestPairingCode needs the noise handshake done; Baileys signals it with the first QR. */
async function waitForSocketReady(sock: WASocket, timeoutMs = 20_000): Promise<void> {
  await sock
    .waitForConnectionUpdate(async (update) => !!update.qr, timeoutMs)
    .catch((error: Error) => {
      throw new AppError('session_not_connected', `WhatsApp did not answer in time (${error.message})`);
    });
}
