// An emulated phone: the primary device of an account, with its own Signal identity, inbox and send helpers.
import { randomBytes } from 'node:crypto';
import { type BinaryNode, proto } from '@whiskeysockets/baileys';
import { endCall, type PhoneCall, startCall } from './calls.js';
import type { EmulatorContext } from './context.js';
import type { ReceivedMessage } from './decode-content.js';
import {
  type AudioInput,
  buildAudio,
  buildDocument,
  buildImage,
  buildPollVote,
  buildVideo,
  type DocumentInput,
  type ImageInput,
  type VideoInput,
} from './inbound-content.js';
import type { LinkedDevice } from './linked-device.js';
import {
  type ButtonReply,
  buttonReplyMessage,
  editMessage,
  type ListReply,
  listReplyMessage,
  type LocationInput,
  locationMessage,
  type NativeFlowReply,
  nativeFlowReplyMessage,
  reactionMessage,
  revokeMessage,
  textMessage,
} from './phone-messages.js';
import { markRead, type PhoneDelivery, receiveOnPhone } from './phone-receive.js';
import { sendFromPhone, type SendOptions, type SendResult } from './phone-send.js';
import { decodeQrInput } from './qr-input.js';
import { AccountRestrictions } from './restrictions.js';
import { createSignalIdentity } from './signal-identity.js';

export interface PollVoteOptions extends SendOptions {
  /** Which jid of each side the vote is signed with (default: what WhatsApp does for this addressing). */
  voteAs?: { creator: 'pn' | 'lid'; voter: 'pn' | 'lid' };
}

export interface PhoneReceipt {
  id: string;
  from: string;
  type: string;
  at: number;
}

type Listener = (m: ReceivedMessage) => void;

export interface SentRecord {
  to: string;
  message: proto.IMessage;
  opts: SendOptions;
}

export class Phone {
  /** Replaced wholesale when saved state is loaded. */
  identity = createSignalIdentity();
  readonly devices = new Map<number, LinkedDevice>();
  nextDeviceId = 1;
  /** Messages other accounts sent to this phone (decrypted and decoded). */
  readonly messages: ReceivedMessage[] = [];
  /** Copies of what this account's linked devices sent (deviceSentMessage / own group messages). */
  readonly sentByDevices: ReceivedMessage[] = [];
  /** Receipts linked devices sent for messages from this phone. */
  readonly receipts: PhoneReceipt[] = [];
  /** When true the phone answers every received message with a read receipt after the delivery receipt. */
  sendReadReceipts = false;
  /** An offline phone holds what it is sent (no decryption, no receipts) until it comes back online. */
  online = true;
  readonly offlineInbox: PhoneDelivery[] = [];
  /** Calls this phone placed, with what the linked devices did about them. */
  readonly calls: PhoneCall[] = [];
  /** Moved to LID by WhatsApp: sends to this phone's PN jid are refused with 463 (lid-migration.ts). */
  movedToLid = false;
  /** Delay before the delivery/read receipts, like a phone's round trip (Baileys folds faster ones into its upsert). */
  receiptDelayMs = 150;
  /** Group sender keys already distributed, as `group|deviceJid`. */
  readonly senderKeySent = new Set<string>();
  private accountRestrictions?: AccountRestrictions;
  private readonly listeners = new Set<Listener>();
  /** Recently sent messages by id, kept so a retry receipt can be answered (bounded). */
  private readonly sent = new Map<string, SentRecord>();

  constructor(
    private readonly ctx: () => EmulatorContext,
    readonly number: string,
    readonly lid: string,
    public name: string,
  ) {}

  get jid() {
    return `${this.number}@s.whatsapp.net`;
  }
  get lidJid() {
    return `${this.lid}@lid`;
  }
  /** Timelock, new-chat cap and 463 answers of this account (restrictions.ts). */
  get restrictions() {
    return (this.accountRestrictions ??= new AccountRestrictions(this.ctx, this));
  }

  /** Scans a QR shown by a companion: the raw string or a PNG data URL. */
  scanQr(qrStringOrPngDataUrl: string): Promise<LinkedDevice> {
    return this.ctx().pairings.linkByQr(this, decodeQrInput(qrStringOrPngDataUrl));
  }

  /** Enters the 8-character code a companion displayed after requestPairingCode(number). */
  linkWithPairingCode(code: string): Promise<LinkedDevice> {
    return this.ctx().pairings.linkByCode(this, code);
  }

