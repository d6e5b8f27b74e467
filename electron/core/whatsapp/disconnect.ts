// Maps a Baileys close (status code) to our reason and what the session does next.
import { DisconnectReason as Baileys } from '@whiskeysockets/baileys';
import type { DisconnectReason } from '../../../shared/disconnect-reasons';

export type NextStep = 'reconnect_now' | 'reconnect' | 'logged_out' | 'stop';

export interface CloseDecision {
  reason: DisconnectReason;
  next: NextStep;
}

export function statusCodeOf(error: unknown): number | undefined {
  return (error as { output?: { statusCode?: number } } | undefined)?.output?.statusCode;
}

export function decideOnClose(error: unknown): CloseDecision {
  const code = statusCodeOf(error);
  const message = (error as Error | undefined)?.message ?? '';
  switch (code) {
    case Baileys.loggedOut:
      return { reason: 'logged_out', next: 'logged_out' };
    case Baileys.restartRequired:
      return { reason: 'restart_required', next: 'reconnect_now' };
    // Two apps on the same creds would kick each other forever: stop and let the user decide.
    case Baileys.connectionReplaced:
      return { reason: 'replaced', next: 'stop' };
    case Baileys.forbidden:
      return { reason: 'banned', next: 'stop' };
    case Baileys.multideviceMismatch:
      return { reason: 'multidevice_mismatch', next: 'logged_out' };
    case Baileys.badSession:
      return { reason: 'bad_session', next: 'reconnect' };
    case Baileys.unavailableService:
      return { reason: 'unavailable', next: 'reconnect' };
    case Baileys.timedOut:
      if (/QR refs attempts ended/i.test(message)) return { reason: 'qr_timeout', next: 'reconnect' };
      return { reason: 'connection_lost', next: 'reconnect' };
    default:
      if (/ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET/.test(message)) {
        return { reason: 'unreachable', next: 'reconnect' };
      }
      return { reason: 'connection_lost', next: 'reconnect' };
  }
}
