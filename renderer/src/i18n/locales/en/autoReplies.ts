// Auto-reply rules per device. English.
import type { Shape } from '../../shape';
import type * as id from '../id/autoReplies';

export const autoReplies: Shape<typeof id.autoReplies> = {
  title: 'Auto-replies',
  hint: 'Rules are tried top to bottom; the first that matches answers. A pause per chat keeps two bots from answering each other forever.',
  add: 'Add rule',
  empty: 'No rules for this device yet.',
  match: { exact: 'Exactly', contains: 'Contains', regex: 'Regex' },
  pattern: 'If the message',
  reply: 'Reply with',
  mediaUrl: 'Image/file URL (optional)',
  caseSensitive: 'Match upper/lower case',
  cooldown: 'Pause per chat (seconds)',
  enabled: 'On',
  moveUp: 'Move up',
  moveDown: 'Move down',
  test: 'Try the rules',
  testPlaceholder: 'Type a sample message…',
  testMatch: 'Rule #{{position}} answers: {{reply}}',
  testNoMatch: 'No rule matches.',
  invalidRegex: 'The regex pattern is not valid.',
  unsupportedRegex:
    'This pattern uses backreferences (\\1) or lookaround ((?=, (?!, (?<=, (?<!), which auto-replies do not support: one crafted message could freeze the app. Write it without them.',
};
