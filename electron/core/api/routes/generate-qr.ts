// /generate-qr: link a device by QR — poll every 2–3 s; "processing" until a QR exists, then the PNG.
import { generateQrParams } from '../../../../shared/schemas/generate-qr';
import { generateQr } from '../../whatsapp/generate-qr';
import { defineEndpoint } from '../rest/endpoint';

export const generateQrEndpoint = defineEndpoint({
  path: '/generate-qr',
  tag: 'Devices',
  summary: 'QR code to link a device',
  description:
    'Creates the device when it is new and starts its WhatsApp session. Poll every 2–3 seconds: the answer is ' +
    '"processing" until a QR code exists, then the QR as a PNG data URL (it changes as WhatsApp rotates it), ' +
    'and "Device already connected!" once the phone has scanned it.',
  params: generateQrParams,
  aliases: { sender: 'device', number: 'device' },
  responses: {
    // "processing" is HTTP 200 too, as MPWA answers it: a Laravel client's ok() means exactly 200 (a 202 failed there).
    200: {
      description:
        'A QR code to scan (WhatsApp > Linked devices > Link a device), or `status` "processing": the session is ' +
        'starting or between two QR codes, ask again in 2–3 seconds.',
      example: { status: true, qrcode: 'data:image/png;base64,iVBORw0KGgo…', message: 'Please scan qrcode' },
      examples: { processing: { status: 'processing', message: 'Processing' } },
    },
    400: {
      description:
        'The device is already linked and connected (as MPWA answers it); nothing to scan. Every failure is non-2xx.',
      example: { status: false, message: 'Device already connected!' },
    },
  },
  async handle(params, { deps }) {
    const body = generateQr(deps.db, deps.events, deps.sessions, params.device);
    return { code: body.status === false ? 400 : 200, body };
  },
});
