// A companion device linked to a phone: its keys as uploaded, its live connection and queued offline stanzas.
// Like WhatsApp's offline queue, a message or receipt stays the server's until the device acks it: one sent on a
// connection that dies before the ack is queued again and redelivered at the next login, marked `offline`
// (Baileys upserts such messages as type 'append': Socket/messages-recv.js handleMessage; whatsmeow reads the
// same attribute in message.go). Acks are matched as Baileys builds them (Utils/stanza-ack.js).
import type { BinaryNode } from '@whiskeysockets/baileys';
import type { DeviceConnection } from './connection.js';

export interface UploadedSignedPreKey {
  id: number;
  public: Buffer;
  signature: Buffer;
}

export interface LinkedDevice {
  /** Phone number (PN user) of the owning account. */
  number: string;
  lid: string;
  id: number;
  platform: string;
  noiseKey: Buffer;
  identityKey: Buffer;
  registrationId: number;
  signedPreKey: UploadedSignedPreKey;
  preKeys: Map<number, Buffer>;
  connection?: DeviceConnection;
  /** Stanzas for the device while it is offline; delivered before `<ib><offline/>` on the next login. */
  pending: BinaryNode[];
  linkedAt: number;
  /** Whether the phone already sent this device its (empty) initial history sync. */
  historySynced?: boolean;
}

export const deviceJid = (d: Pick<LinkedDevice, 'number' | 'id'>) => `${d.number}:${d.id}@s.whatsapp.net`;
export const deviceLidJid = (d: Pick<LinkedDevice, 'lid' | 'id'>) => `${d.lid}:${d.id}@lid`;

/** Stanzas the server keeps until the device acks them. */
const HELD_UNTIL_ACK = new Set(['message', 'receipt']);

const ackKey = (tag: string, id: string, peer: string | undefined, attrs: Record<string, string>) =>
  [tag, id, peer ?? '', attrs.participant ?? '', attrs.type ?? ''].join('|');

/** The key of a stanza held for the device, as its ack will name it. */
export const ackKeyOfNode = (node: BinaryNode) =>
  ackKey(node.tag, node.attrs.id, node.attrs.from, node.attrs);

/** The key an ack from the device (`<ack class id to participant type>`) settles. */
export const ackKeyOfAck = (ack: BinaryNode) =>
  ackKey(ack.attrs.class, ack.attrs.id, ack.attrs.to, ack.attrs);

/** Sends to the live connection (held until acked), or queues for the next login. */
export function deliverToDevice(device: LinkedDevice, node: BinaryNode) {
  const conn = device.connection;
  if (conn && !conn.closed) {
    if (HELD_UNTIL_ACK.has(node.tag)) conn.unacked.set(ackKeyOfNode(node), node);
    return conn.sendNode(node);
  }
  device.pending.push(node);
  return Promise.resolve();
}

/**
 * A device's receipt for a message settles it like an ack: Baileys answers a message it decrypted with a receipt
 * only (no <ack>; Socket/messages-recv.js handleMessage), which real WhatsApp accepts as delivered.
 */
export function settleByReceipt(conn: DeviceConnection, messageId: string) {
  const prefix = `message|${messageId}|`;
  for (const key of conn.unacked.keys()) if (key.startsWith(prefix)) conn.unacked.delete(key);
}

/** A closed connection's unacked stanzas go back to the front of the device's queue (or to its new connection). */
export function requeueUnacked(device: LinkedDevice, conn: DeviceConnection) {
  const back = [...conn.unacked.values()];
  conn.unacked.clear();
  if (!back.length) return;
  if (device.connection && !device.connection.closed) {
    for (const node of back) void deliverToDevice(device, markOffline(node));
  } else device.pending.unshift(...back);
}

/** What the offline queue delivers carries `offline`, as WhatsApp marks it. */
export const markOffline = (node: BinaryNode): BinaryNode =>
  HELD_UNTIL_ACK.has(node.tag) ? { ...node, attrs: { ...node.attrs, offline: '1' } } : node;
