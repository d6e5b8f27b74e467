// Login and stanza dispatch for one connection: pair-device for new clients, success + offline flush for known devices.
import { type BinaryNode, proto } from '@whiskeysockets/baileys';
import { routeDeviceCall } from './calls.js';
import type { DeviceConnection } from './connection.js';
import { type EmulatorContext, unixNow } from './context.js';
import { routeIq } from './iq-router.js';
import { requeueUnacked } from './linked-device.js';
import { flushOfflineQueue, onDeviceAck } from './nack-holdback.js';
import { routeDeviceMessage, routeDeviceReceipt } from './message-router.js';

async function refuseLogin(conn: DeviceConnection, reason: string) {
  await conn.sendNode({ tag: 'failure', attrs: { reason, location: 'emulator' } });
  conn.close();
}

export async function onClientPayload(
  ctx: EmulatorContext,
  conn: DeviceConnection,
  payload: proto.ClientPayload,
  noiseKey: Buffer,
) {
  if (payload.devicePairingData) {
    conn.pairingData = payload.devicePairingData;
    // Not awaited: the device's reply arrives through this connection's (serialized) inbound queue.
    ctx.pairings.offerQr(conn, payload.devicePairingData).catch(() => undefined);
    return;
  }
  const number = payload.username ? String(payload.username) : '';
  const device = ctx.phones.get(number)?.devices.get(payload.device ?? 0);
  if (!device || !device.noiseKey.equals(noiseKey)) return refuseLogin(conn, '401');
  const previous = device.connection;
  if (previous && !previous.closed)
    void previous.sendStreamErrorAndClose('440', { tag: 'conflict', attrs: { type: 'replaced' } });
  device.connection = conn;
  conn.device = device;
  await conn.sendNode({
    tag: 'success',
    attrs: {
      t: unixNow(),
      props: '1',
      abprops: '1',
      location: 'emulator',
      creation: String(Math.floor(device.linkedAt / 1000)),
      lid: `${device.lid}:${device.id}@lid`,
    },
  });
  await flushOfflineQueue(device, device.pending.splice(0));
}

export async function onNode(ctx: EmulatorContext, conn: DeviceConnection, node: BinaryNode) {
  try {
    switch (node.tag) {
      case 'iq':
        return await routeIq(ctx, conn, node);
      case 'message':
        if (conn.device) await routeDeviceMessage(ctx, conn, node);
        return;
      case 'receipt':
        return await routeDeviceReceipt(ctx, conn, node);
      case 'call':
        return await routeDeviceCall(ctx, conn, node);
      case 'ack':
        // An ack a query() waits for (companion_reg_refresh during linking), else a message/receipt settled.
        if (node.attrs.class === 'notification' && conn.resolveReply(node)) return;
        return await onDeviceAck(conn, node);
      default:
        // presence, chatstate, ib (unified_session): nothing to answer.
        return;
    }
  } catch (err) {
    // A bug in one handler should show up in faults.errors, not as a mysterious dropped connection.
    ctx.faults.recordError(`handling <${node.tag} id=${node.attrs.id}>: ${(err as Error).message}`);
  }
}

export function onClose(ctx: EmulatorContext, conn: DeviceConnection) {
  ctx.faults.connections.delete(conn);
  ctx.pairings.forget(conn);
  if (conn.device?.connection === conn) conn.device.connection = undefined;
  if (conn.device) requeueUnacked(conn.device, conn);
}
