// usync answers: device lists (+ key-index), LIDs, and contact existence ("not on WhatsApp" for unknown numbers).
import { type BinaryNode, getBinaryNodeChild, getBinaryNodeChildren } from '@whiskeysockets/baileys';
import type { EmulatorContext } from './context.js';
import type { Phone } from './phone.js';

const deviceList = (phone: Phone): BinaryNode => ({
  tag: 'devices',
  attrs: {},
  content: [
    {
      tag: 'device-list',
      attrs: {},
      content: [
        { tag: 'device', attrs: { id: '0' } },
        // Companions need key-index or Baileys' extractDeviceJids drops them.
        ...[...phone.devices.values()].map((d) => ({
          tag: 'device',
          attrs: { id: String(d.id), 'key-index': '1' },
        })),
      ],
    },
  ],
});

function answerUser(ctx: EmulatorContext, user: BinaryNode, protocols: string[]): BinaryNode {
  const contact = getBinaryNodeChild(user, 'contact');
  const phoneQuery = contact?.content ? contact.content.toString() : undefined;
  const jid = user.attrs.jid ?? (phoneQuery ? `${phoneQuery.replace(/\D/g, '')}@s.whatsapp.net` : '');
  const phone = ctx.phones.resolve(jid);
  const content: BinaryNode[] = [];
  for (const protocol of protocols) {
    if (protocol === 'contact') content.push({ tag: 'contact', attrs: { type: phone ? 'in' : 'out' } });
    if (!phone) continue;
    if (protocol === 'devices') content.push(deviceList(phone));
    if (protocol === 'lid') content.push({ tag: 'lid', attrs: { val: phone.lidJid } });
    if (protocol === 'status')
      content.push({
        tag: 'status',
        attrs: { t: '0' },
        content: Buffer.from('Hey there! I am using WhatsApp.'),
      });
    if (protocol === 'disappearing_mode')
      content.push({ tag: 'disappearing_mode', attrs: { duration: '0', t: '0' } });
  }
  const resultJid = phone && !jid.endsWith('@lid') ? phone.jid : jid;
  return { tag: 'user', attrs: { jid: resultJid }, content };
}

export function answerUsync(ctx: EmulatorContext, iq: BinaryNode): BinaryNode {
  const usync = getBinaryNodeChild(iq, 'usync')!;
  const protocols =
    (getBinaryNodeChild(usync, 'query')?.content as BinaryNode[] | undefined)?.map((n) => n.tag) ?? [];
  const users = getBinaryNodeChildren(getBinaryNodeChild(usync, 'list'), 'user');
  return {
    tag: 'usync',
    attrs: {
      sid: usync.attrs.sid ?? '',
      index: '0',
      last: 'true',
      mode: usync.attrs.mode ?? 'query',
      context: usync.attrs.context ?? 'interactive',
    },
    content: [
      { tag: 'result', attrs: {}, content: protocols.map((p) => ({ tag: p, attrs: {} })) },
      { tag: 'list', attrs: {}, content: users.map((u) => answerUser(ctx, u, protocols)) },
    ],
  };
}
