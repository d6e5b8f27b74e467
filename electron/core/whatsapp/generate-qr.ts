// The documented /generate-qr flow: unknown device → create and start it; then "processing" until a
// QR exists, the QR as a PNG data URL while waiting for a scan, and "already connected" once open.
import type { Database } from 'better-sqlite3';
import { findDeviceByNumber, insertDevice } from '../devices/queries';
import type { EventBus } from '../events';
import type { SessionRegistry } from './session-registry';

export type GenerateQrResponse =
  | { status: 'processing'; message: 'Processing' }
  | { status: true; qrcode: string; message: 'Please scan qrcode' }
  | { status: false; message: 'Device already connected!' };

export function generateQr(
  db: Database,
  events: EventBus,
  sessions: SessionRegistry,
  number: string,
): GenerateQrResponse {
  let device = findDeviceByNumber(db, number);
  if (!device) {
    device = insertDevice(db, number, '');
    events.emit('devices.changed', { deviceId: device.id });
  }
  const session = sessions.get(device.id);
  if (session.snapshot().status === 'open') return { status: false, message: 'Device already connected!' };
  // Every poll keeps QR codes coming (WhatsApp rotates them) for as long as someone is looking.
  session.start({ wantQr: true });
  const state = session.snapshot();
  if (state.status === 'qr' && state.qrDataUrl) {
    return { status: true, qrcode: state.qrDataUrl, message: 'Please scan qrcode' };
  }
  return { status: 'processing', message: 'Processing' };
}
