import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDataDir } from '../../../../test/support/temp-core';
import { openDatabase, type Database } from '../../db/database';
import { runOnce, type HandledReply } from './idempotency';
import { findRef } from './queries';

let db: Database;
beforeEach(() => {
  db = openDatabase(tempDataDir());
});
afterEach(() => db.close());

const params = {
  sender: '6281234567890',
  number: ['628123456789@s.whatsapp.net'],
  message: 'Halo',
  ref: 'order-1',
};
const sent: HandledReply = {
  code: 200,
  body: { status: true, msg: 'Message sent successfully!', id: 'ABC' },
  sent: true,
};

describe('ref (idempotency key)', () => {
  it('runs once; a retry with the same ref replays the first answer without sending again', async () => {
    let sends = 0;
    const run = async () => (sends++, sent);
    const first = await runOnce(db, '/send-message', 'order-1', params, run);
    const retry = await runOnce(db, '/send-message', 'order-1', params, run);
    expect(sends).toBe(1);
    expect(first).toMatchObject({ code: 200, body: sent.body });
    expect(retry).toEqual({ code: 200, body: sent.body, headers: { 'idempotent-replayed': 'true' } });
    expect(findRef(db, 'order-1')).toMatchObject({ state: 'done', httpStatus: 200 });
  });

  it('frees the ref when nothing was sent, so a retry can send', async () => {
    const notConnected: HandledReply = {
      code: 503,
      body: { status: false, msg: 'Failed to send message!' },
      sent: false,
    };
    await runOnce(db, '/send-message', 'order-1', params, async () => notConnected);
    expect(findRef(db, 'order-1')).toBeUndefined();
    await expect(
      runOnce(db, '/send-message', 'order-1', params, async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(findRef(db, 'order-1')).toBeUndefined();
    expect((await runOnce(db, '/send-message', 'order-1', params, async () => sent)).code).toBe(200);
  });

  it('refuses the same ref with other parameters, and a concurrent retry while the first is running', async () => {
    let release!: () => void;
    const slow = runOnce(
      db,
      '/send-message',
      'order-1',
      params,
      () => new Promise<HandledReply>((resolve) => (release = () => resolve(sent))),
    );
    expect(await runOnce(db, '/send-message', 'order-1', params, async () => sent)).toEqual({
      code: 409,
      body: { status: false, msg: 'A request with this ref is still being processed.' },
    });
    release();
    await slow;
    expect(
      await runOnce(db, '/send-message', 'order-1', { ...params, message: 'Other' }, async () => sent),
    ).toEqual({
      code: 422,
      body: { status: false, msg: 'Invalid data!', errors: { ref: ['The ref has already been taken.'] } },
    });
  });

  it('keeps one row per ref (primary key) in migration 003', () => {
    db.prepare(
      `INSERT INTO api_refs (ref, endpoint, request_hash, state) VALUES ('r', '/x', 'h', 'pending')`,
    ).run();
    expect(() =>
      db
        .prepare(`INSERT INTO api_refs (ref, endpoint, request_hash, state) VALUES ('r', '/y', 'h', 'done')`)
        .run(),
    ).toThrow(/UNIQUE/);
    expect(() =>
      db
        .prepare(`INSERT INTO api_refs (ref, endpoint, request_hash, state) VALUES ('s', '/y', 'h', 'maybe')`)
        .run(),
    ).toThrow(/CHECK/);
  });
});