  /** Takes the phone off the network (messages wait, no delivery receipts) or back on (it reads them now). */
  async setOnline(online: boolean) {
    this.online = online;
    while (online && this.offlineInbox.length) {
      const delivery = this.offlineInbox.shift()!;
      await receiveOnPhone(this.ctx(), this, delivery).catch((err) =>
        this.ctx().faults.recordError(
          `phone ${this.number} failed to read ${delivery.stanza.attrs.id}: ${err.message}`,
        ),
      );
    }
  }

  /** The user opens the chat: a read receipt for that message goes to the sending device. */
  markRead(message: ReceivedMessage) {
    return markRead(this.ctx(), this, message);
  }

  /** Removes a linked device (all when no id), like "Log out" in the phone's Linked devices list. */
  async logoutDevice(deviceId?: number) {
    const ids = deviceId === undefined ? [...this.devices.keys()] : [deviceId];
    for (const id of ids) {
      const device = this.devices.get(id);
      if (!device) continue;
      this.devices.delete(id);
      await device.connection?.sendStreamErrorAndClose('401', {
        tag: 'conflict',
        attrs: { type: 'device_removed' },
      });
    }
  }

  record(message: ReceivedMessage) {
    (message.fromMe ? this.sentByDevices : this.messages).push(message);
    for (const l of this.listeners) l(message);
  }

  rememberSent(id: string, record: SentRecord) {
    this.sent.set(id, record);
    if (this.sent.size > 5000) this.sent.delete(this.sent.keys().next().value!);
  }

  /** Makes the next group send include a fresh sender-key distribution for this device. */
  forgetSenderKey(groupJid: string, device: LinkedDevice) {
    this.senderKeySent.delete(`${groupJid}|${device.number}:${device.id}@s.whatsapp.net`);
  }

  findSent(id: string) {
    return this.sent.get(id);
  }

  recordReceipt(receipt: PhoneReceipt) {
    this.receipts.push(receipt);
  }

