// Inbox and Webhooks pages end to end: messages an emulated phone sends appear live in the inbox (text, image,
// button reply), search finds them, a reply reaches the phone, and the deliveries table shows them delivered.
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import type { Phone } from '../emulator/index';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver';
import { screenshot, useE2eApp } from './helpers';

const DEVICE = '6281234567151';
const me = `${DEVICE}@s.whatsapp.net`;

describe('inbox page against the emulator', () => {
  let receiver: WebhookReceiver;
  let alice: Phone;
  const app = useE2eApp({
    emulator: true,
    prepare: async ({ emulator }) => {
      receiver = await startWebhookReceiver();
      alice = emulator.createPhone('6281234567152', 'Alice Pelanggan');
    },
    linkedDevice: { number: DEVICE, name: 'Toko' },
    serverArgs: () => ['--webhook-url', receiver.url],
  });

  afterAll(() => receiver?.close());

  it('shows incoming messages live, searches them and sends a reply', { timeout: 60_000 }, async () => {
    await app.page.goto(`${app.server.url}/#/inbox`);
    await app.page.getByTestId('inbox-device').waitFor();
    // The device reconnects in the background; the first message proves it (webhook delivered).
    const first = await (async () => {
      for (let i = 0; i < 40; i++) {
        try {
          return await alice.sendText(me, 'Halo kak, apa kabar?');
        } catch {
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
      }
      throw new Error('device never came online');
    })();
    await receiver.waitFor((hook) => hook.body.id === first.id, 20_000);
    const chat = app.page.getByTestId('chat-item').filter({ hasText: 'Alice Pelanggan' });
    await chat.waitFor();
    await chat.click();
    const thread = app.page.getByTestId('chat-thread');
    await thread.getByText('Halo kak, apa kabar?').waitFor();

    // Live: new messages appear without a reload.
    await alice.sendImage(me, { data: randomBytes(2000), caption: 'foto pesanan', mimetype: 'image/jpeg' });
    await alice.sendButtonReply(me, { id: '2', text: 'Ya, kirim sekarang' });
    await thread.getByText('foto pesanan').waitFor();
    await thread.getByText('Ya, kirim sekarang').waitFor();
    expect(await thread.locator('[data-testid="message-bubble"][data-type="button_reply"]').count()).toBe(1);
    // Messages arriving in the open chat are marked read at once.
    await expect.poll(() => chat.getByLabel(/belum dibaca/).count(), { timeout: 5000 }).toBe(0);

    // A received document opens (downloads) under its own name.
    await alice.sendDocument(me, {
      data: Buffer.from('isi nota'),
      fileName: 'nota-123.txt',
      mimetype: 'text/plain',
    });
    const docBubble = thread.locator('[data-testid="message-bubble"][data-type="document"]');
    await docBubble.getByText('nota-123.txt').waitFor();
    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      docBubble.getByTestId('media-open').click(),
    ]);
    expect(download.suggestedFilename()).toBe('nota-123.txt');

    // WhatsApp formatting goes out as typed and shows rendered in the bubble, as on the phone.
    await app.page.getByTestId('reply-input').fill('Siap, *segera* dikirim');
    await app.page.getByTestId('reply-send').click();
    await alice.waitForMessage((m) => m.text === 'Siap, *segera* dikirim');
    await thread.locator('strong', { hasText: 'segera' }).waitFor();
    expect(await thread.getByText('*segera*').count()).toBe(0);
    await chat.locator('strong', { hasText: 'segera' }).waitFor();
    await screenshot(app.page, 'inbox-thread');

    // A list reply shows its chosen row; a group gets its own chat named after its subject.
    await alice.sendListReply(me, { rowId: 'r2', title: 'Paket Hemat' });
    await thread.getByText('Paket Hemat').waitFor();
    const bob = app.emulator.createPhone('6281234567153', 'Bob');
    const group = await app.emulator.createGroup(
      'Grup Reseller',
      [alice.number, bob.number, DEVICE],
      alice.number,
    );
    await bob.sendText(group.jid, 'stok aman?');
    const groupChat = app.page.getByTestId('chat-item').filter({ hasText: 'Grup Reseller' });
    await groupChat.waitFor();
    await groupChat.click();
    await app.page.getByTestId('chat-thread').getByText('stok aman?').waitFor();
    await app.page.getByTestId('chat-thread').getByText('Bob').waitFor();
    await screenshot(app.page, 'inbox-group');

    await app.page.getByTestId('inbox-search').fill('kabar');
    await app.page.getByTestId('search-results').getByText('kabar').first().waitFor();
    await screenshot(app.page, 'inbox-search');
    expect(app.pageErrors).toEqual([]);
  });

  it('lists the deliveries on the Webhooks page and warns about plain http to another machine', async () => {
    await app.page.goto(`${app.server.url}/#/webhooks`);
    const table = app.page.getByTestId('webhook-deliveries');
    await table.locator('tr[data-state="delivered"]').first().waitFor();
    expect(await table.locator('tr[data-state="delivered"]').count()).toBeGreaterThanOrEqual(3);
    await expect(app.page.getByTestId('webhook-default-url').inputValue()).resolves.toBe(receiver.url);
    await app.page.getByTestId('webhook-default-url').fill('http://example.com/hook.php');
    await app.page.getByTestId('webhook-http-warning').waitFor();
    await app.page.getByTestId('webhook-default-url').fill(receiver.url);
    await app.page.getByTestId('webhook-test').click();
    await app.page.getByTestId('webhook-test-result').getByText('200').waitFor();
    await screenshot(app.page, 'webhooks-page');
    expect(app.pageErrors).toEqual([]);
  });

  it('creates an auto-reply rule, tries it in the test box, and the phone gets the answer', async () => {
    await app.page.goto(`${app.server.url}/#/inbox`);
    await app.page.getByRole('tab', { name: 'Balasan otomatis' }).click();
    await app.page.getByTestId('rule-add').click();
    await app.page.getByTestId('rule-pattern').fill('ongkir');
    await app.page.getByTestId('rule-reply').fill('Ongkir ke Jakarta 10rb');
    await app.page.getByTestId('rule-save').click();
    await app.page.getByTestId('rule-card').filter({ hasText: 'ongkir' }).waitFor();
    await app.page.getByTestId('rule-test-input').fill('Berapa ONGKIR ke Jakarta?');
    await app.page.getByRole('button', { name: 'Coba aturan' }).click();
    await app.page.getByTestId('rule-test-result').getByText('Ongkir ke Jakarta 10rb').waitFor();
    await screenshot(app.page, 'inbox-auto-replies');
    await alice.sendText(me, 'ongkir berapa kak?');
    await alice.waitForMessage((m) => m.text === 'Ongkir ke Jakarta 10rb');
    expect(app.pageErrors).toEqual([]);
  });
});
