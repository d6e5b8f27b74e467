// /info-devices: the devices of this app, under the path and shape MPWA scripts read (zymzz-id/MPWA
// ApiController::infoDevices: `{status: true, info: [devices]}`, `number` for one; 400 when there is none).
// Each device carries MPWA's `body` (its number) and `status` ("Connected" / "Disconnect") beside ours.
import { infoDevicesParams } from '../../../../shared/schemas/info-devices';
import { findDeviceByNumber, listDevices } from '../../devices/queries';
import { defineEndpoint } from '../rest/endpoint';
import { RestFailure } from '../rest/responses';
import { deviceView } from './device-info';

const NONE = 'The number you are trying to reach does not exist, or you do not have permission.';

export const infoDevicesEndpoint = defineEndpoint({
  path: '/info-devices',
  tag: 'Devices',
  summary: 'List the devices (MPWA name)',
  description:
    'Every device of this app, or only `number`: MPWA\'s `body` (the number) and `status` ("Connected" or ' +
    '"Disconnect"), and the same details as /device-info under `device`.',
  params: infoDevicesParams,
  responses: {
    200: {
      description: 'The devices.',
      example: {
        status: true,
        msg: 'Devices found',
        info: [
          {
            body: '6281234567890',
            status: 'Connected',
            device: { number: '6281234567890', name: 'Kasir', status: 'open', connected: true },
          },
        ],
      },
    },
    400: { description: 'No device (with this number).', example: { status: false, msg: NONE } },
  },
  async handle(params, { deps }) {
    const one = params.number ? findDeviceByNumber(deps.db, params.number) : undefined;
    const devices = params.number ? (one ? [one] : []) : listDevices(deps.db);
    if (devices.length === 0) throw new RestFailure({ code: 400, body: { status: false, msg: NONE } });
    const info = devices.map((device) => {
      const view = deviceView(deps, device);
      return { body: device.number, status: view.connected ? 'Connected' : 'Disconnect', device: view };
    });
    return { code: 200, body: { status: true, msg: 'Devices found', info } };
  },
});
