// Messages to one chat arrive in the order the app was asked to send them, even when the first is slower.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useLinkedCore } from '../support/wa-harness';

const SENDER = '6281234567301';
const app = useLinkedCore(SENDER);

describe('send order per chat', () => {
  it('a big document then a text reach the phone in that order', async () => {
    const budi = app.emu.createPhone('6281234567302', 'Budi');
    const to = budi.jid;
    const doc = randomBytes(4 * 1024 * 1024);
    const sends = [
      app.core.sender.send({
        sender: SENDER,
        to,
        content: {
          kind: 'content',
          content: { document: doc, mimetype: 'application/pdf', fileName: 'katalog.pdf' },
        },
      }),
      app.core.sender.send({
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