  /** Resolves with the first receipt (already recorded or future) a linked device sent for this phone's messages. */
  async waitForReceipt(predicate: (r: PhoneReceipt) => boolean, timeoutMs = 10_000): Promise<PhoneReceipt> {
    const started = Date.now();
    for (;;) {
      const found = this.receipts.find(predicate);
      if (found) return found;
      if (Date.now() - started > timeoutMs)
        throw new Error(`phone ${this.number}: no matching receipt within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Resolves with the first received message (already stored or future) that matches. */
  waitForMessage(
    predicate: (m: ReceivedMessage) => boolean = () => true,
    timeoutMs = 10_000,
    opts: { fromMe?: boolean } = {},
  ): Promise<ReceivedMessage> {
    const existing = (opts.fromMe ? this.sentByDevices : this.messages).find(predicate);
    if (existing) return Promise.resolve(existing);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.listeners.delete(listener);
        reject(new Error(`phone ${this.number}: no matching message within ${timeoutMs} ms`));
      }, timeoutMs);
      const listener: Listener = (m) => {
        if (!!m.fromMe !== !!opts.fromMe || !predicate(m)) return;
        clearTimeout(timer);
        this.listeners.delete(listener);
        resolve(m);
      };
      this.listeners.add(listener);
    });
  }

  /** Sends any proto.Message; `to` is a PN/LID jid, a bare number or a group jid. */
  sendMessage(to: string, message: proto.IMessage, opts: SendOptions = {}): Promise<SendResult> {
    return sendFromPhone(this.ctx(), this, to, message, opts);
  }

  sendText(to: string, text: string, opts: SendOptions & { quotedId?: string } = {}) {
    return this.sendMessage(to, textMessage(to, text, opts.quotedId), opts);
  }

  async sendImage(to: string, image: ImageInput, opts: SendOptions = {}) {
    return this.sendMessage(to, await buildImage(this.ctx().media, image), opts);
  }

  async sendDocument(to: string, doc: DocumentInput, opts: SendOptions = {}) {
    return this.sendMessage(to, await buildDocument(this.ctx().media, doc), opts);
  }

  /** Voice note by default (`ptt: true`); pass `ptt: false` for an audio file. */
  async sendAudio(to: string, audio: AudioInput, opts: SendOptions = {}) {
    return this.sendMessage(to, await buildAudio(this.ctx().media, audio), opts);
  }

  async sendVideo(to: string, video: VideoInput, opts: SendOptions = {}) {
    return this.sendMessage(to, await buildVideo(this.ctx().media, video), opts);
  }

  sendLocation(to: string, location: LocationInput, opts: SendOptions = {}) {
    return this.sendMessage(to, locationMessage(location), opts);
  }

  /** Reacts to a message the linked device sent to this phone (empty text removes the reaction). */
  sendReaction(to: string, target: ReceivedMessage, text: string, opts: SendOptions = {}) {
    return this.sendMessage(to, reactionMessage(target, text), opts);
  }

  /** Edits a text this phone sent earlier (what the app sees as a MESSAGE_EDIT protocol message). */
  editMessage(to: string, messageId: string, text: string, opts: SendOptions = {}) {
    return this.sendMessage(to, editMessage(to, messageId, text), opts);
  }

  /** Deletes for everyone a message this phone sent earlier (REVOKE). */
  deleteMessage(to: string, messageId: string, opts: SendOptions = {}) {
    return this.sendMessage(to, revokeMessage(to, messageId), opts);
  }

  /** Rings the linked devices of `to` (signalling only); they may reject it. */
  call(to: string, opts: { video?: boolean } = {}): Promise<PhoneCall> {
    return startCall(this.ctx(), this, to, !!opts.video);
  }

  hangUp(callId: string) {
    return endCall(this.ctx(), this, callId);
  }

  /** Typing indicator ("composing") or "paused" to every linked device of `to`. */
  async sendTyping(to: string, state: 'composing' | 'paused' = 'composing') {
    const target = this.ctx().phones.resolve(to);
    for (const device of target?.devices.values() ?? []) {
      await device.connection?.sendNode({
        tag: 'chatstate',
        attrs: { from: this.jid },
        content: [{ tag: state, attrs: {} }],
      });
    }
  }

  sendButtonReply(to: string, reply: ButtonReply, opts: SendOptions = {}) {
    return this.sendMessage(to, buttonReplyMessage(reply), opts);
  }

  sendListReply(to: string, reply: ListReply, opts: SendOptions = {}) {
    return this.sendMessage(to, listReplyMessage(reply), opts);
  }

  /** Reply to an interactiveMessage nativeFlow button (e.g. quick_reply: params {id}). */
  sendNativeFlowReply(to: string, reply: NativeFlowReply, opts: SendOptions = {}) {
    return this.sendMessage(to, nativeFlowReplyMessage(reply), opts);
  }

  /**
   * Votes on a poll this phone received; options are option names. Sent from the LID (`fromLid`), the vote is
   * signed as WhatsApp does in a LID chat: creator LID with voter PN, or voter LID too when the PN is hidden
   * (inbound-content.ts buildPollVote); `voteAs` forces a combination.
   */
  sendPollVote(to: string, poll: ReceivedMessage, options: string[], opts: PollVoteOptions = {}) {
    const creator = this.ctx().phones.get(poll.from.split(':')[0].split('@')[0]);
    const as: PollVoteOptions['voteAs'] =
      opts.voteAs ?? (opts.fromLid ? { creator: 'lid', voter: opts.hidePn ? 'lid' : 'pn' } : undefined);
    const jids = as && {
      creator:
        as.creator === 'lid' && creator
          ? creator.lidJid
          : `${poll.from.split(':')[0].split('@')[0]}@s.whatsapp.net`,
      voter: as.voter === 'lid' ? this.lidJid : this.jid,
    };
    return this.sendMessage(to, buildPollVote(this, poll, options, jids), opts);
  }

  /** Stanza id helper shared by sends. */
  static newMessageId() {
    return `3EB0${randomBytes(10).toString('hex').toUpperCase()}`;
  }

  /** JSON-safe view for the control API. */
  toJSON() {
    return {
      number: this.number,
      name: this.name,
      jid: this.jid,
      lid: this.lidJid,
      devices: [...this.devices.values()].map((d) => ({
        id: d.id,
        jid: `${d.number}:${d.id}@s.whatsapp.net`,
        platform: d.platform,
        online: !!d.connection && !d.connection.closed,
        preKeys: d.preKeys.size,
      })),
      messageCount: this.messages.length,
    };
  }
}

export type { BinaryNode };
