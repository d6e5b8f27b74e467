// Groups: registry, the `<group>` metadata node, w:g2 IQs and the create notification to members' devices.
import { randomInt } from 'node:crypto';
import { type BinaryNode, getBinaryNodeChild, getBinaryNodeChildren } from '@whiskeysockets/baileys';
import { type EmulatorContext, unixNow } from './context.js';
import { deliverToDevice } from './linked-device.js';

export interface GroupParticipant {
  number: string;
  admin?: 'admin' | 'superadmin';
}

export type AddressingMode = 'pn' | 'lid';

export interface Group {
  jid: string;
  /** 'lid' groups list members by LID (how WhatsApp creates groups today); 'pn' by phone number. */
  addressingMode: AddressingMode;
  subject: string;
  creator: string;
  creation: number;
  participants: GroupParticipant[];
}

/** Sender attributes of a group stanza in the group's addressing mode. */
export function groupSenderAttrs(
  group: Group | undefined,
  pnJid: string,
  lidJid: string,
): Record<string, string> {
  return group?.addressingMode === 'lid'
    ? { participant: lidJid, participant_pn: pnJid, addressing_mode: 'lid' }
    : { participant: pnJid, participant_lid: lidJid, addressing_mode: 'pn' };
}

const digitsOf = (jidOrNumber: string) => jidOrNumber.split('@')[0].split(':')[0].replace(/\D/g, '');

export class GroupRegistry {
  private readonly groups = new Map<string, Group>();
  constructor(private readonly ctx: () => EmulatorContext) {}

  get(jid: string) {
    return this.groups.get(jid);
  }

  /** Phone number behind a number, PN jid or LID jid. */
  private numberOf(jidOrNumber: string) {
    return jidOrNumber.endsWith('@lid')
      ? (this.ctx().phones.resolve(jidOrNumber)?.number ?? '')
      : digitsOf(jidOrNumber);
  }
  list() {
    return [...this.groups.values()];
  }

  /** Creates a group; `participants` are numbers or jids; the creator becomes superadmin. */
  async create(
    subject: string,
    participants: string[],
    creator?: string,
    addressingMode: AddressingMode = 'pn',
  ): Promise<Group> {
    const numbers = [...new Set(participants.map((p) => this.numberOf(p)))];
    const owner = creator ? this.numberOf(creator) : numbers[0];
    if (!owner) throw new Error('a group needs at least one participant');
    if (!numbers.includes(owner)) numbers.unshift(owner);
    for (const n of numbers) if (!this.ctx().phones.resolve(n)) throw new Error(`${n} is not on WhatsApp`);
    const jid = `120363${String(randomInt(1e9, 1e10 - 1))}${String(randomInt(1e5, 1e6 - 1))}@g.us`;
    const group: Group = {
      jid,
      subject,
      addressingMode,
      creator: owner,
      creation: Math.floor(Date.now() / 1000),
      participants: numbers.map((n) => ({ number: n, admin: n === owner ? 'superadmin' : undefined })),
    };
    this.groups.set(jid, group);
    await this.notifyMembers(group, { tag: 'create', attrs: {}, content: [this.toNode(group)] });
    return group;
  }

  /** Puts back a group from saved state. */
  restore(group: Group) {
    this.groups.set(group.jid, group);
  }

  toNode(group: Group): BinaryNode {
    const phones = this.ctx().phones;
    const lid = group.addressingMode === 'lid';
    const pnOf = (n: string) => `${n}@s.whatsapp.net`;
    const lidOf = (n: string) => phones.get(n)?.lidJid ?? pnOf(n);
    const creator: Record<string, string> = lid
      ? {
          s_o: lidOf(group.creator),
          s_o_pn: pnOf(group.creator),
          creator: lidOf(group.creator),
          creator_pn: pnOf(group.creator),
        }
      : { s_o: pnOf(group.creator), creator: pnOf(group.creator) };
    return {
      tag: 'group',
      attrs: {
        id: group.jid.split('@')[0],
        subject: group.subject,
        s_t: String(group.creation),
        creation: String(group.creation),
        ...creator,
        addressing_mode: group.addressingMode,
        size: String(group.participants.length),
      },
      content: group.participants.map((p) => ({
        tag: 'participant',
        attrs: {
          ...(lid
            ? { jid: lidOf(p.number), phone_number: pnOf(p.number) }
            : { jid: pnOf(p.number), lid: lidOf(p.number) }),
          ...(p.admin ? { type: p.admin } : {}),
        },
      })),
    };
  }

