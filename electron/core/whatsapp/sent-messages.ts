// What each device sent, kept so a recipient's retry receipt gets the same message again, also after a restart.
// A phone that cannot decrypt a message (e.g. after a session reset) answers with a retry receipt; Baileys then
// re-encrypts the message it finds through the socket's getMessage(key) callback (Socket/messages-recv.js,
// sendMessagesAgain) — without one, only its in-memory cache of the last 512 sends (5 min) can answer, and the
// recipient keeps "Waiting for this message" forever. whatsmeow does the same from its own store (retry.go).
import type { BinaryNode, CacheStore } from '@whiskeysockets/baileys';
import { proto } from '@whiskeysockets/baileys';
import type { Database } from 'better-sqlite3';
import {
  deleteRetryCount,
  findSentMessage,
  insertSentMessage,
  type SentMessageRow,
  pruneSentMessages,
  readRetryCount,
  writeRetryCount,
} from './sent-queries';

/** At least as long as a phone may come back and ask (the issue asks for 14 days). */
export const SENT_RETENTION_MS = 14 * 86_400_000;

export type SentMessages = ReturnType<typeof createSentMessages>;

/** Stanza nodes as JSON: binary content (rare in extra nodes) as base64. */
const encodeNodes = (nodes: BinaryNode[]) =>
  JSON.stringify(nodes, (_key, value) =>
    value instanceof Uint8Array || value?.type === 'Buffer'
      ? { $b64: Buffer.from(value instanceof Uint8Array ? value : value.data).toString('base64') }
      : value,
  );
const decodeNodes = (json: string) =>
  JSON.parse(json, (_key, value) =>
    value && typeof value === 'object' && typeof value.$b64 === 'string'
      ? Buffer.from(value.$b64, 'base64')
      : value,
  ) as BinaryNode[];

export function createSentMessages(db: Database, now: () => number = Date.now) {
  // Sends under way: a retry receipt can be handled before the send that caused it has been stored.
  const inFlight = new Map<string, Promise<void>>();
  const keyOf = (deviceId: number, waId: string) => `${deviceId}|${waId}`;
  // Rows not yet written: a campaign or a burst of API sends stores its protos in one transaction per
  // event-loop turn instead of one commit per message (the commit, not the insert, is what costs). Lookups
  // read this map first, so a retry receipt never misses a row waiting here. A crash can lose at most the
  // messages of the current turn's store (their retry would then not be answered, as before this store).
  const pending = new Map<string, SentMessageRow>();
  let flushScheduled = false;
  const flush = () => {
    flushScheduled = false;
    if (!pending.size) return;
    const rows = [...pending.values()];
    pending.clear();
    db.transaction(() => rows.forEach((row) => insertSentMessage(db, row)))();
  };
  const find = (deviceId: number, waId: string) => {
    const row = pending.get(keyOf(deviceId, waId));
    return row ? { proto: row.proto, nodes: row.nodes } : findSentMessage(db, deviceId, waId);
  };

  return {
    /** Marks a send as under way until the returned function is called (after remember, or on failure). */
    begin(deviceId: number, waId: string): () => void {
      let done!: () => void;
      const key = keyOf(deviceId, waId);
      inFlight.set(key, new Promise<void>((resolve) => (done = resolve)));
      return () => {
        inFlight.delete(key);
        done();
      };
    },

    remember(
      deviceId: number,
      waId: string,
      remoteJid: string,
      message: proto.IMessage,
      nodes?: BinaryNode[],
    ) {
      pending.set(keyOf(deviceId, waId), {
        deviceId,
        waId,
        remoteJid,
        proto: proto.Message.encode(message).finish(),
        nodes: nodes?.length ? encodeNodes(nodes) : null,
        at: now(),
      });
      if (!flushScheduled) {
        flushScheduled = true;
        setImmediate(flush);
      }
    },

    /** Writes what remember() holds for this turn (the registry calls it when the sessions close). */
    flush,

    /** The proto Baileys re-encrypts for a retry receipt; undefined when it was never sent or is too old. */
    async getMessage(deviceId: number, waId: string): Promise<proto.IMessage | undefined> {
      let row = find(deviceId, waId);
      const underWay = row ? undefined : inFlight.get(keyOf(deviceId, waId));
      if (underWay) {
        await underWay;
        row = find(deviceId, waId);
      }
      return row ? proto.Message.decode(row.proto) : undefined;
    },

    /** The extra stanza nodes (e.g. <biz> of buttons and lists) the message first went out with. */
    async nodesFor(deviceId: number, waId: string): Promise<BinaryNode[] | undefined> {
      const row = find(deviceId, waId);
      return row?.nodes ? decodeNodes(row.nodes) : undefined;
    },

    /**
     * Baileys' msgRetryCounterCache for one device, in SQLite: how often each message was re-sent to each
     * recipient device survives reconnects and restarts, so a phone that keeps asking is answered at most
     * maxMsgRetryCount times (Baileys' default cache lives and dies with one socket).
     */
    retryCounter(deviceId: number): CacheStore {
      return {
        get: <T>(key: string) => readRetryCount(db, deviceId, key) as T | undefined,
        set: <T>(key: string, value: T) => writeRetryCount(db, deviceId, key, Number(value), now()),
        del: (key: string) => deleteRetryCount(db, deviceId, key),
        flushAll: () => deleteRetryCount(db, deviceId),
      };
    },

    /** Drops what is older than the retention; run by the sent-messages job (sent-prune.ts). */
    prune(): number {
      flush();
      return pruneSentMessages(db, now() - SENT_RETENTION_MS);
    },
  };
}
