// First-login history sync: the phone sends an INITIAL_BOOTSTRAP without chats so Baileys leaves
// AwaitingInitialSync at once instead of buffering every event for 20 s; it carries the LID↔number pairs of the
// phone's contacts (every other emulated phone), as WhatsApp's does (HistorySync.phoneNumberToLidMappings, read by
// Baileys Utils/history.js processHistoryMessage). App-state collections are answered as empty.
import { deflateSync } from 'node:zlib';
import { type BinaryNode, getBinaryNodeChild, getBinaryNodeChildren, proto } from '@whiskeysockets/baileys';
import { unixNow } from './context.js';
import { deliverToDevice, type LinkedDevice } from './linked-device.js';
import type { Phone } from './phone.js';

export async function sendInitialHistorySync(phone: Phone, device: LinkedDevice, contacts: Phone[] = []) {
  const syncType = proto.HistorySync.HistorySyncType.INITIAL_BOOTSTRAP;
  const phoneNumberToLidMappings = contacts.map((c) => ({ pnJid: c.jid, lidJid: c.lidJid }));
  const payload = deflateSync(
    proto.HistorySync.encode({
      syncType,
      conversations: [],
      progress: 100,
      phoneNumberToLidMappings,
    }).finish(),
  );
  await phone.sendMessage(
    phone.jid,
    {
      protocolMessage: {
        type: proto.Message.ProtocolMessage.Type.HISTORY_SYNC_NOTIFICATION,
        historySyncNotification: {
          syncType,
          chunkOrder: 0,
          progress: 100,
          initialHistBootstrapInlinePayload: payload,
        },
      },
    },
    { devices: [device], attrs: { category: 'peer', push_priority: 'high_force' } },
  );
}

/**
 * `w:sync:app:state`: every requested collection is empty at the version the client already has. A collection in
 * `stuck` is answered `has_more_patches="true"` with nothing in it, a server that claims more and sends none:
 * Baileys rc14's resyncAppState (Socket/chats.js) asks again at once, for ever. Faults.stuckAppState picks them.
 */
export function answerAppStateSync(iq: BinaryNode, stuck: ReadonlySet<string> = new Set()): BinaryNode[] {
  const collections = getBinaryNodeChildren(getBinaryNodeChild(iq, 'sync'), 'collection');
  return [
    {
      tag: 'sync',
      attrs: {},
      content: collections.map((c) => ({
        tag: 'collection',
        attrs: {
          name: c.attrs.name,
          version: c.attrs.version ?? '0',
          ...(stuck.has(c.attrs.name) ? { has_more_patches: 'true' } : {}),
        },
      })),
    },
  ];
}

/** `<notification type="server_sync">`: WhatsApp tells a device a collection changed; Baileys resyncs it. */
export function notifyServerSync(device: LinkedDevice, collection: string) {
  return deliverToDevice(device, {
    tag: 'notification',
    attrs: {
      from: 's.whatsapp.net',
      type: 'server_sync',
      id: `sync-${Date.now().toString(36)}`,
      t: unixNow(),
    },
    content: [{ tag: 'collection', attrs: { name: collection, version: '0' } }],
  });
}
