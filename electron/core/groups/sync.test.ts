// The group list's answer can arrive after core closed its database (quit, or the core process restarting):
// it is dropped, not thrown as an unhandled rejection (seen in CI: test/sessions/kill9.test.ts).
import { EventEmitter } from 'node:events';
import type { WASocket } from '@whiskeysockets/baileys';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../db/database';
import { createLogger } from '../logger';
import { tempDataDir } from '../../../test/support/temp-core';
import { watchGroups } from './sync';

describe('group sync after close', () => {
  it('drops a group list that arrives once the database is closed', async () => {
    const db = openDatabase(tempDataDir());
    let answer!: (groups: Record<string, unknown>) => void;
    const ev = new EventEmitter();
    const sock = {
      ev,
      user: { id: '6281234567890@s.whatsapp.net' },
      groupFetchAllParticipating: () => new Promise((resolve) => (answer = resolve)),
    } as unknown as WASocket;
    const changed: number[] = [];
    watchGroups({
      db,
      logger: createLogger('silent'),
      sessions: { onSocket: (listener) => (listener(1, sock), () => undefined) },
      changed: (deviceId) => changed.push(deviceId),
    });
    ev.emit('connection.update', { connection: 'open' });
    db.close();
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      answer({ '1203630@g.us': { id: '1203630@g.us', subject: 'Pelanggan', participants: [] } });
      // Two turns: the .then callback, then any rejection it would have left unhandled.
      await new Promise((resolve) => setImmediate(resolve));
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
    expect(unhandled).toEqual([]);
    expect(changed).toEqual([]);
  });
});
