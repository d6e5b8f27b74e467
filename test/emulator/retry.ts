// Retry receipts: a companion could not decrypt a phone's message, so the phone rebuilds the session
// (from the keys in the receipt, else an uploaded prekey) and sends the same message id again.
import { type BinaryNode, getBinaryNodeChild, getBinaryNodeChildBuffer } from '@whiskeysockets/baileys';
import type { EmulatorContext } from './context.js';
import { deviceLidJid, type LinkedDevice } from './linked-device.js';
import type { Phone } from './phone.js';
import { sendFromPhone } from './phone-send.js';

const readId = (buf?: Uint8Array) => (buf ? Buffer.from(buf).readUIntBE(0, buf.length) : undefined);

/** Applies the fresh bundle a retry receipt may carry (identity, signed prekey, one prekey). */
function applyRetryKeys(device: LinkedDevice, keys: BinaryNode) {
  const identity = getBinaryNodeChildBuffer(keys, 'identity');
  if (identity) device.identityKey = Buffer.from(identity);
  const skey = getBinaryNodeChild(keys, 'skey');
  const skeyId = readId(getBinaryNodeChildBuffer(skey, 'id'));
  if (skey && skeyId !== undefined) {
    device.signedPreKey = {
      id: skeyId,
      public: Buffer.from(getBinaryNodeChildBuffer(skey, 'value')!),
      signature: Buffer.from(getBinaryNodeChildBuffer(skey, 'signature')!),
    };
  }
  const key = getBinaryNodeChild(keys, 'key');
  const keyId = readId(getBinaryNodeChildBuffer(key, 'id'));
  const value = getBinaryNodeChildBuffer(key, 'value');
  if (keyId !== undefined && value)
    device.preKeys = new Map([[keyId, Buffer.from(value)], ...device.preKeys]);
}

export async function resendOnRetry(
  ctx: EmulatorContext,
  phone: Phone,
  device: LinkedDevice,
  receipt: BinaryNode,
) {
  const sent = phone.findSent(receipt.attrs.id);
  if (!sent) return;
  const keys = getBinaryNodeChild(receipt, 'keys');
  if (keys) applyRetryKeys(device, keys);
  await phone.identity.repo.deleteSession([deviceLidJid(device)]);
  if (sent.to.endsWith('@g.us')) phone.forgetSenderKey(sent.to, device);
  await sendFromPhone(ctx, phone, sent.to, sent.message, {
    ...sent.opts,
    id: receipt.attrs.id,
    devices: [device],
  });
}
