// What the server does with a NACK (`<ack class="message" error=…>`): the device said it failed, so the message
// stays pending; at every (re)connect it is streamed first, and while it is pending the rest of the offline queue
// (and the `<ib><offline>` that ends it) is withheld. Reported from a real account in Baileys PR #2779: one
// undecryptable status posted while the companion was offline froze all inbound delivery, and a plain ack
// released it. Baileys rc14 NACKs (NACK_REASONS.UnhandledError) every message it cannot decrypt after its retry
// receipt (Socket/messages-recv.js handleMessage). Whether real servers hold back for NACKs of other chats than
// status is not observable here; the emulator does it for any NACKed message.
import { type BinaryNode } from '@whiskeysockets/baileys';
import type { DeviceConnection } from './connection.js';
import { unixNow } from './context.js';
import {
  ackKeyOfAck,
  ackKeyOfNode,
  deliverToDevice,
  type LinkedDevice,
  markOffline,
} from './linked-device.js';
import type { Phone } from './phone.js';

const nackedOf = new WeakMap<LinkedDevice, Set<string>>();
const heldOf = new WeakMap<LinkedDevice, BinaryNode[]>();
const answeredOf = new WeakMap<LinkedDevice, Set<string>>();

/** An ack from the device: a NACKed message stays unacked (requeued first at reconnect); an ack releases. */
export async function onDeviceAck(conn: DeviceConnection, ack: BinaryNode) {
  const key = ackKeyOfAck(ack);
  const device = conn.device;
  if (device && ack.attrs.class === 'message') {
    if (!answeredOf.has(device)) answeredOf.set(device, new Set());
    answeredOf.get(device)!.add(ack.attrs.id);
  }
  if (device && ack.attrs.error && ack.attrs.class === 'message' && conn.unacked.has(key)) {
    if (!nackedOf.has(device)) nackedOf.set(device, new Set());
    nackedOf.get(device)!.add(key);
    return;
  }
  conn.unacked.delete(key);
  if (!device || !nackedOf.get(device)?.delete(key)) return;
  const held = heldOf.get(device);
  if (!held) return;
  heldOf.delete(device);
  await flushOfflineQueue(device, held);
}

/** Delivers a login's offline queue, or only its NACKed head while that stays pending. */
export async function flushOfflineQueue(device: LinkedDevice, pending: BinaryNode[]) {
  const nacked = nackedOf.get(device);
  if (pending.length && nacked?.has(ackKeyOfNode(pending[0]))) {
    heldOf.set(device, pending.slice(1));
    await deliverToDevice(device, markOffline(pending[0]));
    return;
  }
  for (const node of pending) await deliverToDevice(device, markOffline(node));
  await device.connection?.sendNode({
    tag: 'ib',
    attrs: { from: 's.whatsapp.net' },
    content: [{ tag: 'offline', attrs: { count: String(pending.length) } }],
  });
}

/**
 * A status post from `author` that the viewer's devices cannot decrypt: its sender key never reached them (as
 * for a status posted while the companion was offline), so Baileys fails with no sender key and NACKs it.
 */
export async function deliverUndecryptableStatus(author: Phone, viewer: Phone, id: string) {
  for (const device of viewer.devices.values())
    await deliverToDevice(device, {
      tag: 'message',
      attrs: { from: 'status@broadcast', participant: author.jid, id, type: 'text', t: unixNow() },
      content: [{ tag: 'enc', attrs: { v: '2', type: 'skmsg' }, content: Buffer.from(id.repeat(4)) }],
    });
}

/** Ids of the messages a device NACKed that are still pending (for tests). */
export const nackedIds = (device: LinkedDevice): string[] =>
  [...(nackedOf.get(device) ?? [])].map((key) => key.split('|')[1]);

/** Ids of the messages a device answered with an ack or a NACK (for tests to wait on). */
export const answeredIds = (device: LinkedDevice): string[] => [...(answeredOf.get(device) ?? [])];
