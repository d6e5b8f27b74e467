// Messages to one chat arrive in the order the app was asked to send them, even when the first is slower.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../emulator/index';
import { linkDeviceByQr, startCoreAgainst } from '../support/wa-harness';
import type { Core } from '../../electron/core/app';

let emu: Emulator;
let core: Core;
const SENDER = '6281234567301';
beforeAll(async () => {
  emu = await startEmulator();
  core = await startCoreAgainst(emu);
  await linkDeviceByQr(core, emu, SENDER);
});
afterAll(async () => {
  await core?.close();
  await emu?.close();
});

describe('send order per chat', () => {
  it('a big document then a text reach the phone in that order', async () => {
    const budi = emu.createPhone('6281234567302', 'Budi');
    const to = budi.jid;
    const doc = randomBytes(4 * 1024 * 1024);
    const sends = [
      core.sender.send({
        sender: SENDER,
        to,
        content: {
          kind: 'content',
          content: { document: doc, mimetype: 'application/pdf', fileName: 'katalog.pdf' },
        },
      }),
      core.sender.send({
        sender: SENDER,
        to,
        content: { kind: 'content', content: { text: 'lihat katalog di atas' } },
      }),
    ];
    const [first, second] = await Promise.all(sends);
    await budi.waitForMessage((m) => m.id === second.id);
    const ids = budi.messages.map((m) => m.id);
    expect(ids.indexOf(first.id)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(first.id)).toBeLessThan(ids.indexOf(second.id));
  });
});
