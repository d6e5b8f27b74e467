// A companion device linked to a phone: its keys as uploaded, its live connection and queued offline stanzas.
import type { BinaryNode } from '@whiskeysockets/baileys';
import type { DeviceConnection } from './connection.js';

export interface UploadedSignedPreKey {
  id: number;
  public: Buffer;
  signature: Buffer;
}

export interface LinkedDevice {
  /** Phone number (PN user) of the owning account. */
  number: string;
  lid: string;
  id: number;
  platform: string;
  noiseKey: Buffer;
  identityKey: Buffer;
  registrationId: number;
  signedPreKey: UploadedSignedPreKey;
  preKeys: Map<number, Buffer>;
  connection?: DeviceConnection;
  /** Stanzas for the device while it is offline; delivered before `<ib><offline/>` on the next login. */
  pending: BinaryNode[];
  linkedAt: number;
  /** Whether the phone already sent this device its (empty) initial history sync. */
  historySynced?: boolean;
}

export const deviceJid = (d: Pick<LinkedDevice, 'number' | 'id'>) => `${d.number}:${d.id}@s.whatsapp.net`;
export const deviceLidJid = (d: Pick<LinkedDevice, 'lid' | 'id'>) => `${d.lid}:${d.id}@lid`;

/** Sends to the live connection, or queues for the next login. */
export function deliverToDevice(device: LinkedDevice, node: BinaryNode) {
  if (device.connection && !device.connection.closed) return device.connection.sendNode(node);
  device.pending.push(node);
  return Promise.resolve();
}
