// Group management through a device's socket: create, participants, subject/description, invite link. Each change
// WhatsApp allows only to admins is refused here first, in words, from the members we keep (WhatsApp itself answers
// 403 not-authorized: Baileys lib/Socket/groups.js passes its error through as a Boom).
import type { GroupMetadata, ParticipantAction, WASocket } from '@whiskeysockets/baileys';
import type { Database } from 'better-sqlite3';
import { appError } from '../errors';
import { groupMetadataOf, saveGroup, weAreAdmin } from './queries';
import { ownIdsOf } from './sync';
import { waErrorCodeOf } from './wa-error-code';

/**
 * Adds go in batches with a pause between them. WhatsApp publishes no limit; it flags numbers that add many
 * people at once (the "WhatsApp restricts bulk adds", the reason WAHA and the desktop senders add in small
 * steps). 5 per request and 3 s between requests are our own cautious choice, not a documented figure.
 */
export const ADD_BATCH = 5;
export const ADD_PAUSE_MS = 3000;

export interface ParticipantResult {
  jid: string;
  /** WhatsApp's per-participant code: 200 done, 403 not allowed (privacy), 408 left recently, 409 already in. */
  status: string;
}

export interface GroupManager {
  metadata(jid: string): Promise<GroupMetadata>;
  create(subject: string, participants: string[]): Promise<GroupMetadata>;
  participants(jid: string, action: ParticipantAction, jids: string[]): Promise<ParticipantResult[]>;
  setSubject(jid: string, subject: string): Promise<void>;
  setDescription(jid: string, description: string): Promise<void>;
  invite(jid: string, revoke: boolean): Promise<string>;
}

export function groupManager(
  db: Database,
  deviceId: number,
  sock: WASocket,
  options: { addPauseMs?: number } = {},
): GroupManager {
  const own = () => ownIdsOf(sock);
  const pause = options.addPauseMs ?? ADD_PAUSE_MS;

  /** Our copy, or WhatsApp's answer when we have none yet (then kept). */
  async function metadata(jid: string): Promise<GroupMetadata> {
    const kept = groupMetadataOf(db, deviceId, jid);
    if (kept) return kept;
    try {
      const fetched = await sock.groupMetadata(jid);
      saveGroup(db, deviceId, fetched, own());
      return fetched;
    } catch (error) {
      const code = waErrorCodeOf(error);
      if (code === 403 || code === 404) throw appError('not_found', 'group_unknown');
      throw error;
    }
  }

  async function requireAdmin(jid: string): Promise<void> {
    if (!weAreAdmin(await metadata(jid), own())) throw appError('conflict', 'group_not_admin');
  }

  /**
   * An admin-only change. Our copy can be behind (a demote whose notification has not arrived yet): WhatsApp
   * then answers 403 not-authorized itself, which becomes the same worded refusal, and our copy is refreshed.
   */
  async function asAdmin<T>(jid: string, change: () => Promise<T>): Promise<T> {
    await requireAdmin(jid);
    try {
      return await change();
    } catch (error) {
      if (waErrorCodeOf(error) !== 403) throw error;
      await refetch(jid).catch(() => undefined);
      throw appError('conflict', 'group_not_admin');
    }
  }

  /** WhatsApp's answer is the truth after a change: keep it. */
  async function refetch(jid: string) {
    saveGroup(db, deviceId, await sock.groupMetadata(jid), own());
  }

  return {
    metadata,
    async create(subject, participants) {
      const created = await sock.groupCreate(subject, participants);
      saveGroup(db, deviceId, created, own());
      return created;
    },
    participants: (jid, action, jids) =>
      asAdmin(jid, async () => {
        const batches: string[][] = [];
        const size = action === 'add' ? ADD_BATCH : jids.length;
        for (let i = 0; i < jids.length; i += size) batches.push(jids.slice(i, i + size));
        const results: ParticipantResult[] = [];
        for (const [index, batch] of batches.entries()) {
          if (index > 0) await new Promise((resolve) => setTimeout(resolve, pause));
          const answer = await sock.groupParticipantsUpdate(jid, batch, action);
          results.push(...answer.map((r) => ({ jid: r.jid ?? '', status: String(r.status) })));
        }
        await refetch(jid);
        return results;
      }),
    setSubject: (jid, subject) =>
      asAdmin(jid, async () => {
        await sock.groupUpdateSubject(jid, subject);
        await refetch(jid);
      }),
    setDescription: (jid, description) =>
      asAdmin(jid, async () => {
        await sock.groupUpdateDescription(jid, description);
        await refetch(jid);
      }),
    invite: (jid, revoke) =>
      asAdmin(jid, async () => {
        const code = revoke ? await sock.groupRevokeInvite(jid) : await sock.groupInviteCode(jid);
        return code ?? '';
      }),
  };
}

export const inviteLinkOf = (code: string) => `https://chat.whatsapp.com/${code}`;
