// Groups: registry, the `<group>` metadata node, w:g2 IQs and the create notification to members' devices.
import { randomInt } from 'node:crypto';
import { type BinaryNode, getBinaryNodeChild, getBinaryNodeChildren } from '@whiskeysockets/baileys';
import { type EmulatorContext, unixNow } from './context.js';
import {
  applyParticipants,
  inviteCodeOf,
  iqRefusal,
  participantNodes,
  requireAdmin,
  requireInfoEditor,
  type ParticipantAction,
} from './group-changes.js';
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
  description?: string;
  /** false: every member may edit subject/description (WhatsApp's "Edit group info: all"); default locked. */
  restrict?: boolean;
  /** LID group whose member list carries no phone_number (numbers hidden from this account). */
  hidePhoneNumbers?: boolean;
  inviteCode?: string;
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

  /** How often each group's metadata was queried (a send with cachedGroupMetadata asks none). */
  readonly metadataQueries = new Map<string, number>();
  /** Each add/remove/promote/demote request as it came: action and how many participants (pacing checks). */
  readonly participantRequests: Array<{ jid: string; action: string; count: number }> = [];

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
    options: { hidePhoneNumbers?: boolean } = {},
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
      ...options,
      creator: owner,
      creation: Math.floor(Date.now() / 1000),
      participants: numbers.map((n) => ({ number: n, admin: n === owner ? 'superadmin' : undefined })),
    };
    this.groups.set(jid, group);
    await this.notifyMembers(group, { tag: 'create', attrs: {}, content: [this.toNode(group)] });
    return group;
  }

  /** A member's own change from their phone (an admin adding, promoting…), told to every member as w:gp2. */
  async changeBy(actor: string, jid: string, action: ParticipantAction, numbers: string[]) {
    const group = this.groups.get(jid);
    if (!group) throw new Error(`no group ${jid}`);
    requireAdmin(group, actor);
    const changed = numbers.filter((_, i) => applyParticipants(group, action, numbers)[i] === '200');
    const lidOf = (n: string) => this.ctx().phones.get(n)?.lidJid ?? `${n}@s.whatsapp.net`;
    await this.notifyMembers(
      group,
      { tag: action, attrs: {}, content: participantNodes(group, changed, lidOf) },
      actor,
      action === 'remove' ? changed : [],
    );
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
      content: [
        ...(group.description
          ? [
              {
                tag: 'description',
                attrs: { id: 'desc' },
                content: [{ tag: 'body', attrs: {}, content: Buffer.from(group.description) }],
              },
            ]
          : []),
        ...group.participants.map((p) => ({
          tag: 'participant',
          attrs: {
            ...(lid
              ? { jid: lidOf(p.number), ...(group.hidePhoneNumbers ? {} : { phone_number: pnOf(p.number) }) }
              : { jid: pnOf(p.number), lid: lidOf(p.number) }),
            ...(p.admin ? { type: p.admin } : {}),
          },
        })),
      ],
    };
  }

  /** A change by `actor` (number) to every member's devices, the removed ones included (`also`). */
  async notifyChange(group: Group, child: BinaryNode, actor: string, also: string[] = []) {
    await this.notifyMembers(group, child, actor, also);
  }

  private async notifyMembers(group: Group, child: BinaryNode, actor = group.creator, also: string[] = []) {
    const phones = this.ctx().phones;
    const numbers = [...new Set([...group.participants.map((p) => p.number), ...also])];
    for (const n of numbers) {
      for (const device of phones.get(n)?.devices.values() ?? []) {
        await deliverToDevice(device, {
          tag: 'notification',
          attrs: {
            from: group.jid,
            type: 'w:gp2',
            id: `gp2-${Date.now()}-${randomInt(1e6)}`,
            t: unixNow(),
            participant:
              group.addressingMode === 'lid' ? (phones.get(actor)?.lidJid ?? '') : `${actor}@s.whatsapp.net`,
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
        this.metadataQueries.set(group.jid, (this.metadataQueries.get(group.jid) ?? 0) + 1);
        // A number no longer in the group may not read it (what the app sees after it was removed).
        if (!group.participants.some((p) => p.number === number)) throw iqRefusal(403, 'forbidden');
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
      case 'invite': {
        if (!group) throw Object.assign(new Error('item-not-found'), { code: 404 });
        requireAdmin(group, number);
        const revoke = iq.attrs.type === 'set';
        const code = inviteCodeOf(group, revoke);
        if (revoke) await this.notifyMembers(group, { tag: 'invite', attrs: { code } }, number);
        return [{ tag: 'invite', attrs: { code } }];
      }
      case 'subject':
        if (!group) throw Object.assign(new Error('item-not-found'), { code: 404 });
        requireInfoEditor(group, number);
        group.subject = child.content?.toString() ?? group.subject;
        await this.notifyMembers(group, { tag: 'subject', attrs: { subject: group.subject } }, number);
        return undefined;
      case 'description': {
        if (!group) throw Object.assign(new Error('item-not-found'), { code: 404 });
        requireInfoEditor(group, number);
        const body = getBinaryNodeChild(child, 'body')?.content?.toString();
        group.description = child.attrs.delete === 'true' ? undefined : body;
        await this.notifyMembers(group, child, number);
        return undefined;
      }
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
        requireAdmin(group, number);
        const jids = getBinaryNodeChildren(child, 'participant').map((p) => p.attrs.jid);
        this.participantRequests.push({ jid: group.jid, action: child.tag, count: jids.length });
        const numbers = jids.map((jid) => this.numberOf(jid));
        for (const n of numbers)
          if (!this.ctx().phones.resolve(n)) throw new Error(`${n} is not on WhatsApp`);
        const results = applyParticipants(group, child.tag as ParticipantAction, numbers);
        const changed = numbers.filter((_, i) => results[i] === '200');
        const lidOf = (n: string) => this.ctx().phones.get(n)?.lidJid ?? `${n}@s.whatsapp.net`;
        if (changed.length > 0)
          await this.notifyMembers(
            group,
            { tag: child.tag, attrs: {}, content: participantNodes(group, changed, lidOf) },
            number,
            child.tag === 'remove' ? changed : [],
          );
        return [
          {
            tag: child.tag,
            attrs: {},
            content: jids.map((jid, i) => ({
              tag: 'participant',
              attrs: { jid, ...(results[i] === '200' ? {} : { error: results[i] }) },
            })),
          },
        ];
      }
      default:
        return undefined;
    }
  }
}
