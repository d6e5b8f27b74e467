// Voice/video call offers from phones (signalling only, no media): companions see `call` events and may reject.
import { randomBytes } from 'node:crypto';
import { type BinaryNode, getAllBinaryNodeChildren } from '@whiskeysockets/baileys';
import type { DeviceConnection } from './connection.js';
import { type EmulatorContext, unixNow } from './context.js';
import { deliverToDevice } from './linked-device.js';
import type { Phone } from './phone.js';

export interface PhoneCall {
  id: string;
  to: string;
  video: boolean;
  status: 'ringing' | 'rejected' | 'ended';
  /** Device that rejected the call, if any. */
  rejectedBy?: string;
}

const callStanza = (phone: Phone, child: BinaryNode): BinaryNode => ({
  tag: 'call',
  attrs: {
    from: phone.jid,
    id: randomBytes(8).toString('hex').toUpperCase(),
    t: unixNow(),
    notify: phone.name,
  },
  content: [child],
});

/** Rings every linked device of `to`. */
export async function startCall(
  ctx: EmulatorContext,
  phone: Phone,
  to: string,
  video: boolean,
): Promise<PhoneCall> {
  const target = ctx.phones.resolve(to);
  if (!target) throw new Error(`${to} is not on WhatsApp`);
  const call: PhoneCall = {
    id: randomBytes(16).toString('hex').toUpperCase(),
    to: target.jid,
    video,
    status: 'ringing',
  };
  phone.calls.push(call);
  const offer: BinaryNode = {
    tag: 'offer',
    attrs: { 'call-id': call.id, 'call-creator': phone.jid, caller_pn: phone.jid },
    content: [
      { tag: 'audio', attrs: { enc: 'opus', rate: '16000' } },
      ...(video ? [{ tag: 'video', attrs: { enc: 'vp8', dec: 'vp8' } }] : []),
    ],
  };
  for (const device of target.devices.values()) await deliverToDevice(device, callStanza(phone, offer));
  return call;
}

/** The caller hangs up. */
export async function endCall(ctx: EmulatorContext, phone: Phone, callId: string) {
  const call = phone.calls.find((c) => c.id === callId);
  if (!call) throw new Error(`no call ${callId}`);
  call.status = 'ended';
  const terminate: BinaryNode = { tag: 'terminate', attrs: { 'call-id': callId, 'call-creator': phone.jid } };
  for (const device of ctx.phones.resolve(call.to)?.devices.values() ?? []) {
    await deliverToDevice(device, callStanza(phone, terminate));
  }
}

/** `<call>` from a companion (Baileys' rejectCall waits for the server's ack with the same id). */
export async function routeDeviceCall(ctx: EmulatorContext, conn: DeviceConnection, node: BinaryNode) {
  const [child] = getAllBinaryNodeChildren(node);
  await conn.sendNode({
    tag: 'ack',
    attrs: {
      class: 'call',
      id: node.attrs.id,
      from: node.attrs.to ?? '',
      ...(child ? { type: child.tag } : {}),
    },
  });
  if (child?.tag !== 'reject') return;
  const caller = ctx.phones.resolve(child.attrs['call-creator'] ?? node.attrs.to ?? '');
  const call = caller?.calls.find((c) => c.id === child.attrs['call-id']);
  if (call) {
    call.status = 'rejected';
    call.rejectedBy = conn.device ? `${conn.device.number}:${conn.device.id}@s.whatsapp.net` : undefined;
  }
}
