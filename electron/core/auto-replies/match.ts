// Which rule answers a text: the first enabled one, in order, whose exact / contains / regex pattern matches.
import type { AutoReplyRule } from '../../../shared/inbox';

/** A regex that does not compile never matches (the form validates, but rules may predate a fix). */
function compile(rule: AutoReplyRule): RegExp | null {
  try {
    return new RegExp(rule.pattern, rule.caseSensitive ? 'u' : 'iu');
  } catch {
    return null;
  }
}

export function ruleMatches(rule: AutoReplyRule, text: string): boolean {
  if (rule.match === 'regex') return compile(rule)?.test(text) ?? false;
  const fold = (value: string) => (rule.caseSensitive ? value : value.toLocaleLowerCase('id'));
  const haystack = fold(text.trim());
  const needle = fold(rule.pattern.trim());
  return rule.match === 'exact' ? haystack === needle : haystack.includes(needle);
}

export function findMatchingRule(rules: AutoReplyRule[], text: string): AutoReplyRule | null {
  return rules.find((rule) => rule.enabled && ruleMatches(rule, text)) ?? null;
}

export function isValidPattern(match: AutoReplyRule['match'], pattern: string): boolean {
  if (match !== 'regex') return true;
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}
