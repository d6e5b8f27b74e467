// WhatsApp restrictions in Chromium (issue 18): the emulator puts the linked number under a timelock; the device
// card and the campaign page say so in plain words with a ticking countdown and what to do (Indonesian, then
// English); the Safety tab shows new chats today against WhatsApp's cap and the number's health.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, useE2eApp } from './helpers';

const SHOP = '6281234567601';
const CUSTOMERS = ['6281234567611', '6281234567612', '6281234567613'];

/** A contract call the way the page makes it (POST /rpc/:method with the page's token). */
function rpc<T>(page: Page, method: string, input: unknown): Promise<T> {
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
  ) as Promise<T>;
}

describe('restrictions in the UI', () => {
  const app = useE2eApp({
    emulator: true,
    prepare: ({ emulator }) => CUSTOMERS.forEach((n, i) => emulator.createPhone(n, `Pelanggan ${i}`)),
    linkedDevice: { number: SHOP, name: 'Toko Maju' },
    timeout: 60_000,
  });

  it(
    'device card and campaign page show the timelock with a countdown; Safety shows health',
    { timeout: 90_000 },
    async () => {
      const { page } = app;
      await page.goto(`${app.server.url}/#/devices`);
      await page.locator('[data-testid="device-row"][data-status="open"]').waitFor();
      const card = page.getByTestId('device-row').first();
      // The restriction must come after the page's event socket is up, or its live event has nobody to reach.
      await page.locator('html[data-events="connected"]').waitFor({ state: 'attached' });

      app.emulator.getPhone(SHOP)!.restrictions.apply({ timelockSeconds: 25 * 60 });
      const notice = card.getByTestId('restriction-notice');
      await notice.waitFor();
      expect(await notice.getAttribute('data-kind')).toBe('timelock');
      expect(await notice.textContent()).toContain(
        'WhatsApp sementara memblokir nomor ini untuk memulai chat baru',
      );
      expect(await notice.textContent()).toContain('jangan kirim ke nomor baru dulu');
      const countdown = notice.getByTestId('restriction-countdown');
      const first = await countdown.textContent();
      expect(first).toMatch(/^Dibuka dalam (25:0[01]|24:[0-5]\d)$/);
      // It ticks: the text changes within a couple of seconds.
      await expect.poll(() => countdown.textContent(), { timeout: 5000 }).not.toBe(first);
      await screenshot(page, 'restrictions-01-device-card');

      const list = await rpc<{ list: { id: number } }>(page, 'contacts.importText', {
        name: 'Pelanggan baru',
        text: CUSTOMERS.join('\n'),
      });
      const devices = await rpc<Array<{ id: number }>>(page, 'devices.list', {});
      const campaign = await rpc<{ id: number }>(page, 'broadcasts.create', {
        name: 'Promo Desember',
        listId: list.list.id,
        content: { kind: 'text', text: 'Halo, ada promo akhir tahun' },
        deviceIds: [devices[0].id],
        pacing: { minDelaySec: 0, maxDelaySec: 1, window: null, dailyCapPerDevice: 0 },
        start: true,
      });
      await page.goto(`${app.server.url}/#/broadcasts?campaign=${campaign.id}`);
      const campaignNotice = page.getByTestId('restriction-notice');
      await campaignNotice.waitFor();
      expect(await campaignNotice.textContent()).toContain('Toko Maju: WhatsApp sementara memblokir');
      // The share's wait says it too, with the time it continues by itself.
      await page.getByText(/Bagiannya dijeda dan lanjut sendiri/).waitFor();
      await expect
        .poll(() => campaignNotice.getByTestId('restriction-countdown').textContent())
        .toMatch(/^Dibuka dalam 2[45]:[0-5]\d$/);
      await screenshot(page, 'restrictions-02-campaign');

      await rpc(page, 'settings.set', { language: 'en' });
      await page
        .getByText('Toko Maju: WhatsApp has temporarily blocked this number from starting new chats')
        .waitFor();
      await page.getByText(/Its share is paused and continues by itself/).waitFor();
      expect(await campaignNotice.getByTestId('restriction-countdown').textContent()).toMatch(
        /^Lifts in 2[45]:[0-5]\d$/,
      );
      await screenshot(page, 'restrictions-03-campaign-en');
      await rpc(page, 'settings.set', { language: 'id' });
      // Nothing went to the new contacts while the number was locked.
      for (const n of CUSTOMERS) expect(app.emulator.getPhone(n)!.messages).toEqual([]);

      app.emulator
        .getPhone(SHOP)!
        .restrictions.apply({ timelockSeconds: 0, capStage: 'FIRST_WARNING', capTotal: 100, capUsed: 70 });
      await page.getByRole('button', { name: 'Kembali' }).click();
      await page.getByRole('tab', { name: 'Keamanan' }).click();
      const health = page.getByTestId('number-health');
      await health.waitFor();
      const row = health.locator('tbody tr').first();
      await expect.poll(() => row.textContent()).toContain('70 dari 100 terpakai');
      expect(await row.getByTestId('health').getAttribute('data-health')).toBe('warning');
      expect(await row.getByTestId('health').textContent()).toBe('Waspada');
      expect(await row.getByTestId('new-chats-today').textContent()).toBe('0');
      await screenshot(page, 'restrictions-04-safety');

      await page.goto(`${app.server.url}/#/devices`);
      await card.getByTestId('restriction-notice').waitFor();
      expect(await card.getByTestId('restriction-notice').getAttribute('data-kind')).toBe('margin');
      await screenshot(page, 'restrictions-05-device-after-lift');
      expect(app.pageErrors).toEqual([]);
    },
  );
});