  private async notifyMembers(group: Group, child: BinaryNode) {
    const phones = this.ctx().phones;
    for (const p of group.participants) {
      for (const device of phones.get(p.number)?.devices.values() ?? []) {
        await deliverToDevice(device, {
          tag: 'notification',
          attrs: {
            from: group.jid,
            type: 'w:gp2',
            id: `gp2-${Date.now()}-${randomInt(1e6)}`,
            t: unixNow(),
            participant:
              group.addressingMode === 'lid'
                ? (phones.get(group.creator)?.lidJid ?? '')
                : `${group.creator}@s.whatsapp.net`,
          },
          content: [child],
        });
      }
    }
  }

  /** Answers a w:g2 iq from a device of account `number`; returns the result content. */
  async answerIq(iq: BinaryNode, number: string): Promise<BinaryNode[] | undefined> {
    const [child] = (iq.content as BinaryNode[] | undefined) ?? [];
    const group = this.groups.get(iq.attrs.to);
    switch (child?.tag) {
      case 'query':
        if (!group) throw Object.assign(new Error('item-not-found'), { code: 404 });
        return [this.toNode(group)];
      case 'participating':
        return [
          {
            tag: 'groups',
            attrs: {},
            content: this.list()
              .filter((g) => g.participants.some((p) => p.number === number))
              .map((g) => this.toNode(g)),
          },
        ];
      case 'create': {
        const members = getBinaryNodeChildren(child, 'participant').map((p) => p.attrs.jid);
        // Groups created from a companion get LID addressing, as WhatsApp does today.
        const created = await this.create(child.attrs.subject ?? '', members, number, 'lid');
        return [this.toNode(created)];
      }
      case 'invite':
        if (!group) throw Object.assign(new Error('item-not-found'), { code: 404 });
        // Stable per group, like a real invite link until it is revoked.
        return [
          { tag: 'invite', attrs: { code: Buffer.from(group.jid).toString('base64url').slice(0, 22) } },
        ];
      case 'subject':
        if (group) group.subject = child.content?.toString() ?? group.subject;
        return undefined;
      case 'leave': {
        const id = getBinaryNodeChild(child, 'group')?.attrs.id;
        const left = id ? this.groups.get(id.includes('@') ? id : `${id}@g.us`) : undefined;
        if (left) left.participants = left.participants.filter((p) => p.number !== number);
        return undefined;
      }
      case 'add':
      case 'remove':
      case 'promote':
      case 'demote': {
        if (!group) throw Object.assign(new Error('item-not-found'), { code: 404 });
        const jids = getBinaryNodeChildren(child, 'participant').map((p) => p.attrs.jid);
        for (const jid of jids) {
          const n = this.numberOf(jid);
          if (child.tag === 'add' && !group.participants.some((p) => p.number === n))
            group.participants.push({ number: n });
          if (child.tag === 'remove') group.participants = group.participants.filter((p) => p.number !== n);
          const member = group.participants.find((p) => p.number === n);
          if (member && child.tag === 'promote') member.admin = 'admin';
          if (member && child.tag === 'demote') member.admin = undefined;
        }
        return [
          {
            tag: child.tag,
            attrs: {},
            content: jids.map((jid) => ({ tag: 'participant', attrs: { jid, type: '200' } })),
          },
        ];
      }
      default:
        return undefined;
    }
  }
}
