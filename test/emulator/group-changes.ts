// Group changes as WhatsApp's w:g2 server answers them, and the w:gp2 notifications it sends every member:
// - only admins may add/remove/promote/demote, get or revoke the invite link, and (in a "locked" group, the
//   default for groups created here) change subject or description; others get IQ error 403 "not-authorized"
//   (Baileys lib/Socket/groups.js groupQuery throws it as a Boom with that status);
// - the answer to add/remove/promote/demote lists each participant, with `error` for the ones refused: 409 already
//   a participant (add), 404 not a participant (remove/promote/demote); Baileys reads `p.attrs.error || '200'`
//   (groupParticipantsUpdate);
// - each change reaches every member's devices as <notification type="w:gp2"> with the action as child and the
//   participants in the group's addressing (LID groups: jid=LID + phone_number; Baileys
//   lib/Socket/messages-recv.js handleGroupNotification reads exactly these), `participant` = who did it;
// - the invite code stays the same until revoked, then a new one (Baileys groupInviteCode / groupRevokeInvite).
import { randomBytes } from 'node:crypto';
import type { BinaryNode } from '@whiskeysockets/baileys';
import type { Group } from './groups.js';

/** An IQ error the emulator gives on purpose (not counted as a fault of the emulator). */
export const iqRefusal = (code: number, text: string) =>
  Object.assign(new Error(text), { code, expected: true });

export function isAdmin(group: Group, number: string): boolean {
  return group.participants.some((p) => p.number === number && !!p.admin);
}

export function requireAdmin(group: Group, number: string): void {
  if (!isAdmin(group, number)) throw iqRefusal(403, 'not-authorized');
}

/** Subject and description: admins only when the group is locked ("restrict"; WhatsApp's "Edit group info"). */
export function requireInfoEditor(group: Group, number: string): void {
  if (group.restrict !== false) requireAdmin(group, number);
  else if (!group.participants.some((p) => p.number === number)) throw iqRefusal(403, 'not-authorized');
}

export type ParticipantAction = 'add' | 'remove' | 'promote' | 'demote';

/** Applies one change; returns each participant's result code ('200' or WhatsApp's error). */
export function applyParticipants(group: Group, action: ParticipantAction, numbers: string[]): string[] {
  return numbers.map((n) => {
    const member = group.participants.find((p) => p.number === n);
    if (action === 'add') {
      if (member) return '409';
      group.participants.push({ number: n });
      return '200';
    }
    if (!member) return '404';
    if (action === 'remove') group.participants = group.participants.filter((p) => p.number !== n);
    if (action === 'promote') member.admin = 'admin';
    if (action === 'demote') member.admin = undefined;
    return '200';
  });
}

/** A new invite code: 22 url-safe characters like WhatsApp's. */
export const newInviteCode = () => randomBytes(16).toString('base64url').slice(0, 22);

export function inviteCodeOf(group: Group, revoke: boolean): string {
  if (revoke || !group.inviteCode) group.inviteCode = newInviteCode();
  return group.inviteCode;
}

/** `<participant>` children of a notification or answer, in the group's addressing mode. */
export function participantNodes(
  group: Group,
  numbers: string[],
  lidOf: (n: string) => string,
  errors?: string[],
): BinaryNode[] {
  return numbers.map((n, i) => {
    const pn = `${n}@s.whatsapp.net`;
    const attrs: Record<string, string> =
      group.addressingMode === 'lid'
        ? { jid: lidOf(n), ...(group.hidePhoneNumbers ? {} : { phone_number: pn }) }
        : { jid: pn, lid: lidOf(n) };
    if (errors && errors[i] !== '200') attrs.error = errors[i];
    return { tag: 'participant', attrs };
  });
}
