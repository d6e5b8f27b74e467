// Phone → linked devices: Signal-encrypt a proto.Message for every companion of the target account (or group).
import { type BinaryNode, encodeWAMessage, generateSignalPubKey, proto } from '@whiskeysockets/baileys';
import type { EmulatorContext } from './context.js';
import { unixNow } from './context.js';
import { groupSenderAttrs } from './groups.js';
import { deliverToDevice, deviceJid, deviceLidJid, type LinkedDevice } from './linked-device.js';
import { Phone } from './phone.js';

export interface SendOptions {
  id?: string;
  /** Address the stanza from the phone's @lid instead of its phone number. */
  fromLid?: boolean;
  /** With fromLid: no `sender_pn` either, as for a user WhatsApp shows only by LID (username). */
  hidePn?: boolean;
  /** Only these companions (default: every linked device of the target account). */
  devices?: LinkedDevice[];
  /** Extra stanza attributes, e.g. `category: 'peer'` for history sync notifications. */
  attrs?: Record<string, string>;
}

export interface SendResult {
  id: string;
  /** Device jids the message was delivered or queued to. */
  devices: string[];
}

const sessionLocks = new WeakMap<Phone, Map<string, Promise<void>>>();

/** Opens a Signal session from the phone to a device using one of the device's uploaded prekeys (once). */
export async function ensureSession(phone: Phone, device: LinkedDevice) {
  const address = deviceLidJid(device);
  let locks = sessionLocks.get(phone);
  if (!locks) sessionLocks.set(phone, (locks = new Map()));
  const inFlight = locks.get(address);
  if (inFlight) return inFlight;
  const work = (async () => {
    if ((await phone.identity.repo.validateSession(address)).exists) return;
    const [preKeyId, preKeyPub] = device.preKeys.entries().next().value ?? [];
    if (preKeyId !== undefined) device.preKeys.delete(preKeyId);
    await phone.identity.repo.injectE2ESession({
      jid: address,
      session: {
        registrationId: device.registrationId,
        identityKey: generateSignalPubKey(device.identityKey),
        signedPreKey: {
          keyId: device.signedPreKey.id,
          publicKey: generateSignalPubKey(device.signedPreKey.public),
          signature: device.signedPreKey.signature,
        },
        preKey: preKeyPub ? { keyId: preKeyId!, publicKey: generateSignalPubKey(preKeyPub) } : undefined,
      } as Parameters<typeof phone.identity.repo.injectE2ESession>[0]['session'],
    });
  })();
  locks.set(address, work);
  try {
    await work;
  } finally {
    locks.delete(address);
  }
}

async function encryptFor(phone: Phone, device: LinkedDevice, message: proto.IMessage): Promise<BinaryNode> {
  await ensureSession(phone, device);
  const { type, ciphertext } = await phone.identity.repo.encryptMessage({
    jid: deviceLidJid(device),
    data: encodeWAMessage(message),
  });
  return { tag: 'enc', attrs: { v: '2', type }, content: ciphertext };
}

const stanzaType = (m: proto.IMessage) =>
  m.imageMessage || m.videoMessage || m.audioMessage || m.documentMessage || m.stickerMessage
    ? 'media'
    : m.pollUpdateMessage
      ? 'poll'
      : 'text';

export async function sendFromPhone(
  ctx: EmulatorContext,
  phone: Phone,
  to: string,
  message: proto.IMessage,
  opts: SendOptions,
): Promise<SendResult> {
  const id = opts.id ?? Phone.newMessageId();
  phone.rememberSent(id, { to, message, opts });
  if (to.endsWith('@g.us')) return sendGroupFromPhone(ctx, phone, to, message, id, opts.devices);
  const target = ctx.phones.resolve(to);
  if (!target) throw new Error(`${to} is not on WhatsApp`);
  target.restrictions.noteContactWrote(phone.number);
  const addressing: Record<string, string> = opts.fromLid
    ? opts.hidePn
      ? { from: phone.lidJid, addressing_mode: 'lid' }
      : { from: phone.lidJid, sender_pn: phone.jid, addressing_mode: 'lid' }
    : { from: phone.jid, sender_lid: phone.lidJid };
  const devices = opts.devices ?? [...target.devices.values()];
  await Promise.all(
    devices.map(async (device) => {
      const enc = await encryptFor(phone, device, message);
      await deliverToDevice(device, {
        tag: 'message',
        attrs: {
          ...addressing,
          id,
          t: unixNow(),
          type: stanzaType(message),
          notify: phone.name,
          ...opts.attrs,
        },
        content: [enc],
      });
    }),
  );
  return { id, devices: devices.map(deviceJid) };
}

/** Group send with sender keys: skmsg for everyone, plus a pairwise SKDM for devices that lack our key. */
async function sendGroupFromPhone(
  ctx: EmulatorContext,
  phone: Phone,
  groupJid: string,
  message: proto.IMessage,
  id: string,
  only?: LinkedDevice[],
): Promise<SendResult> {
  const group = ctx.groups.get(groupJid);
  if (!group) throw new Error(`unknown group ${groupJid}`);
  if (!group.participants.some((p) => p.number === phone.number))
    throw new Error(`${phone.number} is not in ${groupJid}`);
  const repo = phone.identity.repo;
  const { ciphertext, senderKeyDistributionMessage } = await repo.encryptGroupMessage({
    group: groupJid,
    meId: phone.jid,
    data: encodeWAMessage(message),
  });
  const devices =
    only ??
    group.participants
      .filter((p) => p.number !== phone.number)
      .flatMap((p) => [...(ctx.phones.get(p.number)?.devices.values() ?? [])]);
  await Promise.all(
    devices.map(async (device) => {
      const content: BinaryNode[] = [];
      const keyTag = `${groupJid}|${deviceJid(device)}`;
      if (!phone.senderKeySent.has(keyTag)) {
        content.push(
          await encryptFor(phone, device, {
            senderKeyDistributionMessage: {
              groupId: groupJid,
              axolotlSenderKeyDistributionMessage: senderKeyDistributionMessage,
            },
          }),
        );
        phone.senderKeySent.add(keyTag);
      }
      content.push({ tag: 'enc', attrs: { v: '2', type: 'skmsg' }, content: ciphertext });
      await deliverToDevice(device, {
        tag: 'message',
        attrs: {
          from: groupJid,
          ...groupSenderAttrs(group, phone.jid, phone.lidJid),
          id,
          t: unixNow(),
          type: stanzaType(message),
          notify: phone.name,
        },
        content,
      });
    }),
  );
  return { id, devices: devices.map(deviceJid) };
}
