// `<notification type="companion_reg_refresh">`: since 2026-07-28 WhatsApp sends it to a companion that is being
// linked, after the phone scanned the QR and before pair-success (Baileys issue #2737, also seen in whatsmeow as
// "Unhandled notification with type companion_reg_refresh"). It retires the adv secret the companion advertises
// in its QR; WA Web makes a new one, redraws the QR with the current ref and acks (PR #2765). rc14 could not ack
// before login (issue #2738, PR #2749) and kept drawing the old secret, so pair-success never came.
// The server cannot see the adv secret, but the phone the emulator plays reads it from the scanned QR and HMACs
// the device identity with it (Baileys Utils/validate-connection.ts configureSuccessfulPairing checks that HMAC
// with creds.advSecretKey, so a pair-success over a replaced secret cannot succeed). So the emulator retires the
// scanned QR's secret (pairing.ts): that scan fails, as PR #2765 reports ("the phone scans it, reports a failed
// link"), and only a QR drawn with a new secret links. It waits for the ack and fails the link without one.
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
