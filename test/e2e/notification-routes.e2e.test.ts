// Where a desktop notification's click leads, in the real renderer: the main process sets the hash
// (electron/main/lifecycle.ts openRoute runs `location.hash = "#/inbox?device=…&chat=…"`), and the page opens
// that chat or campaign once, then drops the request from the address. Real headless server, emulator, Chromium.
import { afterAll, describe, expect, it } from 'vitest';
import type { Phone } from '../emulator/index';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver';
import { screenshot, useE2eApp } from './helpers';

const DEVICE = '6281234567181';
const me = `${DEVICE}@s.whatsapp.net`;

describe('notification click targets', () => {
  let receiver: WebhookReceiver;
  let budi: Phone;
  const app = useE2eApp({
    emulator: true,
    prepare: async ({ emulator }) => {
      receiver = await startWebhookReceiver();
      budi = emulator.createPhone('6281234567182', 'Budi Pelanggan');
    },
    linkedDevice: { number: DEVICE, name: 'Toko' },
    serverArgs: () => ['--webhook-url', receiver.url],
  });
  afterAll(() => receiver?.close());

  /** A contract call as the page makes it (POST /rpc/<method> with the page's token). */
  const rpc = (method: string, input: object = {}) =>
    app.page.evaluate(
      async ({ method, input }) => {
        const token = document.querySelector<HTMLMetaElement>('meta[name="wasender-rpc-token"]')!.content;
        const answer = await fetch(`/rpc/${method}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-wasender-token': token },
          body: JSON.stringify({ input }),
        });
        return (await answer.json()).result;
      },
      { method, input },
    );
  const openRoute = (route: string) =>
    app.page.evaluate((hash) => {
      location.hash = hash;
    }, `#/${route}`);

  it(
    '"#/inbox?device&chat" opens that chat, then the address is plain #/inbox',
    { timeout: 60_000 },
    async () => {
      await app.page.goto(`${app.server.url}/#/devices`);
      await app.page.getByRole('heading', { level: 2, name: 'Perangkat' }).waitFor();
      const sent = await (async () => {
        for (let i = 0; i < 40; i++) {
          try {
            return await budi.sendText(me, 'Stok kaos hitam masih ada?\nUkuran L');
          } catch {
            await new Promise((resolve) => setTimeout(resolve, 250)); // the device is still reconnecting
          }
        }
        throw new Error('device never came online');
      })();
      await receiver.waitFor((hook) => hook.body.id === sent.id, 20_000);
      const [device] = await rpc('devices.list');
      const { chats } = await rpc('inbox.chats', { deviceId: device.id });
      const chat = chats.find((c: { name: string | null }) => c.name === 'Budi Pelanggan');

      await openRoute(`inbox?device=${device.id}&chat=${chat.id}`);
      const thread = app.page.getByTestId('chat-thread');
      await thread.getByText('Stok kaos hitam masih ada?').waitFor();
      await expect.poll(() => app.page.evaluate(() => location.hash)).toBe('#/inbox');
      await screenshot(app.page, 'notification-opens-chat');
    },
  );

  it('"#/broadcasts?campaign" opens that campaign', async () => {
    const [device] = await rpc('devices.list');
    const imported = await rpc('contacts.importText', { name: 'Pelanggan Desember', text: '6281234567183' });
    const campaign = await rpc('broadcasts.create', {
      name: 'Promo Akhir Tahun',
      listId: imported.list.id,
      content: { kind: 'text', text: 'Halo {{name}}' },
      deviceIds: [device.id],
    });
    await openRoute(`broadcasts?campaign=${campaign.id}`);
    await app.page.getByRole('heading', { level: 3, name: 'Promo Akhir Tahun' }).waitFor();
    await expect.poll(() => app.page.evaluate(() => location.hash)).toBe('#/broadcasts');
    expect(app.pageErrors).toEqual([]);
  });
});
