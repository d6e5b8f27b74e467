// Groups: a number's groups, their members, a contact list from the members, create, invite link. English.
import type { Shape } from '../../shape';
import type * as id from '../id/groups';

export const groups: Shape<typeof id.groups> = {
  title: 'Groups',
  subtitle: "Your number's WhatsApp groups: members, a contact list for broadcasts, and the invite link.",
  device: 'Number',
  empty: 'This number is not in any group yet.',
  members: 'Members ({{count}})',
  admin: 'Admin',
  you: 'You are admin',
  size: '{{count}} members',
  unknownNumber: 'Number unknown (LID)',
  makeList: 'Make contact list',
  listMade: 'Contact list made: {{added}} numbers, {{unresolved}} could not be resolved.',
  invite: 'Invite link',
  revoke: 'New link',
  create: 'Create group',
  subject: 'Group name',
  phones: 'Member numbers (one per line)',
  createSubmit: 'Create',
  campaignList: 'Make a broadcast list of these groups',
  campaignListName: 'Groups {{device}}',
  campaignListMade: 'List "{{name}}" made: {{count}} groups, one message per group in a broadcast.',
  pick: 'Pick a group to see its members.',
};
