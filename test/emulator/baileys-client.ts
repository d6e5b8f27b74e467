// Test helper: a real Baileys socket with in-memory auth state, pointed at the emulator (creds survive reconnects).
import { Agent } from 'node:https';
import makeWASocket, {
  type AuthenticationCreds,
  type BaileysEventMap,
  type ConnectionState,
  type SignalKeyStoreWithTransaction,
  type SocketConfig,
  type WASocket,
  initAuthCreds,
} from '@whiskeysockets/baileys';
import pino from 'pino';
import type { Emulator } from './index.js';
import { makeMemoryKeyStore } from './signal-identity.js';

export interface TestClient {
  sock: WASocket;
  creds: AuthenticationCreds;
  keys: SignalKeyStoreWithTransaction;
  /** Every messages.upsert message, in order. */
  upserts: BaileysEventMap['messages.upsert']['messages'];
  updates: BaileysEventMap['messages.update'];
  connect(): WASocket;
  waitFor<T>(check: () => T | undefined | false, timeoutMs?: number, what?: string): Promise<T>;
  waitForConnection(
    state: ConnectionState['connection'],
    timeoutMs?: number,
  ): Promise<Partial<ConnectionState>>;
  nextQr(timeoutMs?: number): Promise<string>;
  lastClose?: { statusCode?: number };
  end(): void;
}

export function createTestClient(
  emu: Emulator,
  opts: { browser?: [string, string, string]; socket?: Partial<SocketConfig> } = {},
): TestClient {
  const creds = initAuthCreds();
  const keys = makeMemoryKeyStore();
  const agent = new Agent({ ca: emu.context.media.caCert });
  const states: Partial<ConnectionState>[] = [];
  const qrs: string[] = [];
  const client: TestClient = {
    sock: undefined as unknown as WASocket,
    creds,
    keys,
    upserts: [],
    updates: [],
    connect() {
      const sock = makeWASocket({
        waWebSocketUrl: emu.waUrl,
        auth: { creds, keys },
        logger: pino({ level: process.env.BAILEYS_LOG ?? 'silent' }),
        browser: opts.browser ?? ['Ubuntu', 'Chrome', '22.04'],
        fetchAgent: agent,
        markOnlineOnConnect: false,
        syncFullHistory: false,
        qrTimeout: 60_000,
        ...opts.socket,
      });
      sock.ev.on('creds.update', (update) => Object.assign(creds, update));
      sock.ev.on('connection.update', (update) => {
        states.push(update);
        if (update.qr) qrs.push(update.qr);
        if (update.connection === 'close') {
          client.lastClose = {
            statusCode: (update.lastDisconnect?.error as { output?: { statusCode?: number } })?.output
              ?.statusCode,
          };
        }
      });
      sock.ev.on('messages.upsert', ({ messages }) => client.upserts.push(...messages));
      sock.ev.on('messages.update', (updates) => client.updates.push(...updates));
      client.sock = sock;
      return sock;
    },
    waitFor(check, timeoutMs = 10_000, what = 'condition') {
      return new Promise((resolve, reject) => {
        const started = Date.now();
        const tick = () => {
          const value = check();
          if (value) return resolve(value);
          if (Date.now() - started > timeoutMs) return reject(new Error(`timed out waiting for ${what}`));
          setTimeout(tick, 10);
        };
        tick();
      });
    },
    waitForConnection(state, timeoutMs = 15_000) {
      const from = states.length;
      return client.waitFor(
        () => states.slice(from).find((s) => s.connection === state),
        timeoutMs,
        `connection ${state}`,
      );
    },
    nextQr(timeoutMs = 10_000) {
      const from = qrs.length;
      return client.waitFor(() => qrs[from], timeoutMs, 'QR');
    },
    end() {
      client.sock?.end(undefined);
    },
  };
  return client;
}

/** Links a fresh client by QR: scan, wait for the 515 restart, reconnect and wait for 'open'. */
export async function linkByQr(emu: Emulator, phoneNumber: string, client = createTestClient(emu)) {
  const phone = emu.getPhone(phoneNumber) ?? emu.createPhone(phoneNumber);
  client.connect();
  const qr = await client.nextQr();
  const closed = client.waitForConnection('close');
  await phone.scanQr(qr);
  await closed;
  client.connect();
  await client.waitForConnection('open');
  await waitForInitialSync(client);
  return client;
}

/**
 * First login: Baileys buffers events until the (emulated, empty) history + app-state sync is done, and
 * then bumps accountSyncCounter. Waiting for it keeps receipts from being folded into buffered upserts.
 */
export function waitForInitialSync(client: TestClient) {
  return client.waitFor(() => (client.creds.accountSyncCounter ?? 0) > 0, 10_000, 'initial history sync');
}
