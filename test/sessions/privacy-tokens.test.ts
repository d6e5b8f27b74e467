// WhatsApp Web gives a contact its privacy (trusted-contact) token once per 7-day bucket, not per message.
// Baileys rc14 issues it fire-and-forget from inside its key-store transaction and lost the "issued"
// timestamp, so every message cost an extra IQ to WhatsApp (patches/@whiskeysockets+baileys+*.patch).
import { expect, it } from 'vitest';
import { useLinkedCore } from '../support/wa-harness';

const SENDER = '6281234567311';
const app = useLinkedCore(SENDER);

it("asks WhatsApp for a contact's privacy token once, not once per message", async () => {
  const budi = app.emu.createPhone('6281234567312', 'Budi');
  for (let i = 1; i <= 5; i++) {
    await app.core.sender.send({
      sender: SENDER,
      to: budi.jid,
      content: { kind: 'content', content: { text: `pesan ${i}` } },
    });
    // Let each issuance finish before the next send, as messages spaced out in real use do.
    await expect.poll(() => budi.messages.length).toBe(i);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  expect(app.emu.stats.privacyTokens).toEqual({ [budi.jid]: 1 });
});
