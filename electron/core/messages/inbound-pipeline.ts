// The one inbound pipeline: Baileys events → normalize → store (+ in-transaction hooks) → event → after-hooks.
import {
  isJidGroup,
  isLidUser,
  jidNormalizedUser,
  normalizeMessageContent,
  type GroupMetadata,
  type WAMessage,
  type WASocket,
} from '@whiskeysockets/baileys';
import type { Database } from 'better-sqlite3';
import type { Dispatcher } from 'undici';
import { findDevice } from '../devices/queries';
import type { EventBus } from '../events';
import type { Logger } from '../logger';
import type { SessionRegistry } from '../whatsapp/session-registry';
import type { MediaRef } from './inbound-content';
import { downloadInboundImage } from './inbound-media';
import { createMenuMemory, type Choice } from './inbound-menus';
import { normalizeInbound, type AddressBook } from './inbound-normalize';
import { pollVoteCandidates, readPollVote } from './inbound-poll';
import { storeInbound, type InTransactionHook, type StoredInbound } from './inbound-store';
import { applyMessageUpdate, type MessageChange } from './inbound-updates';
import {
  findMessageByWaId,
  lidsOfPhone,
  mergeLidChats,
  nameChatIfUnnamed,
  phoneOfLid,
  rememberLid,
  setChatName,
} from './inbox-queries';

export interface InboundPipelineDeps {
  db: Database;
  events: EventBus;
  logger: Logger;
  sessions: SessionRegistry;
  /** Media downloads: trusts the media host's certificate (the emulator's in tests), bounds the waits. */
  mediaDispatcher?: Dispatcher;
  /** A group's metadata as the groups feature keeps it, so naming a group chat needs no query. */
  knownGroup?: (deviceId: number, jid: string) => GroupMetadata | undefined;
}

export type AfterStoreHook = (stored: StoredInbound) => void;
export type ChangeHook = (deviceId: number, change: MessageChange) => void;

const digits = (jid: string) => jid.split('@')[0].split(':')[0];

