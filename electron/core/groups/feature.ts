// Groups feature: keeps each device's groups (sync.ts), manages them (manage.ts), turns members into a contact list
// (members-list.ts). The REST routes in api/routes/groups.ts call it by sender number.
import type { Database } from 'better-sqlite3';
import { findDevice, findDeviceByNumber } from '../devices/queries';
import { AppError } from '../errors';
import type { Logger } from '../logger';
import type { SessionRegistry } from '../whatsapp/session-registry';
import { groupManager, type GroupManager } from './manage';
import { groupsToContactList, membersToContactList } from './members-list';
import { listGroups } from './queries';
import { ownIdsOf, watchGroups } from './sync';

export interface GroupsDeps {
  db: Database;
  logger: Logger;
  sessions: SessionRegistry;
  /** Pause between batches of adds (manage.ts ADD_PAUSE_MS unless a test shortens it). */
  addPauseMs?: number;
  changed?: (deviceId: number) => void;
}

export type GroupsFeature = ReturnType<typeof createGroupsFeature>;

export function createGroupsFeature(deps: GroupsDeps) {
  const { db, sessions } = deps;
  const deviceOf = (sender: string) => {
    const device = findDeviceByNumber(db, sender);
    if (!device) throw new AppError('session_not_connected', `No device with number ${sender}`);
    return device;
  };
  return {
    /** Register before sessions start (createCore does). */
    start: () => watchGroups(deps),
    list: (deviceId: number) => listGroups(db, deviceId),
    ownIds: (deviceId: number) => ownIdsOf(sessions.get(deviceId).openSocket()),
    manager(deviceId: number): GroupManager {
      return groupManager(db, deviceId, sessions.get(deviceId).openSocket(), { addPauseMs: deps.addPauseMs });
    },
    bySender(sender: string) {
      const device = deviceOf(sender);
      return { device, manager: this.manager(device.id) };
    },
    async membersToList(deviceId: number, jid: string, name?: string) {
      const meta = await this.manager(deviceId).metadata(jid);
      const own = ownIdsOf(sessions.get(deviceId).openSocket());
      const bare = (jid?: string) => jid?.replace(/:\d+@/, '@');
      // Our own entry (by number or LID) is no contact of ours.
      const others = meta.participants.filter(
        (p) => bare(p.id) !== bare(own.lid) && bare(p.id) !== bare(own.pn),
      );
      return membersToContactList(
        db,
        deviceId,
        { ...meta, participants: others },
        { name, ownNumber: findDevice(db, deviceId)?.number },
      );
    },
    /** A contact list of groups (one row per group id): a campaign to it sends once to each group. */
    async groupsToList(deviceId: number, jids: string[], name: string) {
      const manager = this.manager(deviceId);
      const metas = [];
      for (const jid of jids) metas.push(await manager.metadata(jid));
      return groupsToContactList(db, name, metas);
    },
  };
}
