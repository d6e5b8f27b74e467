// AI replies in Chromium: the AI page sets up a local OpenAI-compatible provider and its test button answers
// "Halo, jam buka?" from the shop's facts; in the inbox "suggest a reply" fills the reply box, the person edits
// and sends it. Screenshots in Indonesian and English.
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Phone } from '../emulator/index';
import { startOpenAiTestServer, type OpenAiTestServer } from '../support/openai-test-server';
import { screenshot, useE2eApp } from './helpers';

const DEVICE = '6281234567181';
const me = `${DEVICE}@s.whatsapp.net`;

/** A contract call the way the page makes it (POST /rpc/:method with the page's token). */
function rpc(page: Page, method: string, input: unknown): Promise<unknown> {
  return page.evaluate(
    async ({ method, input }) => {
      const token = document.querySelector<HTMLMetaElement>('meta[name="wasender-rpc-token"]')!.content;
      const response = await fetch(`/rpc/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-wasender-token': token },
        body: JSON.stringify({ input }),
      });
      const body = await response.json();
      if (!body.ok) throw new Error(JSON.stringify(body.error));
      return body.result;
    },
    { method, input },
  );
}

describe('AI replies in the UI', () => {
  let provider: OpenAiTestServer;
  let alice: Phone;
  let bob: Phone;
  const app = useE2eApp({
    emulator: true,
    prepare: async ({ emulator }) => {
      provider = await startOpenAiTestServer();
      alice = emulator.createPhone('6281234567182', 'Alice Pelanggan');
      bob = emulator.createPhone('6281234567183', 'Bob Pembeli');
    },
    linkedDevice: { number: DEVICE, name: 'Toko' },
  });
  afterAll(() => provider?.close());

  it(
    'tests the provider from the AI page and suggests a reply in the inbox',
    { timeout: 60_000 },
    async () => {
      const { page } = app;
      await page.goto(`${app.server.url}/#/ai`);
      await page.getByTestId('ai-base-url').fill(provider.baseUrl);
      await page.getByTestId('ai-model').fill('toko-test-model');
      await page.getByTestId('ai-api-key').fill('sk-e2e-key-4321');
      await page.getByTestId('ai-save').click();
      await page.getByText('Tersimpan (…4321)').first().waitFor();
      await page
        .getByTestId('ai-facts')
        .fill('Toko Kopi Senja, Jl. Braga 12 Bandung.\nBuka setiap hari 08.00-17.00.');
      await page.getByTestId('ai-facts-save').click();
      await expect.poll(() => page.getByTestId('ai-facts-save').isDisabled()).toBe(true);
      await page.getByTestId('ai-test').click();
      await page.getByTestId('ai-test-answer').getByText('Buka setiap hari 08.00-17.00.').waitFor();
      expect(await page.getByTestId('ai-data-note').textContent()).toContain(
        'tidak keluar dari komputer ini',
      );
      await screenshot(page, 'ai-settings-id');

      // The device reconnects in the background; the first message that is stored proves it.
      for (let i = 0; i < 40; i++) {
        try {
          await alice.sendText(me, 'Kak, jam buka toko jam berapa?');
          break;
        } catch {
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
      }
      await page.goto(`${app.server.url}/#/inbox`);
      const chat = page.getByTestId('chat-item').filter({ hasText: 'Alice Pelanggan' });
      await chat.click({ timeout: 20_000 });
      const thread = page.getByTestId('chat-thread');
      await thread.getByText('Kak, jam buka toko jam berapa?').waitFor();
      await page.getByTestId('reply-suggest').click();
      const input = page.getByTestId('reply-input');
      await expect.poll(() => input.inputValue()).toBe('Halo kak! Buka setiap hari 08.00-17.00.');
      // The suggestion reached the model with the chat's question; the person edits it before sending.
      expect(provider.requests.at(-1)?.question).toBe('Kak, jam buka toko jam berapa?');
      await screenshot(page, 'ai-suggest-id');
      await input.fill('Halo kak! Buka setiap hari 08.00-17.00, Minggu juga.');
      await page.getByTestId('reply-send').click();
      await alice.waitForMessage((m) => m.text === 'Halo kak! Buka setiap hari 08.00-17.00, Minggu juga.');
      // A person's reply pauses the AI in this chat, as the header says.
      await thread.getByTestId('thread-ai-paused').waitFor();

      await rpc(page, 'settings.set', { language: 'en' });
      await page.getByRole('button', { name: 'Suggest a reply' }).click();
      await expect.poll(() => input.inputValue()).toBe('Halo kak! Buka setiap hari 08.00-17.00.');
      await thread.getByText('AI paused until', { exact: false }).waitFor();
      await screenshot(page, 'ai-suggest-en');

      // With the device's AI rule on: an unknown question tags the chat, a known one is answered and badged.
      const [device] = (await rpc(page, 'devices.list', {})) as { id: number }[];
      await rpc(page, 'ai.setDevice', { deviceId: device.id, enabled: true, cooldownSeconds: 0 });
      await bob.sendText(me, 'Bisa kirim ke Papua?');
      const bobChat = page.getByTestId('chat-item').filter({ hasText: 'Bob Pembeli' });
      await bobChat.getByTestId('chat-needs-person').waitFor();
      await bob.sendText(me, 'jam buka?');
      await bob.waitForMessage((m) => m.text === 'Halo kak! Buka setiap hari 08.00-17.00.');
      await bobChat.click();
      await thread.getByTestId('thread-needs-person').waitFor();
      await thread.getByTestId('message-ai-badge').waitFor();
      expect(await thread.getByTestId('message-ai-badge').count()).toBe(1);
      await screenshot(page, 'ai-inbox-en');
      await page.goto(`${app.server.url}/#/ai`);
      await page
        .getByText("Local model: questions and the shop's facts never leave this computer.")
        .waitFor();
      await screenshot(page, 'ai-settings-en');
      await rpc(page, 'settings.set', { language: 'id' });
      expect(app.pageErrors).toEqual([]);
    },
  );
});
