// Local WhatsApp multi-device server + emulated phones that unmodified Baileys links to over ws://127.0.0.1.
import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import { WebSocketServer } from 'ws';
import { createCertAuthority } from './cert-chain.js';
import { DeviceConnection } from './connection.js';
import type { EmulatorContext } from './context.js';
import { registerControlApi } from './control-api.js';
import { FaultState, type FaultRequest } from './faults.js';
import { type Group, GroupRegistry } from './groups.js';
import { MediaRetries } from './media-retry.js';
import { startMediaServer } from './media-server.js';
import { PairingBook } from './pairing.js';
import type { Phone } from './phone.js';
import { RetryReceipts } from './phone-retry.js';
import { PhoneRegistry } from './registry.js';
import { loadSavedCa, loadState, saveState } from './saved-state.js';
import { onClientPayload, onClose, onNode } from './session.js';
import { silenceLibsignalLogs } from './silent-logger.js';

export interface EmulatorOptions {
  port?: number;
  host?: string;
  /** Any number gets a phone on first use instead of answering "not on WhatsApp". */
  autoPhones?: boolean;
  /** Keep phones, linked devices, groups, the cert chain, media cert and blobs here across restarts. */
  stateDir?: string;
  /** Media host port (default: any free port; give one with stateDir so saved media URLs stay valid). */
  mediaPort?: number;
}

export interface EmulatorFaults {
  dropAll(): void;
  /** Drops the connections of one number or one device jid. */
  drop(numberOrDeviceJid: string): void;
  refuseConnections(seconds: number): void;
  setLatency(ms: number): void;
  /** The next `count` message sends are answered with a 429 ack and not delivered. */
  rateLimitNext(count: number): void;
  reset(): void;
  apply(req: FaultRequest): ReturnType<FaultState['apply']>;
  /** Internal errors (e.g. a phone failed to decrypt); tests assert this stays empty. */
  readonly errors: string[];
}

export interface Emulator {
  waUrl: string;
  httpUrl: string;
  caCertPath: string;
  rootPublicKey: Uint8Array;
  appArgs: string[];
  appEnv: Record<string, string>;
  phones: PhoneRegistry;
  createPhone(number: string, name?: string): Phone;
  getPhone(number: string): Phone | undefined;
  /** participants: numbers or jids; addressingMode 'lid' lists members by LID as WhatsApp does today. */
  createGroup(
    subject: string,
    participants: string[],
    creator?: string,
    addressingMode?: 'pn' | 'lid',
  ): Promise<Group>;
  faults: EmulatorFaults;
  /** Counters of what devices sent (IQs by xmlns, messages). */
  stats: EmulatorContext['stats'];
  /** Make phones answer messages with retry receipts (`add({fraction: 0.05})`…) and count what they decrypted. */
  retryReceipts: RetryReceipts;
  /** Expire a message's media on the CDN (`expire(message)` before sending it) and count the phone's re-uploads. */
  mediaRetries: MediaRetries;
  /** Internal state, for tests that need to look deeper. */
  context: EmulatorContext;
  close(): Promise<void>;
}

