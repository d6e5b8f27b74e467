import { describe, expect, it } from 'vitest';
import { createBackoff } from './backoff';
import { decideOnClose } from './disconnect';

describe('createBackoff', () => {
  it('doubles from 2 s up to a 60 s cap and resets', () => {
    const backoff = createBackoff({ random: () => 0.5 });
    expect(Array.from({ length: 8 }, () => backoff.next())).toEqual([
      2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000,
    ]);
    backoff.reset();
    expect(backoff.next()).toBe(2000);
  });

  it('spreads delays by ±20 %', () => {
    expect(createBackoff({ random: () => 0 }).next()).toBe(1600);
    expect(createBackoff({ random: () => 1 }).next()).toBe(2400);
  });
});

describe('decideOnClose', () => {
  const boom = (statusCode: number, message = '') =>
    Object.assign(new Error(message), { output: { statusCode } });
  it.each([
    [401, 'logged_out', 'logged_out'],
    [515, 'restart_required', 'reconnect_now'],
    [440, 'replaced', 'stop'],
    [403, 'banned', 'stop'],
    [500, 'bad_session', 'reconnect'],
    [428, 'connection_lost', 'reconnect'],
  ])('status %i → %s, %s', (code, reason, next) => {
    expect(decideOnClose(boom(code))).toEqual({ reason, next });
  });

  it('recognises an expired QR and an unreachable server', () => {
    expect(decideOnClose(boom(408, 'QR refs attempts ended')).reason).toBe('qr_timeout');
    expect(decideOnClose(new Error('connect ECONNREFUSED 127.0.0.1:1')).reason).toBe('unreachable');
  });
});
