// Keeps wa_groups in step with WhatsApp: the full list when a connection opens (Baileys'
// groupFetchAllParticipating, the `participating` w:g2 query), and the one group again whenever WhatsApp tells of a
// change (`groups.upsert` on create/added, `groups.update` on subject/description/settings, and
// `group-participants.update` from the w:gp2 notifications: Baileys lib/Socket/messages-recv.js handleGroupNotification).
import type { GroupMetadata, WASocket } from '@whiskeysockets/baileys';
import type { Database } from 'better-sqlite3';
import type { Logger } from '../logger';
import type { SessionRegistry } from '../whatsapp/session-registry';
import { deleteGroup, replaceGroups, saveGroup, type OwnIds } from './queries';
import { waErrorCodeOf } from './wa-error-code';

export const ownIdsOf = (sock: WASocket): OwnIds => ({ pn: sock.user?.id, lid: sock.user?.lid });

export interface GroupSyncDeps {
  db: Database;
  logger: Logger;
  sessions: Pick<SessionRegistry, 'onSocket'>;
  /** Told after the groups of a device changed in SQLite (UI refresh). */
  changed?: (deviceId: number) => void;
}

export function watchGroups({ db, logger, sessions, changed }: GroupSyncDeps): () => void {
  return sessions.onSocket((deviceId, sock) => {
    const done = () => changed?.(deviceId);
    const refresh = async (jid: string) => {
      try {
        const meta = await sock.groupMetadata(jid);
        if (!db.open) return;
        saveGroup(db, deviceId, meta, ownIdsOf(sock));
      } catch (error) {
        if (!db.open) return;
        // 403/404: we are no longer in it (removed, or it was deleted).
        const code = waErrorCodeOf(error);
        if (code === 403 || code === 404) deleteGroup(db, deviceId, jid);
        else logger.warn({ err: error, deviceId, jid }, 'group metadata refresh failed');
      }
      done();
    };
    sock.ev.on('connection.update', ({ connection }) => {
      if (connection !== 'open') return;
      sock.groupFetchAllParticipating().then(
        (all) => {
          // The answer may come after core closed (quit, restart): nothing is left to store it in.
          if (!db.open) return;
          replaceGroups(db, deviceId, Object.values(all), ownIdsOf(sock));
          done();
        },
        (error) => logger.warn({ err: error, deviceId }, 'fetching the groups failed'),
      );
    });
    sock.ev.on('groups.upsert', (metas: GroupMetadata[]) => {
      for (const meta of metas) saveGroup(db, deviceId, meta, ownIdsOf(sock));
      done();
    });
    sock.ev.on('groups.update', (updates) => {
      for (const update of updates) {
        if (!update.id) continue;
        // groupFetchAllParticipating emits every group it fetched here, whole (Baileys lib/Socket/groups.js):
        // store those as they are instead of asking WhatsApp again for each.
        if (update.participants) saveGroup(db, deviceId, update as GroupMetadata, ownIdsOf(sock));
        else void refresh(update.id);
      }
      done();
    });
    sock.ev.on('group-participants.update', ({ id }) => void refresh(id));
  });
}