export async function startEmulator({
  port = 0,
  host = '127.0.0.1',
  autoPhones = false,
  stateDir,
  mediaPort,
}: EmulatorOptions = {}): Promise<Emulator> {
  silenceLibsignalLogs();
  const getCtx = () => ctx;
  const ctx: EmulatorContext = {
    ca: createCertAuthority(stateDir ? loadSavedCa(stateDir) : undefined),
    phones: new PhoneRegistry(getCtx, autoPhones),
    groups: new GroupRegistry(getCtx),
    media: await startMediaServer(host, { port: mediaPort, stateDir }),
    faults: new FaultState(),
    pairings: new PairingBook(),
    stats: { iq: {}, messages: 0, privacyTokens: {} },
    retries: new RetryReceipts(() => getCtx().phones.allDevices()),
    mediaRetries: new MediaRetries(getCtx),
  };
  if (stateDir) loadState(ctx, stateDir);
  // Saved every few seconds and on close; a crash loses at most the last interval.
  const saver = stateDir ? setInterval(() => saveState(ctx, stateDir), 3000).unref() : undefined;
  const hooks = {
    onClientPayload: (
      conn: DeviceConnection,
      payload: Parameters<typeof onClientPayload>[2],
      noiseKey: Buffer,
    ) => onClientPayload(ctx, conn, payload, noiseKey),
    onNode: (conn: DeviceConnection, node: Parameters<typeof onNode>[2]) => onNode(ctx, conn, node),
    onClose: (conn: DeviceConnection) => onClose(ctx, conn),
    latencyMs: () => ctx.faults.latencyMs,
  };

  const app = Fastify({ logger: false, bodyLimit: 64 * 1024 * 1024 });
  const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
  app.server.on('upgrade', (req, socket, head) => {
    // Refusal is a bare TCP reset: Baileys listens for 'unexpected-response', so an HTTP 503 would leave
    // it hanging until its 20 s connect timeout instead of failing fast like an unreachable server.
    if (!req.url?.startsWith('/ws/chat') || ctx.faults.refusing()) {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      ctx.faults.connections.add(new DeviceConnection(ws, ctx.ca, hooks));
    });
  });
  const rootKey = ctx.ca.root.public.toString('base64');
  let info = { waUrl: '', appArgs: [] as string[], appEnv: {} as Record<string, string>, rootKey };
  registerControlApi(app, ctx, () => info);
  await app.listen({ port, host });
  const actualPort = (app.server.address() as AddressInfo).port;
  const waUrl = `ws://${host}:${actualPort}/ws/chat`;
  const caCertPath = ctx.media.caCertPath;
  info = {
    waUrl,
    // --wa-root-key makes the app trust this emulator's noise root properly (not only through rc14's lenient check).
    appArgs: ['--wa-url', waUrl, '--wa-ca', caCertPath, '--wa-root-key', rootKey],
    appEnv: { WASENDER_WA_URL: waUrl, NODE_EXTRA_CA_CERTS: caCertPath, WASENDER_WA_ROOT_KEY: rootKey },
    rootKey,
  };
  const faults = ctx.faults;
  return {
    waUrl,
    appArgs: info.appArgs,
    appEnv: info.appEnv,
    httpUrl: `http://${host}:${actualPort}`,
    caCertPath,
    rootPublicKey: new Uint8Array(ctx.ca.root.public),
    phones: ctx.phones,
    createPhone: (number, name) => ctx.phones.create(number, name),
    getPhone: (number) => ctx.phones.get(number),
    createGroup: (subject, participants, creator, addressingMode) =>
      ctx.groups.create(subject, participants, creator, addressingMode),
    faults: {
      dropAll: () => void faults.apply({ dropAll: true }),
      drop: (target) => void faults.apply({ drop: target }),
      refuseConnections: (seconds) => void faults.apply({ refuseSeconds: seconds }),
      setLatency: (ms) => void faults.apply({ latencyMs: ms }),
      rateLimitNext: (count) => void faults.apply({ rateLimitNext: count }),
      reset: () => void faults.apply({ reset: true }),
      apply: (req) => faults.apply(req),
      errors: faults.errors,
    },
    stats: ctx.stats,
    retryReceipts: ctx.retries,
    mediaRetries: ctx.mediaRetries,
    context: ctx,
    async close() {
      clearInterval(saver);
      if (stateDir) saveState(ctx, stateDir);
      for (const c of [...faults.connections]) c.drop();
      wss.close();
      await app.close();
      await ctx.media.close();
    },
  };
}

export type { Phone } from './phone.js';
export type { ReceivedMessage } from './decode-content.js';
export type { LinkedDevice } from './linked-device.js';
export type { Group } from './groups.js';
export { PhoneRegistry } from './registry.js';
