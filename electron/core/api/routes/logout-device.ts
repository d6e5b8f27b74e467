// /logout-device: unlinks the device from the phone; it needs a new QR scan to send again.
import { logoutDeviceParams } from '../../../../shared/schemas/logout-device';
import { findDeviceByNumber } from '../../devices/queries';
import { defineEndpoint } from '../rest/endpoint';
import { replies, RestFailure } from '../rest/responses';

export const logoutDeviceEndpoint = defineEndpoint({
  path: '/logout-device',
  tag: 'Devices',
  summary: 'Log a device out of WhatsApp',
  description:
    'Unlinks the device (`sender`, or `device`) from its phone. It stays in the app and can be linked again by QR.',
  params: logoutDeviceParams,
  aliases: { device: 'sender', number: 'sender' },
  responses: {
    200: { description: 'Logged out.', example: { status: true, msg: 'Device logged out successfully!' } },
    404: { description: 'No device with this number.', example: { status: false, msg: 'Device not found!' } },
  },
  async handle(params, { deps }) {
    const device = findDeviceByNumber(deps.db, params.sender);
    if (!device) throw new RestFailure(replies.notFound('Device not found!'));
    await deps.sessions.get(device.id).logout();
    return { code: 200, body: { status: true, msg: 'Device logged out successfully!' } };
  },
});
