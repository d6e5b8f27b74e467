// Auto-reply matching: exact / contains / regex, case, order, broken patterns.
import { describe, expect, it } from 'vitest';
import type { AutoReplyRule } from '../../../shared/inbox';
import { findMatchingRule } from './match';

const rule = (over: Partial<AutoReplyRule>): AutoReplyRule => ({
  id: 1,
  deviceId: 1,
  match: 'contains',
  pattern: 'x',
  caseSensitive: false,
  reply: 'r',
  mediaUrl: null,
  enabled: true,
  position: 1,
  cooldownSeconds: 0,
  ...over,
});

describe('auto-reply matching', () => {
  it('matches exact, contains and regex, case-insensitive unless asked, first enabled rule wins', () => {
    const rules = [
      rule({ id: 1, match: 'exact', pattern: 'Halo', enabled: false }),
      rule({ id: 2, match: 'exact', pattern: 'HALO' }),
      rule({ id: 3, match: 'contains', pattern: 'harga', caseSensitive: true }),
      rule({ id: 4, match: 'regex', pattern: '^info\\s+\\d+$' }),
    ];
    expect(findMatchingRule(rules, ' halo ')?.id).toBe(2);
    expect(findMatchingRule(rules, 'halo kak')).toBeNull();
    expect(findMatchingRule(rules, 'berapa harga?')?.id).toBe(3);
    expect(findMatchingRule(rules, 'HARGA?')).toBeNull();
    expect(findMatchingRule(rules, 'INFO 12')?.id).toBe(4);
    expect(findMatchingRule([rule({ match: 'regex', pattern: '(' })], '(')).toBeNull();
  });
});
