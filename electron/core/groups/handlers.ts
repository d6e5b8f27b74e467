// groups.* of the contract: what the Groups page shows and does (the REST routes share the same feature).
import type { HandlersFor } from '../../../shared/contract';
import type { groupsMethods } from '../../../shared/groups-contract';
import { findDevice } from '../devices/queries';
import { appError } from '../errors';
import type { GroupsFeature } from './feature';
import { inviteLinkOf } from './manage';
import { memberNumber } from './members-list';
import type { Database } from 'better-sqlite3';

export function createGroupsHandlers(db: Database, groups: GroupsFeature) {
  return {
    'groups.list': ({ deviceId }) => groups.list(deviceId),
    'groups.members': async ({ deviceId, jid }) => {
      const meta = await groups.manager(deviceId).metadata(jid);
      const own = groups.ownIds(deviceId);
      const bare = (id?: string) => id?.replace(/:\d+@/, '@');
      const ownNumber = findDevice(db, deviceId)?.number ?? null;
      return meta.participants.map((p) => ({
        id: p.id,
        // Our own entry in a LID group is our LID: show our number.
        phone: bare(p.id) === bare(own.lid) ? ownNumber : memberNumber(db, p),
        admin: !!p.admin,
      }));
    },
    'groups.toContactList': ({ deviceId, jid }) => groups.membersToList(deviceId, jid),
    'groups.toCampaignList': async ({ deviceId, jids, name }) => ({
      listId: await groups.groupsToList(deviceId, jids, name),
      groups: jids.length,
    }),
    'groups.create': async ({ deviceId, subject, phones }) => {
      const jids = phones
        .map((p) => p.replace(/\D/g, ''))
        .filter(Boolean)
        .map((p) => `${p}@s.whatsapp.net`);
      if (jids.length === 0) throw appError('invalid_input', 'group_members_missing');
      const meta = await groups.manager(deviceId).create(subject, jids);
      return (
        groups.list(deviceId).find((g) => g.jid === meta.id) ?? {
          jid: meta.id,
          subject: meta.subject,
          size: meta.participants.length,
          weAdmin: true,
        }
      );
    },
    'groups.invite': async ({ deviceId, jid, revoke }) => ({
      link: inviteLinkOf(await groups.manager(deviceId).invite(jid, revoke)),
    }),
  } satisfies HandlersFor<keyof typeof groupsMethods>;
}
