// Creates one Baileys socket with the app's settings: SQLite auth state, quiet logger, our endpoint.
import type { Agent } from 'node:https';
import { Browsers, makeWASocket, proto, type WASocket } from '@whiskeysockets/baileys';
import type { Database } from 'better-sqlite3';
import { groupMetadataOf } from '../groups/queries';
import type { Logger } from '../logger';
import { loadSqliteAuthState } from './auth-state';
import type { ReceivedJournal } from './received-journal';
import type { SentMessages } from './sent-messages';
import type { WaOptions } from './wa-options';

const BOOTSTRAP_SYNCS = new Set<number>([
  proto.HistorySync.HistorySyncType.INITIAL_BOOTSTRAP,
  proto.HistorySync.HistorySyncType.PUSH_NAME,
  proto.HistorySync.HistorySyncType.NON_BLOCKING_DATA,
]);

export interface SocketOptions {
  db: Database;
  deviceId: number;
  logger: Logger;
  wa: WaOptions;
  agent?: Agent;
  qrTimeoutMs?: number;
  /** Sent messages for retry receipts (getMessage) and the per-message retry counters. */
  sent: SentMessages;
  /** Decrypted messages kept before their receipt, until the inbox has them. */
  received: ReceivedJournal;
}

export interface OpenedSocket {
  sock: WASocket;
  /** True when the stored creds belong to a linked account (no QR needed). */
  linked: boolean;
}

export function openSocket({
  db,
  deviceId,
  logger,
  wa,
  agent,
  qrTimeoutMs,
  sent,
  received,
}: SocketOptions): OpenedSocket {
  const { state, saveCreds } = loadSqliteAuthState(db, deviceId, logger);
  const sock = makeWASocket({
    auth: state,
    logger: logger as never,
    browser: Browsers.appropriate('Desktop'),
    ...(wa.waUrl ? { waWebSocketUrl: wa.waUrl } : {}),
    ...(agent ? { fetchAgent: agent } : {}),
    ...(qrTimeoutMs ? { qrTimeout: qrTimeoutMs } : {}),
    // The phone keeps its notifications: we never mark the account online just because the app connected.
    markOnlineOnConnect: false,
    syncFullHistory: false,
    // The bootstrap syncs carry the LID↔number pairs, push names and trust tokens of existing chats (without them
    // sends to old contacts meet 463 more often: Baileys warns in Socket/socket.js); their message bodies are
    // dropped (inbound-pipeline.ts reads only contacts and mappings from messaging-history.set). Chat history
    // (RECENT, FULL, ON_DEMAND) stays off, so Baileys does not wait for it after login.
    shouldSyncHistoryMessage: ({ syncType }) => BOOTSTRAP_SYNCS.has(syncType ?? -1),
    generateHighQualityLinkPreview: false,
    // A recipient that could not decrypt asks again: answer with the same message from SQLite (sent-messages.ts).
    getMessage: (key) => sent.getMessage(deviceId, key.id ?? ''),
    // …with the stanza nodes it first carried (<biz> of buttons/lists; patches/README.md, retry-nodes).
    getMessageNodes: (key) => sent.nodesFor(deviceId, key.id ?? ''),
    // Group sends read the members from SQLite (groups/sync.ts keeps them current) instead of asking WhatsApp
    // for the group's metadata before every message (Baileys lib/Socket/messages-send.js relayMessage).
    cachedGroupMetadata: async (jid) => groupMetadataOf(db, deviceId, jid),
    msgRetryCounterCache: sent.retryCounter(deviceId),
    // Kept before the receipt tells WhatsApp it arrived (received-journal.ts; patches/README.md).
    keepBeforeReceipt: (msg, type) => received.keep(deviceId, msg, type, sock.user),
  });
  // Creds are stored only once an account is linked: before that they are a throw-away QR identity.
  sock.ev.on('creds.update', () => {
    if (state.creds.account) saveCreds();
  });
  return { sock, linked: !!state.creds.account };
}