export function createInboundPipeline(deps: InboundPipelineDeps) {
  const { db, events, logger, sessions, mediaDispatcher, knownGroup } = deps;
  const inTransaction: InTransactionHook[] = [];
  const afterStore: AfterStoreHook[] = [];
  const onChange: ChangeHook[] = [];
  // A new LID ↔ number pair also folds any chat kept under that LID into the number's chat.
  const learnLid = (lid: string, phone: string, fromLid = false) => {
    if (!rememberLid(db, lid, phone, fromLid)) return;
    const merged = db.transaction(() => mergeLidChats(db, lid, phone))();
    for (const { deviceId, chatId } of merged)
      events.emit('inbox.message', { deviceId, chatId, messageId: 0, kind: 'update' });
  };
  const book: AddressBook = {
    phoneOfLid: (lid) => phoneOfLid(db, lid),
    remember: (lid, phone, fromLid) => learnLid(lid, phone, fromLid),
  };
  const menus = createMenuMemory(db);
  // Per device, messages are handled one after another so a slow image download never reorders a chat.
  const queues = new Map<number, Promise<void>>();
  const enqueue = (deviceId: number, work: () => Promise<void>) => {
    const next = (queues.get(deviceId) ?? Promise.resolve()).then(work).catch((error) => {
      logger.error({ err: error, deviceId }, 'inbound message handling failed');
    });
    queues.set(deviceId, next);
    return next;
  };

  // A device's number never changes; a deleted device fails the insert's foreign key instead.
  const numbers = new Map<number, string>();
  const deviceNumber = (deviceId: number) => {
    let number = numbers.get(deviceId);
    if (number === undefined) {
      number = findDevice(db, deviceId)?.number;
      if (number) numbers.set(deviceId, number);
    }
    return number;
  };

  /**
   * Baileys keeps the LID↔number pairs of the history bootstrap (and of usync) in its own store, but rc14's event
   * buffer drops lidPnMappings from a buffered messaging-history.set (Utils/event-buffer.js keeps chats, contacts
   * and messages only); so a sender the inbox knows only by LID is looked up there before the message is read.
   */
  async function learnLidFromBaileys(sock: WASocket | null, msg: WAMessage) {
    if (!sock) return;
    for (const jid of [msg.key.remoteJid, msg.key.participant]) {
      if (!jid || !isLidUser(jid) || (jid === msg.key.remoteJid && msg.key.remoteJidAlt)) continue;
      const lid = jidNormalizedUser(jid);
      if (phoneOfLid(db, lid)) continue;
      const pn = await sock.signalRepository.lidMapping.getPNForLID(lid).catch(() => null);
      if (pn) learnLid(lid, digits(pn));
    }
  }

  async function handleMessage(
    deviceId: number,
    sock: WASocket | null,
    msg: WAMessage,
    upsertType: string,
  ): Promise<StoredInbound | null> {
    const number = deviceNumber(deviceId);
    if (!number) return null;
    await learnLidFromBaileys(sock, msg);
    const message = normalizeInbound(msg, book, number);
    // A redelivery (reconnect, retry) is dropped before any download; the insert's UNIQUE is the real guard.
    if (!message || findMessageByWaId(db, deviceId, message.waId)) return null;
    const vote = normalizeMessageContent(msg.message)?.pollUpdateMessage;
    if (message.type === 'poll_vote' && vote) {
      const poll = message.quotedId ? findMessageByWaId(db, deviceId, message.quotedId) : undefined;
      const ownLid = sock?.user?.lid ? jidNormalizedUser(sock.user.lid) : null;
      const keyJids = [
        msg.key.participant,
        msg.key.participantAlt,
        msg.key.remoteJid,
        msg.key.remoteJidAlt,
      ].map((jid) => (jid && !isJidGroup(jid) ? jidNormalizedUser(jid) : null));
      const candidates = pollVoteCandidates(
        { number, lid: ownLid },
        { number: message.sender, lid: message.senderLid, keyJids },
        (phone) => lidsOfPhone(db, phone),
      );
      const chosen = readPollVote(vote, poll, candidates);
      message.body = chosen?.join(', ') ?? '';
      message.extra = { pollId: message.quotedId, selected: chosen, decrypted: chosen !== null };
    }
    menus.resolve(deviceId, message);
    const ref = message.extra?.media as MediaRef | undefined;
    const { remoteJid, fromMe, participant } = msg.key;
    if (ref && remoteJid) ref.key = { remoteJid, fromMe: !!fromMe, ...(participant ? { participant } : {}) };
    let image: Buffer | null = null;
    if (message.type === 'image' && !message.fromMe) {
      const downloaded = await downloadInboundImage(ref, msg.key, {
        dispatcher: mediaDispatcher,
        reupload: sock ? (m) => sock.updateMediaMessage(m) : undefined,
        logger,
      }).catch((error) => {
        logger.warn({ err: error, id: message.waId }, 'could not download a received image');
        return null;
      });
      // A re-uploaded file is stored under its new address, so the inbox opens it without asking the phone again.
      if (downloaded?.reuploaded && message.extra) message.extra.media = downloaded.ref;
      image = downloaded?.data ?? null;
      if (image && !message.thumbnail && image.length <= 256 * 1024) message.thumbnail = image;
    }
    // Offline-queue messages (what arrived while the app was off or cut off before its ack) come as 'append':
    // they are as live as any other for webhooks and auto-replies (Baileys messages-recv.js, handleMessage).
    const offline = upsertType === 'append' && !message.fromMe;
    const live = (upsertType === 'notify' || offline) && !message.fromMe;
    const chatName = message.isGroup ? null : message.fromMe ? null : message.pushName;
    const stored = storeInbound(
      db,
      { deviceId, deviceNumber: number, message, image, live, offline },
      chatName,
      inTransaction,
    );
    if (!stored) return null;
    events.emit('inbox.message', { deviceId, chatId: stored.chatId, messageId: stored.row.id, kind: 'new' });
    for (const hook of afterStore) {
      try {
        hook(stored);
      } catch (error) {
        logger.error({ err: error }, 'inbound hook failed');
      }
    }
    if (message.isGroup && sock) void nameGroup(deviceId, sock, message.chatJid);
    return stored;
  }

  const namedGroups = new Set<string>();
  async function nameGroup(deviceId: number, sock: WASocket, jid: string) {
    const key = `${deviceId}|${jid}`;
    if (namedGroups.has(key)) return;
    namedGroups.add(key);
    try {
      // Asking WhatsApp is only for a group the groups feature does not know yet.
      const meta = knownGroup?.(deviceId, jid) ?? (await sock.groupMetadata(jid));
      if (meta.subject) setChatName(db, deviceId, jid, meta.subject);
    } catch {
      namedGroups.delete(key); // try again with the next message
    }
  }

  /** Handles a message, then drops its journal copy (kept before its receipt; whatsapp/received-journal.ts). */
  const handleAndForget = async (deviceId: number, sock: WASocket | null, msg: WAMessage, type: string) => {
    await handleMessage(deviceId, sock, msg, type);
    sessions.received.forget(deviceId, msg.key);
  };

  function attach(deviceId: number, sock: WASocket) {
    sock.ev.on('messages.upsert', ({ messages, type }) => {
      for (const msg of messages) void enqueue(deviceId, () => handleAndForget(deviceId, sock, msg, type));
    });
    sock.ev.on('messages.update', (updates) => {
      void enqueue(deviceId, async () => {
        for (const update of updates) {
          const change = applyMessageUpdate(db, deviceId, update);
          if (!change) continue;
          events.emit('inbox.message', {
            deviceId,
            chatId: change.row.chatId,
            messageId: change.row.id,
            kind: 'update',
          });
          for (const hook of onChange) hook(deviceId, change);
        }
      });
    });
    // Group receipts come per member; the first delivery/read of anyone moves our message forward.
    sock.ev.on('message-receipt.update', (receipts) => {
      void enqueue(deviceId, async () => {
        for (const { key, receipt } of receipts) {
          const status = receipt.readTimestamp ? 4 : receipt.receiptTimestamp ? 3 : null;
          if (!status) continue;
          const change = applyMessageUpdate(db, deviceId, { key, update: { status } });
          if (!change) continue;
          events.emit('inbox.message', {
            deviceId,
            chatId: change.row.chatId,
            messageId: change.row.id,
            kind: 'update',
          });
          for (const hook of onChange) hook(deviceId, change);
        }
      });
    });
    sock.ev.on('lid-mapping.update', ({ lid, pn }) => learnLid(lid, digits(pn)));
    const learnContacts = (
      contacts: Array<{ id?: string; lid?: string; phoneNumber?: string; name?: string; notify?: string }>,
    ) => {
      for (const contact of contacts) {
        const ids = [contact.id, contact.lid, contact.phoneNumber].filter((id): id is string => !!id);
        const lid = ids.find((id) => id.endsWith('@lid'));
        const pn = ids.find((id) => id.endsWith('@s.whatsapp.net'));
        if (lid && pn) learnLid(lid, digits(pn));
        const name = contact.name ?? contact.notify;
        if (pn && contact.name) setChatName(db, deviceId, pn, contact.name);
        else if (pn && name) nameChatIfUnnamed(db, deviceId, pn, name);
      }
    };
    sock.ev.on('contacts.upsert', learnContacts);
    sock.ev.on('contacts.update', learnContacts);
    sock.ev.on('messaging-history.set', ({ contacts, lidPnMappings }) => {
      for (const { lid, pn } of lidPnMappings ?? []) learnLid(lid, digits(pn));
      learnContacts(contacts);
    });
  }

  return {
    /** Register before sessions start (createCore does). */
    start(): () => void {
      // What the last run decrypted (and receipted) but had not stored when it stopped.
      for (const { deviceId, msg, upsertType } of sessions.received.leftOver())
        void enqueue(deviceId, () => handleAndForget(deviceId, null, msg, upsertType));
      return sessions.onSocket(attach);
    },
    /** Runs inside the message's transaction. */
    inTransaction(hook: InTransactionHook) {
      inTransaction.push(hook);
    },
    afterStore(hook: AfterStoreHook) {
      afterStore.push(hook);
    },
    onChange(hook: ChangeHook) {
      onChange.push(hook);
    },
    /** Waits for every queued message of every device (tests). */
    async settled(): Promise<void> {
      await Promise.all(queues.values());
    },
    /** Feed one Baileys message directly (tests, benchmarks). */
    handleMessage,
    /** The options of a menu just sent to a chat (numbered text menu, poll, buttons). */
    rememberChoices(deviceId: number, chatJid: string, choices: Choice[]) {
      menus.remember(deviceId, chatJid, choices);
    },
  };
}

export type InboundPipeline = ReturnType<typeof createInboundPipeline>;
