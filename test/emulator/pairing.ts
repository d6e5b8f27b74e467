// Linking companions: QR refs, pairing-code (link_code_companion_reg) exchange, pair-success and the 515 restart.
import { randomBytes } from 'node:crypto';
import {
  aesDecryptCTR,
  aesDecryptGCM,
  aesEncryptCTR,
  type BinaryNode,
  Curve,
  derivePairingCodeKey,
  getBinaryNodeChild,
  getBinaryNodeChildBuffer,
  hkdf,
  hmacSign,
  proto,
  WA_ADV_ACCOUNT_SIG_PREFIX,
} from '@whiskeysockets/baileys';
import type { DeviceConnection } from './connection.js';
import { S_WHATSAPP_NET, unixNow } from './context.js';
import type { LinkedDevice } from './linked-device.js';
import type { Phone } from './phone.js';
import { refreshRegistration } from './reg-refresh.js';

interface PendingLink {
  conn: DeviceConnection;
  pairingData: proto.ClientPayload.IDevicePairingRegistrationData;
  platform: string;
  /** regRefresh: companion_reg_refresh was sent for this link already (once per link). */
  refreshed?: boolean;
  /** Pairing-code flow only. */
  code?: { companionWrappedPub: Buffer; ref: string; finish?: (node: BinaryNode) => void };
}

const STALE_QR = "Couldn't link device: the QR code shows an adv secret that companion_reg_refresh retired";

let idCounter = 0;
const nextId = () => `emu-${Date.now().toString(36)}-${++idCounter}`;

const PLATFORM_NAMES: Record<string, string> = {
  '1': 'chrome',
  '2': 'edge',
  '3': 'firefox',
  '6': 'safari',
  '7': 'electron',
  '8': 'uwp',
};

export class PairingBook {
  /**
   * Send `companion_reg_refresh` after the first scan of a link and require its ack, as WhatsApp does; it retires
   * the adv secret of the QR just scanned (reg-refresh.ts): that scan fails ("Couldn't link device"), so does any
   * scan of a QR still showing a retired secret, and only a QR drawn with a new secret links.
   */
  regRefresh = false;
  private readonly retiredSecrets = new Set<string>();
  private readonly byRef = new Map<string, PendingLink>();
  private readonly byNumber = new Map<string, PendingLink>();

  /** Unregistered client connected: send `pair-device` with six refs (Baileys shows one QR per ref). */
  async offerQr(conn: DeviceConnection, pairingData: proto.ClientPayload.IDevicePairingRegistrationData) {
    const pending: PendingLink = { conn, pairingData, platform: 'chrome' };
    const refs = Array.from({ length: 6 }, () => `2@${randomBytes(24).toString('base64')}`);
    for (const ref of refs) this.byRef.set(ref, pending);
    const reply = await conn.query({
      tag: 'iq',
      attrs: { from: S_WHATSAPP_NET, type: 'set', id: nextId(), xmlns: 'md' },
      content: [
        {
          tag: 'pair-device',
          attrs: {},
          content: refs.map((ref) => ({ tag: 'ref', attrs: {}, content: Buffer.from(ref) })),
        },
      ],
    });
    return reply;
  }

  forget(conn: DeviceConnection) {
    for (const [ref, p] of this.byRef) if (p.conn === conn) this.byRef.delete(ref);
    for (const [n, p] of this.byNumber) if (p.conn === conn) this.byNumber.delete(n);
  }

  /** The phone "scans" a QR string: https://wa.me/settings/linked_devices#ref,noiseB64,identityB64,advB64,platform */
  async linkByQr(phone: Phone, qr: string): Promise<LinkedDevice> {
    const [ref, noiseB64, identityB64, advB64, platformId] = qr.slice(qr.indexOf('#') + 1).split(',');
    const pending = this.byRef.get(ref);
    if (!pending || pending.conn.closed) throw new Error('QR code is unknown or expired');
    if (!pending.conn.noiseKey?.equals(Buffer.from(noiseB64, 'base64')))
      throw new Error('QR noise key does not match the connection');
    if (!Buffer.from(pending.pairingData.eIdent ?? []).equals(Buffer.from(identityB64, 'base64'))) {
      throw new Error('QR identity key does not match the registration');
    }
    pending.platform = PLATFORM_NAMES[platformId] ?? 'chrome';
    if (this.retiredSecrets.has(advB64)) throw new Error(STALE_QR);
    if (this.regRefresh && !pending.refreshed) {
      pending.refreshed = true;
      await refreshRegistration(pending.conn);
      this.retiredSecrets.add(advB64);
      throw new Error(STALE_QR);
    }
    return this.completeLink(phone, pending, Buffer.from(advB64, 'base64'));
  }

