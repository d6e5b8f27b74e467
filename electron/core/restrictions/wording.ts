// The words a blocked send answers with, and how the REST API recognises one (429 + Retry-After).
import { AppError } from '../errors';

export type BlockKind = 'timelock' | 'capped';

/** What rides in AppError.details when a send to a new chat was held back because of a restriction. */
export interface NewChatBlock {
  restriction: BlockKind;
  /** When new chats may start again (ms since epoch); for a cap without a known cycle end, an hour from now. */
  until: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "14:30" today, "2026-12-04 14:30" another day (local time of this computer, as the user reads it). */
export function localTimeText(at: number, now: number): string {
  const d = new Date(at);
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}`;
  if (new Date(now).toDateString() === d.toDateString()) return time;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${time}`;
}

export function blockMessage(block: NewChatBlock, now: number): string {
  const until = localTimeText(block.until, now);
  return block.restriction === 'timelock'
    ? `This number is temporarily blocked by WhatsApp from starting new chats until ${until}. Sending more makes it worse.`
    : `This number has used up the new chats WhatsApp allows it for now; new chats wait until ${until}. Sending more makes it worse.`;
}

export function newChatBlockedError(block: NewChatBlock, now: number): AppError {
  return new AppError('send_failed', blockMessage(block, now), block);
}

export function newChatBlockOf(error: unknown): NewChatBlock | null {
  if (!(error instanceof AppError) || error.code !== 'send_failed') return null;
  const details = error.details as Partial<NewChatBlock> | undefined;
  return details?.restriction && typeof details.until === 'number' ? (details as NewChatBlock) : null;
}
