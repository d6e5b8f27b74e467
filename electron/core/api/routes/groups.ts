// /groups, /group-info, /create-group, /group-participants, /group-invite: the groups of the sender's number
// (groups/ feature). A change only admins may make is refused with 403 before WhatsApp is asked.
import type { GroupMetadata } from '@whiskeysockets/baileys';
import {
  createGroupParams,
  groupInfoParams,
  groupInviteParams,
  groupParticipantsParams,
  groupsParams,
} from '../../../../shared/schemas/groups';
import { ContractError } from '../../../../shared/errors';
import { inviteLinkOf } from '../../groups/manage';
import { weAreAdmin } from '../../groups/queries';
import { ownIdsOf } from '../../groups/sync';
import type { ApiDeps } from '../api-deps';
import { requireConnected } from '../rest/deliver';
import { defineEndpoint } from '../rest/endpoint';
import { replies, RestFailure } from '../rest/responses';

const NOT_ADMIN = { status: false, msg: 'You are not an admin of this group.' };
const common = {
  404: { description: 'The sender is not a device of this app.', example: replies.noWhatsApp(404).body },
  503: {
    description: "The sender's WhatsApp connection is not open.",
    example: replies.noWhatsApp(503).body,
  },
};
const adminOnly = { 403: { description: 'The sender is not an admin of the group.', example: NOT_ADMIN } };

/** The not-admin refusal (AppError conflict from groups/manage.ts) as the documented 403. */
async function asRest<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ContractError && error.code === 'conflict')
      throw new RestFailure({ code: 403, body: { status: false, msg: error.message } });
    throw error;
  }
}

function managerFor(deps: ApiDeps, sender: string) {
  requireConnected(deps, sender);
  return deps.groups.bySender(sender);
}

const digits = (jid: string | undefined) => (jid ?? '').replace(/[:@].*$/, '');

function groupView(meta: GroupMetadata, weAdmin: boolean) {
  return {
    id: meta.id,
    subject: meta.subject,
    description: meta.desc ?? null,
    size: meta.participants.length,
    is_admin: weAdmin,
    addressing_mode: meta.addressingMode ?? 'pn',
    participants: meta.participants.map((p) => ({
      id: p.id,
      number: /@s\.whatsapp\.net$/.test(p.id) ? digits(p.id) : p.phoneNumber ? digits(p.phoneNumber) : null,
      admin: p.admin ?? null,
    })),
  };
}

export const groupsEndpoint = defineEndpoint({
  path: '/groups',
  tag: 'Groups',
  summary: 'List the groups of a number',
  description:
    'Every group the sender is in, as WhatsApp last told the app: subject, size, whether it is admin.',
  params: groupsParams,
  responses: {
    200: {
      description: 'The groups.',
      example: {
        status: true,
        msg: 'Groups found',
        data: [{ id: '120363041234567890@g.us', subject: 'Pelanggan VIP', size: 12, is_admin: true }],
      },
    },
    ...common,
  },
  async handle(params, { deps }) {
    const { device } = managerFor(deps, params.sender);
    const data = deps.groups
      .list(device.id)
      .map((g) => ({ id: g.jid, subject: g.subject, size: g.size, is_admin: g.weAdmin }));
    return { code: 200, body: { status: true, msg: 'Groups found', data } };
  },
});

export const groupInfoEndpoint = defineEndpoint({
  path: '/group-info',
  tag: 'Groups',
  summary: 'One group with its participants',
  description:
    'Subject, description and participants (`number` is null for a member WhatsApp shows only by LID).',
  params: groupInfoParams,
  responses: {
    200: {
      description: 'The group.',
      example: {
        status: true,
        msg: 'Group found',
        data: {
          id: '120363041234567890@g.us',
          subject: 'Pelanggan VIP',
          description: null,
          size: 2,
          is_admin: true,
          addressing_mode: 'lid',
          participants: [{ id: '12345678901234@lid', number: '628123456789', admin: 'superadmin' }],
        },
      },
    },
    ...common,
  },
  async handle(params, { deps }) {
    const { manager, device } = managerFor(deps, params.sender);
    const meta = await manager.metadata(params.group_id);
    const sock = deps.sessions.get(device.id).openSocket();
    return {
      code: 200,
      body: { status: true, msg: 'Group found', data: groupView(meta, weAreAdmin(meta, ownIdsOf(sock))) },
    };
  },
});

export const createGroupEndpoint = defineEndpoint({
  path: '/create-group',
  tag: 'Groups',
  summary: 'Create a group',
  description: 'Creates a group with the sender as its admin and the given participants.',
  params: createGroupParams,
  responses: {
    200: {
      description: 'Created; `data.id` is the new group id.',
      example: {
        status: true,
        msg: 'Group created',
        data: { id: '120363041234567890@g.us', subject: 'Pelanggan VIP' },
      },
    },
    ...common,
  },
  async handle(params, { deps }) {
    const { manager } = managerFor(deps, params.sender);
    const meta = await manager.create(params.name, params.participants);
    return { code: 200, body: { status: true, msg: 'Group created', data: groupView(meta, true) } };
  },
});

export const groupParticipantsEndpoint = defineEndpoint({
  path: '/group-participants',
  tag: 'Groups',
  summary: 'Add, remove, promote or demote participants',
  description:
    'Admins only. `data` has WhatsApp\'s answer per participant: "200" done, "403" not allowed (their privacy), ' +
    '"408" they left recently, "409" already in the group (add) . Adds go in batches of 5 with a pause between.',
  params: groupParticipantsParams,
  responses: {
    200: {
      description: 'Done; one result per participant.',
      example: {
        status: true,
        msg: 'Participants updated',
        data: [{ jid: '628123456789@s.whatsapp.net', status: '200' }],
      },
    },
    ...adminOnly,
    ...common,
  },
  async handle(params, { deps }) {
    const { manager } = managerFor(deps, params.sender);
    const data = await asRest(() =>
      manager.participants(params.group_id, params.action, params.participants),
    );
    return { code: 200, body: { status: true, msg: 'Participants updated', data } };
  },
});

export const groupInviteEndpoint = defineEndpoint({
  path: '/group-invite',
  tag: 'Groups',
  summary: 'Get or revoke the invite link',
  description: 'Admins only. `revoke` makes the old link stop working and returns the new one.',
  params: groupInviteParams,
  responses: {
    200: {
      description: 'The invite link.',
      example: {
        status: true,
        msg: 'Invite link',
        data: { code: 'AbCdEfGhIjKlMnOpQrStUv', link: 'https://chat.whatsapp.com/AbCdEfGhIjKlMnOpQrStUv' },
      },
    },
    ...adminOnly,
    ...common,
  },
  async handle(params, { deps }) {
    const { manager } = managerFor(deps, params.sender);
    const code = await asRest(() => manager.invite(params.group_id, params.action === 'revoke'));
    return {
      code: 200,
      body: {
        status: true,
        msg: params.action === 'revoke' ? 'Invite link revoked' : 'Invite link',
        data: { code, link: inviteLinkOf(code) },
      },
    };
  },
});