  /** Companion asked for a pairing code (stage companion_hello): remember it under the phone number. */
  onCompanionHello(
    conn: DeviceConnection,
    reg: BinaryNode,
    pairingData: proto.ClientPayload.IDevicePairingRegistrationData | undefined,
  ): BinaryNode {
    const number = (reg.attrs.jid ?? '').split('@')[0].split(':')[0];
    const ref = randomBytes(16).toString('hex');
    const wrapped = getBinaryNodeChildBuffer(reg, 'link_code_pairing_wrapped_companion_ephemeral_pub');
    if (!wrapped || !pairingData) throw new Error('companion_hello without ephemeral key or registration');
    const platformId = getBinaryNodeChild(reg, 'companion_platform_id')?.content?.toString() ?? '1';
    this.byNumber.set(number, {
      conn,
      pairingData,
      platform: PLATFORM_NAMES[platformId] ?? 'chrome',
      code: { companionWrappedPub: Buffer.from(wrapped), ref },
    });
    return {
      tag: 'link_code_companion_reg',
      attrs: {},
      content: [{ tag: 'link_code_pairing_ref', attrs: {}, content: Buffer.from(ref) }],
    };
  }

  /** Companion answered our primary_hello (stage companion_finish). */
  onCompanionFinish(conn: DeviceConnection, reg: BinaryNode) {
    const ref = getBinaryNodeChildBuffer(reg, 'link_code_pairing_ref')?.toString();
    for (const p of this.byNumber.values()) if (p.conn === conn && p.code?.ref === ref) p.code?.finish?.(reg);
  }

  /** The phone user types the code shown by the companion. */
  async linkByCode(phone: Phone, typedCode: string): Promise<LinkedDevice> {
    const code = typedCode.replace(/[^0-9A-Za-z]/g, '').toUpperCase();
    // The companion's hello may still be in flight when the code is typed (requestPairingCode does not await it).
    for (let waited = 0; !this.byNumber.has(phone.number) && waited < 5000; waited += 20) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const pending = this.byNumber.get(phone.number);
    if (!pending?.code || pending.conn.closed)
      throw new Error(`no companion is waiting for a pairing code for ${phone.number}`);
    const wrapped = pending.code.companionWrappedPub;
    const companionEphemeral = aesDecryptCTR(
      wrapped.subarray(48, 80),
      await derivePairingCodeKey(code, wrapped.subarray(0, 32)),
      wrapped.subarray(32, 48),
    );
    const primaryEphemeral = Curve.generateKeyPair();
    const salt = randomBytes(32);
    const iv = randomBytes(16);
    const wrappedPrimary = Buffer.concat([
      salt,
      iv,
      aesEncryptCTR(primaryEphemeral.public, await derivePairingCodeKey(code, salt), iv),
    ]);
    const finished = new Promise<BinaryNode>((resolve, reject) => {
      pending.code!.finish = resolve;
      setTimeout(() => reject(new Error('companion did not finish code pairing')), 20_000).unref();
    });
    finished.catch(() => undefined); // observed below; avoids an unhandled rejection if sending fails first
    await pending.conn.sendNode({
      tag: 'notification',
      attrs: { from: S_WHATSAPP_NET, type: 'link_code_companion_reg', id: nextId(), t: unixNow() },
      content: [
        {
          tag: 'link_code_companion_reg',
          attrs: { stage: 'primary_hello' },
          content: [
            { tag: 'link_code_pairing_ref', attrs: {}, content: Buffer.from(pending.code.ref) },
            {
              tag: 'primary_identity_pub',
              attrs: {},
              content: phone.identity.creds.signedIdentityKey.public,
            },
            { tag: 'link_code_pairing_wrapped_primary_ephemeral_pub', attrs: {}, content: wrappedPrimary },
          ],
        },
      ],
    });
    const finish = await finished;
    const bundle = getBinaryNodeChildBuffer(finish, 'link_code_pairing_wrapped_key_bundle')!;
    const companionIdentity = getBinaryNodeChildBuffer(finish, 'companion_identity_public')!;
    const ephemeralShared = Curve.sharedKey(primaryEphemeral.private, companionEphemeral);
    const bundleKey = hkdf(ephemeralShared, 32, {
      salt: bundle.subarray(0, 32),
      info: 'link_code_pairing_key_bundle_encryption_key',
    });
    const plain = aesDecryptGCM(bundle.subarray(44), bundleKey, bundle.subarray(32, 44), Buffer.alloc(0));
    const random = plain.subarray(64, 96);
    const identityShared = Curve.sharedKey(phone.identity.creds.signedIdentityKey.private, companionIdentity);
    const advSecret = Buffer.from(
      hkdf(Buffer.concat([ephemeralShared, identityShared, random]), 32, { info: 'adv_secret' }),
    );
    this.byNumber.delete(phone.number);
    return this.completeLink(phone, pending, advSecret);
  }

