// Fields every send endpoint shares: who sends and to whom first, an optional quote and idempotency key last.
import { boolean, optionalText, phone, recipients } from './rules';

export const senderField = (region: string) =>
  phone(region, {
    required: true,
    description: 'Linked device number that sends (any notation: 62812…, +62 812-…, 0812…).',
    example: '6281234567890',
  });

export const sendFields = (region: string) => ({
  sender: senderField(region),
  number: recipients(region, {
    allowGroups: true,
    multiple: true,
    description:
      'Recipient in international format (0812… is read as Indonesian), a group id (…@g.us), or several separated by "|".',
    example: '628123456789',
  }),
});

/** Optional on every send, listed last. */
export const sendExtras = () => ({
  msgid: optionalText({ max: 128, description: 'Id of an earlier message to quote (reply to).' }),
  ref: optionalText({
    max: 100,
    description:
      'Idempotency key: a retried request with the same ref returns the first result and never sends twice.',
    example: 'order-1234',
  }),
  full: boolean({
    description:
      "MPWA's full=1: also answer the send result under data (data.key.id, data.key.remoteJid, data.key.fromMe, data.messageTimestamp, data.status).",
  }),
});
