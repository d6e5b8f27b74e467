// Poll votes arrive encrypted with the poll's secret; we can read them for polls this device sent and stored.
import { createHash } from 'node:crypto';
import { decryptPollVote, type proto } from '@whiskeysockets/baileys';
import type { MessageRow } from './inbox-queries';

/**
 * The jids a vote may be signed with, per side. The vote's key and AAD bind one creator jid and one voter jid,
 * and which ones depends on how the chat was addressed: both PN in a PN chat, creator LID + voter PN in a LID
 * chat (Baileys issue #2342), the voter's LID when WhatsApp shows the voter only by LID. Baileys PR #2467
 * (decryptPollVoteWithLidFallback) and #2308 try every PN/LID pair for that reason; so do we.
 */
export interface PollVoteCandidates {
  creators: string[];
  voters: string[];
}

/** The chosen option names, or null when the poll (and its secret) is not ours or no jid pair decrypts the vote. */
export function readPollVote(
  update: proto.Message.IPollUpdateMessage,
  poll: MessageRow | undefined,
  candidates: PollVoteCandidates,
): string[] | null {
  if (!poll?.extra || !update.vote) return null;
  const extra = JSON.parse(poll.extra) as { options?: string[]; secret?: string | null };
  if (!extra.secret || !extra.options) return null;
  const pollEncKey = Buffer.from(extra.secret, 'base64');
  for (const pollCreatorJid of new Set(candidates.creators))
    for (const voterJid of new Set(candidates.voters)) {
      let vote: proto.Message.PollVoteMessage;
      try {
        vote = decryptPollVote(update.vote, { pollCreatorJid, pollMsgId: poll.waId, pollEncKey, voterJid });
      } catch {
        continue; // GCM authentication fails for every pair but the one the voter signed with
      }
      const byHash = new Map(
        extra.options.map((name) => [createHash('sha256').update(name).digest('hex'), name]),
      );
      return (vote.selectedOptions ?? []).map((hash) => byHash.get(Buffer.from(hash).toString('hex')) ?? '?');
    }
  return null;
}

/** Every jid each side may have signed with: PN and LID (the account's own LID, the voter's from the message key or the LID map). */
export function pollVoteCandidates(
  own: { number: string; lid?: string | null },
  voter: { number: string | null; lid: string | null; keyJids: Array<string | null | undefined> },
  lidsOf: (phone: string) => string[],
): PollVoteCandidates {
  const creators = [`${own.number}@s.whatsapp.net`, ...(own.lid ? [own.lid] : []), ...lidsOf(own.number)];
  const voters = [
    ...(voter.number ? [`${voter.number}@s.whatsapp.net`] : []),
    ...(voter.lid ? [voter.lid] : []),
    ...voter.keyJids.filter((jid): jid is string => !!jid),
    ...(voter.number ? lidsOf(voter.number) : []),
  ];
  return { creators, voters };
}
