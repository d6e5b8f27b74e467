// Optional persistence (--state-dir): certificate chain, phones with their Signal identities, linked devices
// and groups survive an emulator restart, so a linked app reconnects instead of being logged out.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BufferJSON } from '@whiskeysockets/baileys';
import type { CertAuthority } from './cert-chain.js';
import type { EmulatorContext } from './context.js';
import type { ReceivedMessage } from './decode-content.js';
import type { Group } from './groups.js';
import type { LinkedDevice } from './linked-device.js';
import { createSignalIdentity, exportKeys } from './signal-identity.js';

interface SavedPhone {
  number: string;
  lid: string;
  name: string;
  nextDeviceId: number;
  sendReadReceipts: boolean;
  identity: {
    creds: ReturnType<typeof createSignalIdentity>['creds'];
    keys: Record<string, Record<string, unknown>>;
  };
  devices: (Omit<LinkedDevice, 'connection' | 'preKeys'> & { preKeys: [number, Buffer][] })[];
  senderKeySent: string[];
  messages: ReceivedMessage[];
}

interface SavedState {
  ca: CertAuthority;
  phones: SavedPhone[];
  groups: Group[];
}

const stateFile = (dir: string) => join(dir, 'emulator-state.json');

/** Reads the saved certificate chain, if any (needed before anything else starts). */
export function loadSavedCa(dir: string): CertAuthority | undefined {
  if (!existsSync(stateFile(dir))) return undefined;
  return (JSON.parse(readFileSync(stateFile(dir), 'utf8'), BufferJSON.reviver) as SavedState).ca;
}

export function loadState(ctx: EmulatorContext, dir: string) {
  if (!existsSync(stateFile(dir))) return;
  const state = JSON.parse(readFileSync(stateFile(dir), 'utf8'), BufferJSON.reviver) as SavedState;
  for (const saved of state.phones) {
    const phone = ctx.phones.create(saved.number, saved.name, saved.lid);
    phone.identity = createSignalIdentity(saved.identity);
    phone.nextDeviceId = saved.nextDeviceId;
    phone.sendReadReceipts = saved.sendReadReceipts;
    for (const tag of saved.senderKeySent) phone.senderKeySent.add(tag);
    phone.messages.push(...saved.messages);
    for (const d of saved.devices) phone.devices.set(d.id, { ...d, preKeys: new Map(d.preKeys) });
  }
  for (const group of state.groups) ctx.groups.restore(group);
}

export function saveState(ctx: EmulatorContext, dir: string) {
  const state: SavedState = {
    ca: ctx.ca,
    phones: ctx.phones.list().map((p) => ({
      number: p.number,
      lid: p.lid,
      name: p.name,
      nextDeviceId: p.nextDeviceId,
      sendReadReceipts: p.sendReadReceipts,
      identity: { creds: p.identity.creds, keys: exportKeys(p.identity.keys) },
      devices: [...p.devices.values()].map(({ connection: _connection, preKeys, ...d }) => ({
        ...d,
        preKeys: [...preKeys],
      })),
      senderKeySent: [...p.senderKeySent],
      // Media bytes stay on the media host; the record keeps sha256 and the path.
      messages: p.messages.map((m) => (m.media ? { ...m, media: { ...m.media, data: undefined } } : m)),
    })),
    groups: ctx.groups.list(),
  };
  const file = stateFile(dir);
  writeFileSync(`${file}.tmp`, JSON.stringify(state, BufferJSON.replacer));
  renameSync(`${file}.tmp`, file);
}
