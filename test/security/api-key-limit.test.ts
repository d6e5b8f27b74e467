// Defended: guessing the API key (wrong keys are counted per client address, 429 past 10 a minute).
// Legitimate: the right key is accepted however many wrong keys came before — a web page or local program
// sending wrong keys on purpose cannot stop the user's office integration (issue 19).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/app';
import { CROSS_SITE_MESSAGE } from '../../electron/core/api/gate/request-gate';
import { FAILED_KEY_LIMIT } from '../../electron/core/api/rest/api-key';
import { startTestCore } from '../support/temp-core';
import { rawRequest, restError } from './raw-http';

const path = (key: string) =>
  `/send-message?api_key=${encodeURIComponent(key)}&sender=6281234567890&number=628123456789&message=hi`;

describe('wrong API keys', () => {
  let core: Core;
  beforeAll(async () => {
    core = await startTestCore();
  });
  afterAll(() => core.close());

  it('never locks out the right key: 10 wrong, then 429 for wrong keys, and the right key still sends', async () => {
    for (let i = 0; i < FAILED_KEY_LIMIT; i++) {
      const wrong = await rawRequest(core.api.url, { path: path(`guess-${i}`) });
      expect(wrong.status).toBe(401);
      expect(wrong.json).toEqual({
        ...restError('Invalid API key'),
        errors: 'The API key does not match the one shown in Settings.',
      });
    }
    const blocked = await rawRequest(core.api.url, {
      path: path('guess-again'),
      headers: { 'x-api-key': 'nope' },
    });
    expect(blocked.status).toBe(429);
    expect(blocked.json.msg).toMatch(/^Too many requests with a wrong API key\. Try again in \d+ seconds\.$/);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    const key = core.settings.get().apiKey;
    // In the query string, and in the header (which wins over a wrong query key).
    const rights = [{ path: path(key) }, { path: path('stale-key'), headers: { 'x-api-key': key } }];
    for (const right of rights) {
      const answer = await rawRequest(core.api.url, right);
      // Past the key check: the documented answer for a device that is not linked.
      expect(answer.status).toBe(404);
      expect(answer.json).toMatchObject({ status: false, errors: 'Failed to access whatsapp server' });
    }
  });

  it('refuses cross-site guesses before they are counted', async () => {
    const other = await startTestCore();
    try {
      for (let i = 0; i < FAILED_KEY_LIMIT + 5; i++) {
        const refused = await rawRequest(other.api.url, {
          path: path(`page-guess-${i}`),
          headers: { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'no-cors' },
        });
        expect(refused.status).toBe(403);
        expect(refused.json).toEqual(restError(CROSS_SITE_MESSAGE));
      }
      // Not a single failure was counted: a script's wrong key still gets 401, not 429.
      const script = await rawRequest(other.api.url, { path: path('typo') });
      expect(script.status).toBe(401);
    } finally {
      await other.close();
    }
  });
});
