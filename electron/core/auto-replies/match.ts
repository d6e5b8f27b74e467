// Which rule answers a text: the first enabled one, in order, whose exact / contains / regex pattern matches.
import type { AutoReplyRule } from '../../../shared/inbox';
import { regexProblem, safeRegexTest } from './safe-regex';

export function ruleMatches(rule: AutoReplyRule, text: string): boolean {
  // A regex that does not compile never matches (the form validates, but rules may predate RE2).
  if (rule.match === 'regex') return safeRegexTest(rule.pattern, rule.caseSensitive, text);
  const fold = (value: string) => (rule.caseSensitive ? value : value.toLocaleLowerCase('id'));
  const haystack = fold(text.trim());
  const needle = fold(rule.pattern.trim());
  return rule.match === 'exact' ? haystack === needle : haystack.includes(needle);
}

export function findMatchingRule(rules: AutoReplyRule[], text: string): AutoReplyRule | null {
  return rules.find((rule) => rule.enabled && ruleMatches(rule, text)) ?? null;
}

/** Why a rule's pattern cannot be saved, or null (only regexes can be wrong). */
export function patternProblem(
  match: AutoReplyRule['match'],
  pattern: string,
): ReturnType<typeof regexProblem> {
  return match === 'regex' ? regexProblem(pattern) : null;
}
