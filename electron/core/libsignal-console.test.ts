// libsignal's own console dumps ("Closing session: SessionEntry {…}") stay out of the terminal; other lines pass.
import { createRequire } from 'node:module';
import { PassThrough } from 'node:stream';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { isLibsignalNoise, quietLibsignalConsole } from './libsignal-console';
import { createLogger } from './logger';

const require = createRequire(import.meta.url);
// The real library, as Baileys loads it (node_modules/libsignal/index.js → src/session_record.js).
const { SessionRecord } = require('libsignal') as {
  SessionRecord: new () => { closeSession(s: object): void; openSession(s: object): void };
};

/** What reached the console underneath the filter (the terminal, in the app). */
const printed: unknown[][] = [];
const debug = vi.fn();

beforeAll(() => {
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const)
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void printed.push(args));
  quietLibsignalConsole({ debug });
});
beforeEach(() => {
  printed.length = 0;
  debug.mockClear();
});

/** A session with a recognisable secret, so the test can tell whether any of it was written anywhere. */
const secretSession = () => ({
  indexInfo: { closed: -1, baseKey: Buffer.from('SECRET-KEY') },
  secret: 'SECRET-KEY',
});

describe('quietLibsignalConsole', () => {
  it('turns libsignal closeSession/openSession dumps into a debug line without the session object', () => {
    const record = new SessionRecord();
    const session = secretSession();
    record.closeSession(session);
    record.openSession(session);
    expect(printed).toEqual([]);
    expect(debug).toHaveBeenCalledWith({ source: 'libsignal' }, 'Closing session');
    expect(debug).toHaveBeenCalledWith({ source: 'libsignal' }, 'Opening session');
    expect(JSON.stringify(debug.mock.calls)).not.toContain('SECRET-KEY');
  });

  it('leaves every other console line alone', () => {
    console.info('Wasender is running');
    console.error('Closing the window');
    expect(printed).toEqual([['Wasender is running'], ['Closing the window']]);
    expect(debug).not.toHaveBeenCalled();
    expect(isLibsignalNoise('Closing session:')).toBe(true);
    expect(isLibsignalNoise({})).toBe(false);
  });
});

describe('createLogger', () => {
  it('writes human lines when pretty (a terminal) and redacts the API key there too', async () => {
    const destination = new PassThrough();
    let text = '';
    destination.on('data', (chunk: Buffer) => (text += chunk.toString()));
    const logger = createLogger('info', { pretty: true, destination });
    logger.info({ apiKey: 'TOPSECRET' }, 'REST API listening');
    await vi.waitFor(() => expect(text).toMatch(/\d\d:\d\d:\d\d\] INFO: REST API listening/));
    expect(text).not.toContain('TOPSECRET');
    expect(() => JSON.parse(text)).toThrow();
  });
});
