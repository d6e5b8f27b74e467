// /device-info: what the app knows about a linked device and its connection.
import { deviceInfoParams } from '../../../../shared/schemas/device-info';
import type { Device } from '../../../../shared/domain';
import { findDeviceByNumber } from '../../devices/queries';
import type { ApiDeps } from '../api-deps';
import { defineEndpoint } from '../rest/endpoint';
import { replies, RestFailure } from '../rest/responses';

export const deviceInfoEndpoint = defineEndpoint({
  path: '/device-info',
  tag: 'Devices',
  summary: 'Device status',
  description:
    'State of a linked device (`sender`, or `device`): connected or not, the WhatsApp account it is linked to, and ' +
    'what WhatsApp restricts on the number: `restriction.timelockUntil` (ISO time until which it may not start new ' +
    'chats, or null), `restriction.capStage` (new-chat cap: NONE, FIRST_WARNING, SECOND_WARNING, CAPPED) and ' +
    '`restriction.newChatsToday` (new chats this app started on it today).',
  params: deviceInfoParams,
  aliases: { device: 'sender', number: 'sender' },
  responses: {
    200: {
      description: 'The device.',
      example: {
        status: true,
        msg: 'Device found',
        device: {
          number: '6281234567890',
          name: 'Kasir',
          status: 'open',
          connected: true,
          wa_name: 'Toko Maju',
          platform: 'android',
          connected_at: '2026-01-01T08:00:00.000Z',
          reason: null,
          restriction: { timelockUntil: null, capStage: 'NONE', newChatsToday: 12 },
        },
      },
    },
    404: { description: 'No device with this number.', example: { status: false, msg: 'Device not found!' } },
  },
  async handle(params, { deps }) {
    const device = findDeviceByNumber(deps.db, params.sender);
    if (!device) throw new RestFailure(replies.notFound('Device not found!'));
    return { code: 200, body: { status: true, msg: 'Device found', device: deviceView(deps, device) } };
  },
});

/** What the API shows of a device: its row and its live connection. */
export function deviceView(deps: ApiDeps, device: Device) {
  const live = deps.sessions.get(device.id).snapshot();
  return {
    number: device.number,
    name: device.name,
    status: live.status,
    connected: live.status === 'open',
    wa_name: device.waName,
    platform: device.waPlatform,
    connected_at: device.connectedAt,
    reason: live.reason,
    restriction: restrictionView(deps, device.id),
  };
}

function restrictionView(deps: ApiDeps, deviceId: number) {
  const state = deps.restrictions.state(deviceId);
  return {
    timelockUntil: state.timelockUntil === null ? null : new Date(state.timelockUntil).toISOString(),
    capStage: state.capStage,
    newChatsToday: state.newChatsToday,
  };
}
