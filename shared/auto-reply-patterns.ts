// Why an auto-reply pattern cannot be saved: core's words (REST/RPC error details), matched by the form to show
// its translated text. Core checks with RE2 (electron/core/auto-replies/safe-regex.ts).
export const PATTERN_INVALID = 'The pattern format is invalid.';
export const PATTERN_UNSUPPORTED =
  'Auto-reply patterns cannot use backreferences (\\1) or lookaround ((?=, (?!, (?<=, (?<!). Write the pattern without them.';
