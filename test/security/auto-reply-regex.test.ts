// Defended: a regex auto-reply freezing the app on a crafted message (ReDoS). Patterns run on RE2 (linear time,
// messages matched up to MATCHED_TEXT_LIMIT characters); patterns RE2 cannot run are refused at save with a
// clear message. Legitimate: ordinary regex rules save and answer as before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorTexts } from '../../shared/error-texts';
import type { Core } from '../../electron/core/app';
import { findMatchingRule } from '../../electron/core/auto-replies/match';
import { startTestCore } from '../support/temp-core';

const { pattern_invalid: PATTERN_INVALID, pattern_unsupported: PATTERN_UNSUPPORTED } = errorTexts;

describe('auto-reply regexes', () => {
  let core: Core;
  let deviceId: number;
  beforeAll(async () => {
    core = await startTestCore();
    deviceId = (await core.rpc.invoke('devices.create', { number: '081234567890', name: 'Toko' })).id;
  });
  afterAll(() => core.close());

  it('answers a catastrophic-backtracking pattern against a crafted message at once', async () => {
    await core.rpc.invoke('autoReplies.create', {
      deviceId,
      match: 'regex',
      pattern: '^(a+)+$',
      reply: 'never',
    });
    await core.rpc.invoke('autoReplies.create', {
      deviceId,
      match: 'regex',
      pattern: '^info\\s+\\d+$',
      reply: 'Info!',
    });
    const crafted = `${'a'.repeat(4000)}!`; // a backtracking engine needs ~2^4000 steps for this
    const started = performance.now();
    const rules = await core.rpc.invoke('autoReplies.list', { deviceId });
    expect(findMatchingRule(rules, crafted)).toBeNull();
    const answer = await core.rpc.invoke('autoReplies.test', { deviceId, text: crafted });
    expect(answer).toEqual({ rule: null, reply: null });
    // Linear time: a few milliseconds here; the bound only fails for an engine that backtracks.
    expect(performance.now() - started).toBeLessThan(2_000);
    expect((await core.rpc.invoke('autoReplies.test', { deviceId, text: 'INFO 12' })).reply).toBe('Info!');
  });

  it('refuses backreferences and lookaround at save with a clear message, and a broken pattern with another', async () => {
    for (const pattern of ['(a)\\1', '^(?=harga)', 'promo(?!s)', '(?<=kak)halo']) {
      await expect(
        core.rpc.invoke('autoReplies.create', { deviceId, match: 'regex', pattern, reply: 'x' }),
      ).rejects.toMatchObject({
        code: 'invalid_input',
        message: PATTERN_UNSUPPORTED,
        details: { pattern: [PATTERN_UNSUPPORTED] },
      });
    }
    await expect(
      core.rpc.invoke('autoReplies.create', { deviceId, match: 'regex', pattern: '(unclosed', reply: 'x' }),
    ).rejects.toMatchObject({ code: 'invalid_input', details: { pattern: [PATTERN_INVALID] } });
    // Plain text rules are never regexes, whatever characters they hold.
    const contains = await core.rpc.invoke('autoReplies.create', {
      deviceId,
      match: 'contains',
      pattern: '(a)\\1',
      reply: 'ok',
    });
    expect(contains.pattern).toBe('(a)\\1');
  });
});