  /** Signs the device into the phone's account (ADV), sends pair-success, awaits pair-device-sign, then 515. */
  private async completeLink(phone: Phone, pending: PendingLink, advSecret: Buffer): Promise<LinkedDevice> {
    this.forget(pending.conn);
    const data = pending.pairingData;
    const device: LinkedDevice = {
      number: phone.number,
      lid: phone.lid,
      id: phone.nextDeviceId++,
      platform: pending.platform,
      noiseKey: pending.conn.noiseKey!,
      identityKey: Buffer.from(data.eIdent!),
      registrationId: Buffer.from(data.eRegid!).readUInt32BE(0),
      signedPreKey: {
        id: Buffer.from(data.eSkeyId!).readUIntBE(0, 3),
        public: Buffer.from(data.eSkeyVal!),
        signature: Buffer.from(data.eSkeySig!),
      },
      preKeys: new Map(),
      pending: [],
      linkedAt: Date.now(),
    };
    const account = phone.identity.creds.signedIdentityKey;
    const deviceDetails = proto.ADVDeviceIdentity.encode({
      rawId: randomBytes(4).readUInt32BE(0),
      timestamp: Math.floor(Date.now() / 1000),
      keyIndex: 1,
    }).finish();
    const accountSignature = Curve.sign(
      account.private,
      Buffer.concat([WA_ADV_ACCOUNT_SIG_PREFIX, deviceDetails, device.identityKey]),
    );
    const details = proto.ADVSignedDeviceIdentity.encode({
      details: deviceDetails,
      accountSignatureKey: account.public,
      accountSignature,
    }).finish();
    const identityHmac = proto.ADVSignedDeviceIdentityHMAC.encode({
      details,
      hmac: hmacSign(details, advSecret),
    }).finish();
    const reply = await pending.conn.query({
      tag: 'iq',
      attrs: { from: S_WHATSAPP_NET, type: 'set', id: nextId(), t: unixNow(), xmlns: 'md' },
      content: [
        {
          tag: 'pair-success',
          attrs: {},
          content: [
            { tag: 'device-identity', attrs: { 'key-index': '1' }, content: identityHmac },
            { tag: 'platform', attrs: { name: 'android' } },
            {
              tag: 'device',
              attrs: {
                jid: `${phone.number}:${device.id}@s.whatsapp.net`,
                lid: `${phone.lid}:${device.id}@lid`,
              },
            },
          ],
        },
      ],
    });
    if (!getBinaryNodeChild(reply, 'pair-device-sign')) throw new Error('companion rejected pair-success');
    phone.devices.set(device.id, device);
    await pending.conn.sendStreamErrorAndClose('515');
    return device;
  }
}
