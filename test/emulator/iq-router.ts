// Answers the IQs Baileys sends after login (prekeys, props, privacy, media_conn, usync, groups, md…).
import {
  type BinaryNode,
  getBinaryNodeChild,
  getBinaryNodeChildBuffer,
  getBinaryNodeChildren,
} from '@whiskeysockets/baileys';
import type { DeviceConnection } from './connection.js';
import { type EmulatorContext, S_WHATSAPP_NET } from './context.js';
import { deviceJid, type LinkedDevice } from './linked-device.js';
import { answerAppStateSync, sendInitialHistorySync } from './history-sync.js';
import { makePreKeyBundleNode } from './signal-identity.js';
import { answerUsync } from './usync.js';

type Content = BinaryNode[] | undefined;

const result = (iq: BinaryNode, content?: Content): BinaryNode => ({
  tag: 'iq',
  attrs: { from: iq.attrs.to ?? S_WHATSAPP_NET, type: 'result', id: iq.attrs.id },
  content,
});
const errorReply = (iq: BinaryNode, code: number, text: string): BinaryNode => ({
  tag: 'iq',
  attrs: { from: iq.attrs.to ?? S_WHATSAPP_NET, type: 'error', id: iq.attrs.id },
  content: [{ tag: 'error', attrs: { code: String(code), text } }],
});

const PRIVACY = ['readreceipts', 'last', 'online', 'profile', 'status', 'groupadd', 'calladd', 'messages'];

function storeUploadedPreKeys(device: LinkedDevice, iq: BinaryNode) {
  for (const key of getBinaryNodeChildren(getBinaryNodeChild(iq, 'list'), 'key')) {
    const id = getBinaryNodeChildBuffer(key, 'id');
    const value = getBinaryNodeChildBuffer(key, 'value');
    if (id && value) device.preKeys.set(Buffer.from(id).readUIntBE(0, id.length), Buffer.from(value));
  }
  const skey = getBinaryNodeChild(iq, 'skey') ?? getBinaryNodeChild(getBinaryNodeChild(iq, 'rotate'), 'skey');
  if (skey) {
    const id = getBinaryNodeChildBuffer(skey, 'id')!;
    device.signedPreKey = {
      id: Buffer.from(id).readUIntBE(0, id.length),
      public: Buffer.from(getBinaryNodeChildBuffer(skey, 'value')!),
      signature: Buffer.from(getBinaryNodeChildBuffer(skey, 'signature')!),
    };
  }
}

