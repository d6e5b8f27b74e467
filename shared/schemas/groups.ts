// POST|GET /groups, /group-info, /create-group, /group-participants, /group-invite: the groups of a linked number.
import { z } from 'zod';
import { senderField } from './common';
import { defineParams, type ParamsOf } from './params';
import { isBlank, oneOf, recipients, requiredText } from './rules';
import { ruleIssue } from './rules-messages';

const GROUP_ID = /^\d{5,40}(-\d{5,20})?$/;

/** `group_id`: "120363…@g.us" or just its digits. */
function groupId() {
  return z
    .unknown()
    .transform((value, ctx): string => {
      if (isBlank(value)) {
        ctx.addIssue(ruleIssue('required'));
        return z.NEVER;
      }
      if (typeof value !== 'string' && typeof value !== 'number') {
        ctx.addIssue(ruleIssue('string'));
        return z.NEVER;
      }
      const id = String(value)
        .trim()
        .toLowerCase()
        .replace(/@g\.us$/, '');
      if (!GROUP_ID.test(id)) {
        ctx.addIssue(ruleIssue('regex'));
        return z.NEVER;
      }
      return `${id}@g.us`;
    })
    .meta({
      doc: {
        type: 'string',
        required: true,
        description: 'The group id (…@g.us), as /groups lists it.',
        example: '120363041234567890@g.us',
      },
    });
}

const members = (region: string, description: string) =>
  recipients(region, {
    allowGroups: false,
    multiple: true,
    description,
    example: '628123456789|628987654321',
  });

export const groupsParams = defineParams((region) => ({ sender: senderField(region) }));
export type GroupsParams = ParamsOf<typeof groupsParams>;

export const groupInfoParams = defineParams((region) => ({
  sender: senderField(region),
  group_id: groupId(),
}));
export type GroupInfoParams = ParamsOf<typeof groupInfoParams>;

/** WhatsApp's subject limit is 100 characters (WA Web's group info editor stops there). */
export const MAX_GROUP_SUBJECT = 100;

export const createGroupParams = defineParams((region) => ({
  sender: senderField(region),
  name: requiredText({
    max: MAX_GROUP_SUBJECT,
    description: 'Subject (name) of the new group.',
    example: 'Pelanggan VIP',
  }),
  participants: members(region, 'Members to add, separated by "|" (at most 100).'),
}));
export type CreateGroupParams = ParamsOf<typeof createGroupParams>;

export const participantActions = ['add', 'remove', 'promote', 'demote'] as const;

export const groupParticipantsParams = defineParams((region) => ({
  sender: senderField(region),
  group_id: groupId(),
  action: oneOf(participantActions, { description: 'What to do with the participants.', example: 'add' }),
  participants: members(region, 'Numbers separated by "|" (at most 100).'),
}));
export type GroupParticipantsParams = ParamsOf<typeof groupParticipantsParams>;

export const groupInviteParams = defineParams((region) => ({
  sender: senderField(region),
  group_id: groupId(),
  action: oneOf(['get', 'revoke'] as const, {
    description: '"get" the invite link, or "revoke" it (the old link stops working; a new one is returned).',
    example: 'get',
  }),
}));
export type GroupInviteParams = ParamsOf<typeof groupInviteParams>;
