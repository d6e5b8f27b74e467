// Polls: Baileys builds pollCreationMessage(V3) and the vote-decryption secret from this content.
import { choicesOf } from './build-interactive';
import type { OutgoingContent } from './sender';

export interface PollInput {
  name: string;
  options: string[];
  /** How many answers one voter may pick; 0 = any number. */
  selectable: number;
}

export function buildPoll(input: PollInput): OutgoingContent {
  return {
    kind: 'content',
    content: { poll: { name: input.name, values: input.options, selectableCount: input.selectable } },
    choices: choicesOf(input.options),
  };
}
