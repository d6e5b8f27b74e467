// The card's main button follows the session status (and, for failures, the reason).
import { describe, expect, it } from 'vitest';
import { primaryActionOf } from './primary-action';

describe('primaryActionOf', () => {
  it('offers linking while the device has no link, and the QR while one is showing', () => {
    expect(primaryActionOf('idle', null)).toBe('link');
    expect(primaryActionOf('idle', 'qr_timeout')).toBe('link');
    expect(primaryActionOf('logged_out', 'logged_out')).toBe('link');
    expect(primaryActionOf('qr', null)).toBe('showQr');
  });

  it('offers pause while connected or trying to connect, resume once paused', () => {
    expect(primaryActionOf('open', null)).toBe('pause');
    expect(primaryActionOf('connecting', null)).toBe('pause');
    expect(primaryActionOf('reconnecting', 'connection_lost')).toBe('pause');
    expect(primaryActionOf('paused', null)).toBe('resume');
  });

  it('resumes a failed session that is still linked, and relinks one scanned by the wrong phone', () => {
    expect(primaryActionOf('failed', 'replaced')).toBe('resume');
    expect(primaryActionOf('failed', 'banned')).toBe('resume');
    expect(primaryActionOf('failed', 'wrong_number')).toBe('link');
  });
});
