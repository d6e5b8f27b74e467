// Poll votes arrive encrypted with the poll's secret; we can read them for polls this device sent and stored.
import { createHash } from 'node:crypto';
import { decryptPollVote, type proto } from '@whiskeysockets/baileys';
import type { MessageRow } from './inbox-queries';

/** The chosen option names, or null when the poll (and its secret) is not ours or the vote does not decrypt. */
export function readPollVote(
  update: proto.Message.IPollUpdateMessage,
  poll: MessageRow | undefined,
  creatorNumber: string,
  voterNumber: string | null,
): string[] | null {
  if (!poll?.extra || !update.vote || !voterNumber) return null;
  const extra = JSON.parse(poll.extra) as { options?: string[]; secret?: string | null };
  if (!extra.secret || !extra.options) return null;
  try {
    const vote = decryptPollVote(update.vote, {
      pollCreatorJid: `${creatorNumber}@s.whatsapp.net`,
      pollMsgId: poll.waId,
      pollEncKey: Buffer.from(extra.secret, 'base64'),
      voterJid: `${voterNumber}@s.whatsapp.net`,
    });
    const byHash = new Map(
      extra.options.map((name) => [createHash('sha256').update(name).digest('hex'), name]),
    );
    return (vote.selectedOptions ?? []).map((hash) => byHash.get(Buffer.from(hash).toString('hex')) ?? '?');
  } catch {
    return null;
  }
}
