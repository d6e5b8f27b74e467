// Each recipient's result of one send, in the documented REST shape (`results`) that compose answers too.
import { codeOf, type SendOutcome } from '../messages/send';
import { MSG_FAILED } from './rest/responses';

export interface RecipientResult {
  number: string;
  status: boolean;
  id?: string;
  msg?: string;
  errors?: string;
}

/** "628…@s.whatsapp.net" → "628…"; groups keep their id. */
const shown = (jid: string) => jid.replace(/@s\.whatsapp\.net$/, '');

/** `offline`: the device's connection was gone before its first recipient, so nothing went out. */
export function recipientResults(
  outcomes: SendOutcome[],
  log: { error(details: object, message: string): void },
): { results: RecipientResult[]; sentIds: string[]; offline: boolean } {
  const results: RecipientResult[] = [];
  for (const outcome of outcomes) {
    const number = shown(outcome.to);
    if ('id' in outcome) {
      results.push({ number, status: true, id: outcome.id });
      continue;
    }
    const code = codeOf(outcome.error);
    if (code === 'session_not_connected') {
      if (results.length === 0) return { results, sentIds: [], offline: true };
      results.push({ number, status: false, msg: 'Failed to access whatsapp server' });
      continue;
    }
    if (code !== 'send_failed') log.error({ err: outcome.error }, 'send failed unexpectedly');
    // WhatsApp's (or the safety limit's) reason rides along as `errors`, as in the connection-error shape.
    const reason = code === 'send_failed' ? (outcome.error as Error).message : undefined;
    results.push({ number, status: false, msg: MSG_FAILED, ...(reason ? { errors: reason } : {}) });
  }
  const sentIds = results.filter((r) => r.status).map((r) => r.id!);
  return { results, sentIds, offline: false };
}
