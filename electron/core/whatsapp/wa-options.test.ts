import { randomBytes } from 'node:crypto';
import { WA_CERT_DETAILS } from '@whiskeysockets/baileys';
import { afterEach, describe, expect, it } from 'vitest';
import { applyEmulatorTrust, DEFAULT_WA_URL, isCustomWaUrl } from './wa-options';

const original = Buffer.from(WA_CERT_DETAILS.PUBLIC_KEY);
afterEach(() => WA_CERT_DETAILS.PUBLIC_KEY.set(original));

describe('emulator trust hook', () => {
  it('trusts the given root key only with a custom WhatsApp URL', () => {
    const key = randomBytes(32);
    expect(applyEmulatorTrust({ waRootKey: key.toString('base64') })).toBe(false);
    expect(applyEmulatorTrust({ waUrl: DEFAULT_WA_URL, waRootKey: key.toString('base64') })).toBe(false);
    expect(Buffer.from(WA_CERT_DETAILS.PUBLIC_KEY)).toEqual(original);

    expect(
      applyEmulatorTrust({ waUrl: 'ws://127.0.0.1:7700/ws/chat', waRootKey: key.toString('base64') }),
    ).toBe(true);
    expect(Buffer.from(WA_CERT_DETAILS.PUBLIC_KEY)).toEqual(key);
  });

  it('rejects a malformed key', () => {
    expect(() => applyEmulatorTrust({ waUrl: 'ws://127.0.0.1:1/ws/chat', waRootKey: 'c2hvcnQ=' })).toThrow(
      /32-byte/,
    );
  });

  it('knows the default endpoint', () => {
    expect(DEFAULT_WA_URL).toBe('wss://web.whatsapp.com/ws/chat');
    expect(isCustomWaUrl({})).toBe(false);
    expect(isCustomWaUrl({ waUrl: 'ws://127.0.0.1:7700/ws/chat' })).toBe(true);
  });
});
