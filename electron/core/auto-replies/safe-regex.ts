// Auto-reply regexes run on every inbound message, so they run on RE2 (re2js, a pure-JS port of Google's RE2):
// matching time grows linearly with the text, whatever the pattern — no pattern plus crafted message can freeze
// the app (ReDoS, issue 19). RE2 has no backreferences or lookaround; such patterns are refused when saved.
import { RE2JS } from 're2js';

/** Only the start of a message is matched: auto-reply keywords sit there, and it bounds the work per message. */
export const MATCHED_TEXT_LIMIT = 4096;

const cache = new Map<string, RE2JS>();
const CACHE_SIZE = 500;

/** Compiles with RE2 (throws on a pattern RE2 refuses); the last few hundred are kept compiled. */
export function compileSafeRegex(pattern: string, caseSensitive: boolean): RE2JS {
  const id = `${caseSensitive ? 'c' : 'i'}:${pattern}`;
  let compiled = cache.get(id);
  if (!compiled) {
    compiled = RE2JS.compile(pattern, caseSensitive ? 0 : RE2JS.CASE_INSENSITIVE);
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(id, compiled);
  }
  return compiled;
}

/** Like RegExp.test: somewhere in the (capped) text. A pattern RE2 refuses never matches. */
export function safeRegexTest(pattern: string, caseSensitive: boolean, text: string): boolean {
  try {
    return compileSafeRegex(pattern, caseSensitive).matcher(text.slice(0, MATCHED_TEXT_LIMIT)).find();
  } catch {
    return false;
  }
}

/** Why a pattern cannot be saved, as a text of the table (shared/error-texts.ts), or null. */
export function regexProblem(pattern: string): 'pattern_invalid' | 'pattern_unsupported' | null {
  try {
    compileSafeRegex(pattern, true);
    return null;
  } catch {
    try {
      new RegExp(pattern, 'u');
      return 'pattern_unsupported'; // valid JavaScript, but needs backtracking
    } catch {
      return 'pattern_invalid';
    }
  }
}
