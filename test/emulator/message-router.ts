// Routes a `<message>` a linked device sent: server ack, then each `<to>` to a phone (decrypt) or a companion (forward).
import { type BinaryNode, getBinaryNodeChild, getBinaryNodeChildren } from '@whiskeysockets/baileys';
import type { DeviceConnection } from './connection.js';
import { type EmulatorContext, unixNow } from './context.js';
import { type Group, groupSenderAttrs } from './groups.js';
import {
  deliverToDevice,
  deviceJid,
  deviceLidJid,
  type LinkedDevice,
  settleByReceipt,
} from './linked-device.js';
import type { Phone } from './phone.js';
import { type PhoneDelivery, receiveOnPhone } from './phone-receive.js';
import { refusalForMovedContact } from './lid-migration.js';
import { resendOnRetry } from './retry.js';
import { isStatusBroadcast } from './status-broadcast.js';

const encChildren = (node: BinaryNode) => getBinaryNodeChildren(node, 'enc');

export async function routeDeviceMessage(ctx: EmulatorContext, conn: DeviceConnection, stanza: BinaryNode) {
  const sender = conn.device!;
  const { id, to } = stanza.attrs;
  ctx.stats.messages++;
  // Peer stanzas (app-state key requests etc.) are the client talking to its own phone, never rate-limited.
  if (stanza.attrs.category !== 'peer' && ctx.faults.consumeRateLimit()) {
    // Delayed like a real round trip: Baileys folds an update that lands within ~100 ms of its own upsert
    // of the sent message into that upsert, and no messages.update would be emitted.
    setTimeout(() => {
      void conn.sendNode({
        tag: 'ack',
        attrs: { class: 'message', id, from: to, t: unixNow(), error: '429' },
      });
    }, 150);
    return;
  }
  // A new chat of a restricted account is refused like the 429 above (restrictions.ts).
  const refusal =
    stanza.attrs.category !== 'peer'
      ? (ctx.phones.get(sender.number)?.restrictions.judgeSend(to) ?? refusalForMovedContact(ctx, to))
      : null;
  if (refusal) {
    setTimeout(() => {
      void conn.sendNode({
        tag: 'ack',
        attrs: { class: 'message', id, from: to, t: unixNow(), error: refusal },
      });
    }, 150);
    return;
  }
  await conn.sendNode({ tag: 'ack', attrs: { class: 'message', id, from: to, t: unixNow() } });
  // A status post fans out like a group message, to its `<to>` list only (status-broadcast.ts).
  const group = to.endsWith('@g.us') || isStatusBroadcast(to) ? to : undefined;
  const groupInfo = group ? ctx.groups.get(group) : undefined;
  const skmsg = encChildren(stanza).find((e) => e.attrs.type === 'skmsg');
  const recipients = getBinaryNodeChildren(getBinaryNodeChild(stanza, 'participants'), 'to').map((n) => ({
    jid: n.attrs.jid,
    enc: getBinaryNodeChild(n, 'enc'),
  }));
  // category=peer and retry resends carry a single <enc> addressed by the stanza's `to`.
  const direct = encChildren(stanza).find((e) => e.attrs.type !== 'skmsg');
  if (direct && !group) recipients.push({ jid: to, enc: direct });

  const phonesDone = new Set<Phone>();
  const work: Promise<unknown>[] = [];
  for (const { jid, enc } of recipients) {
    const target = ctx.phones.resolveDevice(jid);
    if (!target) continue;
    if (target.deviceId === 0) {
      phonesDone.add(target.phone);
      work.push(deliverToPhone(ctx, target.phone, { stanza, sender, enc, skmsg, group }));
    } else if (target.device && target.device !== sender) {
      work.push(forwardToDevice(target.device, stanza, sender, enc, skmsg, group, groupInfo));
    }
  }
  // Group members that already hold our sender key get no <to>; they still read the skmsg.
  if (group && skmsg) {
    for (const p of ctx.groups.get(group)?.participants ?? []) {
      const phone = ctx.phones.get(p.number);
      if (!phone) continue;
      if (!phonesDone.has(phone)) work.push(deliverToPhone(ctx, phone, { stanza, sender, skmsg, group }));
      for (const device of phone.devices.values()) {
        if (
          device !== sender &&
          !recipients.some((r) => r.jid === deviceJid(device) || r.jid === deviceLidJid(device))
        ) {
          work.push(forwardToDevice(device, stanza, sender, undefined, skmsg, group, groupInfo));
        }
      }
    }
  }
  await Promise.all(work);
}