function deviceBundle(device: LinkedDevice, jid: string): BinaryNode {
  const [preKeyId, preKeyPub] = device.preKeys.entries().next().value ?? [];
  if (preKeyId !== undefined) device.preKeys.delete(preKeyId);
  const u24 = (n: number) => Buffer.from([(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff]);
  const reg = Buffer.alloc(4);
  reg.writeUInt32BE(device.registrationId);
  return {
    tag: 'user',
    attrs: { jid },
    content: [
      { tag: 'registration', attrs: {}, content: reg },
      { tag: 'type', attrs: {}, content: Buffer.from([5]) },
      { tag: 'identity', attrs: {}, content: device.identityKey },
      {
        tag: 'skey',
        attrs: {},
        content: [
          { tag: 'id', attrs: {}, content: u24(device.signedPreKey.id) },
          { tag: 'value', attrs: {}, content: device.signedPreKey.public },
          { tag: 'signature', attrs: {}, content: device.signedPreKey.signature },
        ],
      },
      ...(preKeyPub
        ? [
            {
              tag: 'key',
              attrs: {},
              content: [
                { tag: 'id', attrs: {}, content: u24(preKeyId!) },
                { tag: 'value', attrs: {}, content: preKeyPub },
              ],
            },
          ]
        : []),
    ],
  };
}

async function answerKeyFetch(ctx: EmulatorContext, iq: BinaryNode): Promise<Content> {
  const users: BinaryNode[] = [];
  for (const user of getBinaryNodeChildren(getBinaryNodeChild(iq, 'key'), 'user')) {
    const jid = user.attrs.jid;
    const target = ctx.phones.resolveDevice(jid);
    if (!target) continue;
    users.push(
      target.device
        ? deviceBundle(target.device, jid)
        : await makePreKeyBundleNode(target.phone.identity, jid),
    );
  }
  return [{ tag: 'list', attrs: {}, content: users }];
}

async function answerEncrypt(ctx: EmulatorContext, device: LinkedDevice, iq: BinaryNode): Promise<Content> {
  const [child] = (iq.content as BinaryNode[] | undefined) ?? [];
  if (iq.attrs.type === 'set') {
    storeUploadedPreKeys(device, iq);
    // First prekey upload = first login: now the phone can open a session and send the history sync.
    const phone = ctx.phones.get(device.number);
    if (phone && !device.historySynced && device.preKeys.size) {
      device.historySynced = true;
      setTimeout(() => {
        const contacts = ctx.phones.list().filter((p) => p !== phone);
        sendInitialHistorySync(phone, device, contacts).catch((err) =>
          ctx.faults.recordError(`history sync: ${err.message}`),
        );
      }, 0);
    }
    return undefined;
  }
  switch (child?.tag) {
    case 'count':
      return [{ tag: 'count', attrs: { value: String(device.preKeys.size) } }];
    case 'digest':
      return [{ tag: 'digest', attrs: {} }];
    case 'key':
      return answerKeyFetch(ctx, iq);
    default:
      return undefined;
  }
}

async function answerMd(ctx: EmulatorContext, conn: DeviceConnection, iq: BinaryNode): Promise<Content> {
  const reg = getBinaryNodeChild(iq, 'link_code_companion_reg');
  if (reg?.attrs.stage === 'companion_hello')
    return [ctx.pairings.onCompanionHello(conn, reg, conn.pairingData)];
  if (reg?.attrs.stage === 'companion_finish') {
    ctx.pairings.onCompanionFinish(conn, reg);
    return undefined;
  }
  const remove = getBinaryNodeChild(iq, 'remove-companion-device');
  if (remove && conn.device) {
    const phone = ctx.phones.get(conn.device.number);
    const target = ctx.phones.resolveDevice(remove.attrs.jid ?? deviceJid(conn.device));
    if (phone && target?.device) phone.devices.delete(target.device.id);
  }
  return undefined;
}

/** Answers one iq from a device; results for server-initiated queries go back to their waiter. */
export async function routeIq(ctx: EmulatorContext, conn: DeviceConnection, iq: BinaryNode) {
  if (iq.attrs.type === 'result' || iq.attrs.type === 'error') {
    conn.resolveReply(iq);
    return;
  }
  const device = conn.device;
  const xmlns = iq.attrs.xmlns ?? '';
  ctx.stats.iq[xmlns] = (ctx.stats.iq[xmlns] ?? 0) + 1;
  try {
    let content: Content;
    switch (iq.attrs.xmlns) {
      case 'md':
        content = await answerMd(ctx, conn, iq);
        break;
      case 'encrypt':
        content = device ? await answerEncrypt(ctx, device, iq) : undefined;
        break;
      case 'usync':
        content = [answerUsync(ctx, iq)];
        break;
      case 'w:m':
        content = [
          {
            tag: 'media_conn',
            attrs: { auth: 'emulator-auth', ttl: '3600', auth_ttl: '3600', max_buckets: '12' },
            content: [
              { tag: 'host', attrs: { hostname: ctx.media.host, maxContentLengthBytes: '104857600' } },
            ],
          },
        ];
        break;
      case 'privacy':
        for (const token of getBinaryNodeChildren(getBinaryNodeChild(iq, 'tokens'), 'token'))
          ctx.stats.privacyTokens[token.attrs.jid] = (ctx.stats.privacyTokens[token.attrs.jid] ?? 0) + 1;
        content =
          iq.attrs.type === 'get'
            ? [
                {
                  tag: 'privacy',
                  attrs: {},
                  content: PRIVACY.map((name) => ({ tag: 'category', attrs: { name, value: 'all' } })),
                },
              ]
            : undefined;
        break;
      case 'blocklist':
        content = [{ tag: 'list', attrs: {} }];
        break;
      case 'abt':
        content = [{ tag: 'props', attrs: { protocol: '1', hash: 'emulator' } }];
        break;
      case 'w:sync:app:state':
        content = answerAppStateSync(iq, ctx.faults.stuckAppState);
        break;
      case 'w:mex':
        content = device ? ctx.phones.get(device.number)?.restrictions.answerMex(iq) : undefined;
        break;
      case 'w:g2':
        content = device ? await ctx.groups.answerIq(iq, device.number) : undefined;
        break;
      default:
        content = undefined;
    }
    await conn.sendNode(result(iq, content));
  } catch (err) {
    const code = (err as { code?: number }).code ?? 500;
    // A refusal WhatsApp gives on purpose (group-changes.ts iqRefusal) is no fault of the emulator.
    if (!(err as { expected?: boolean }).expected)
      ctx.faults.recordError(`iq ${iq.attrs.xmlns} failed: ${(err as Error).message}`);
    await conn.sendNode(errorReply(iq, code, (err as Error).message));
  }
}
