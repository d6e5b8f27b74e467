// Contacts WhatsApp moved to LID (since mid-2026): their phone accepts only messages addressed to its @lid and the
// server answers a send to the phone-number jid with <ack error="463"> (reported in OpenWA PR #717 and Baileys
// #2742; Baileys surfaces that ack as status ERROR with messageStubParameters ['463'], Socket/messages-recv.js
// handleBadAck). What decides the migration is not observable; tests set `phone.movedToLid`.
import { jidDecode } from '@whiskeysockets/baileys';
import type { EmulatorContext } from './context.js';

/** The 463 a send to `to` gets because its contact only takes LID-addressed messages, or null. */
export function refusalForMovedContact(ctx: EmulatorContext, to: string): string | null {
  const decoded = jidDecode(to);
  if (decoded?.server !== 's.whatsapp.net') return null;
  return ctx.phones.get(decoded.user)?.movedToLid ? '463' : null;
}