async function deliverToPhone(ctx: EmulatorContext, phone: Phone, d: PhoneDelivery) {
  if (!phone.online) {
    phone.offlineInbox.push(d);
    return;
  }
  try {
    await receiveOnPhone(ctx, phone, d);
  } catch (err) {
    ctx.faults.recordError(
      `phone ${phone.number} failed to read ${d.stanza.attrs.id}: ${(err as Error).message}`,
    );
  }
}

/** Server fan-out to another companion: it sees the message from the sender device. */
function forwardToDevice(
  device: LinkedDevice,
  stanza: BinaryNode,
  sender: LinkedDevice,
  enc: BinaryNode | undefined,
  skmsg: BinaryNode | undefined,
  group?: string,
  groupInfo?: Group,
) {
  const content = [enc, skmsg].filter((n): n is BinaryNode => !!n);
  if (!content.length) return Promise.resolve();
  const base = { id: stanza.attrs.id, t: unixNow(), type: stanza.attrs.type ?? 'text' };
  const attrs: Record<string, string> = group
    ? {
        ...base,
        from: group,
        ...groupSenderAttrs(groupInfo, deviceJid(sender), deviceLidJid(sender)),
      }
    : { ...base, from: deviceJid(sender), sender_lid: deviceLidJid(sender) };
  if (!group && device.number === sender.number) attrs.recipient = stanza.attrs.to;
  return deliverToDevice(device, { tag: 'message', attrs, content: [...content, ...extraNodesOf(stanza)] });
}

const extraNodesOf = (stanza: BinaryNode) =>
  Array.isArray(stanza.content)
    ? stanza.content.filter((n) => !['participants', 'enc', 'device-identity'].includes(n.tag))
    : [];

/** Receipts from companions for messages phones sent. */
export async function routeDeviceReceipt(ctx: EmulatorContext, conn: DeviceConnection, receipt: BinaryNode) {
  const { id, to, type } = receipt.attrs;
  await conn.sendNode({ tag: 'ack', attrs: { class: 'receipt', id, from: to, ...(type ? { type } : {}) } });
  // A media re-upload request goes to the device's own account: its phone answers (media-retry.ts).
  if (type === 'server-error') return ctx.mediaRetries.answer(conn, receipt);
  const addressee = to?.endsWith('@g.us') ? receipt.attrs.participant : to;
  const phone = addressee ? ctx.phones.resolve(addressee) : undefined;
  const ids = [
    id,
    ...getBinaryNodeChildren(getBinaryNodeChild(receipt, 'list'), 'item').map((i) => i.attrs.id),
  ];
  const from = conn.device ? deviceJid(conn.device) : 'unknown';
  for (const messageId of ids) {
    // A retry receipt says the device could not decrypt it: the message stays pending until its ack (or NACK).
    if (type !== 'retry') settleByReceipt(conn, messageId);
    phone?.recordReceipt({ id: messageId, from, type: type ?? 'delivery', at: Date.now() });
  }
  if (type === 'retry' && phone && conn.device) {
    // Not awaited: the resend goes out on this same connection's queue.
    resendOnRetry(ctx, phone, conn.device, receipt).catch((err) =>
      ctx.faults.recordError(`retry: ${err.message}`),
    );
  }
}
