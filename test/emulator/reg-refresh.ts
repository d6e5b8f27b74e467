// `<notification type="companion_reg_refresh">`: since 2026-07-28 WhatsApp sends it to a companion that is being
// linked, after the phone scanned the QR and before pair-success (Baileys issue #2737, also seen in whatsmeow as
// "Unhandled notification with type companion_reg_refresh"; WA Web's handler acks it after rotating its adv secret,
// Baileys PR #2765). #2737 and #2488 report that pair-success never comes when the companion does not answer it,
// so the emulator waits for the ack and fails the link without one. Baileys rc14 acks it only if sendMessageAck
// survives the missing `creds.me` before login (issue #2738, PR #2749). That the server retires the advertised adv
// secret (a later scan of the old QR fails) is not emulated: the secret never reaches the server here.
import type { DeviceConnection } from './connection.js';
import { unixNow } from './context.js';

let counter = 0;

/** Sends the refresh and waits for the companion's ack; rejects as the phone's "Couldn't link device". */
export async function refreshRegistration(conn: DeviceConnection, timeoutMs = 5_000): Promise<void> {
  const id = `reg-refresh-${Date.now().toString(36)}-${++counter}`;
  try {
    await conn.query(
      {
        tag: 'notification',
        attrs: { from: 's.whatsapp.net', type: 'companion_reg_refresh', id, t: unixNow() },
        content: [{ tag: 'companion_reg_refresh', attrs: {} }],
      },
      timeoutMs,
    );
  } catch {
    throw new Error("Couldn't link device: the companion never acked companion_reg_refresh");
  }
}
