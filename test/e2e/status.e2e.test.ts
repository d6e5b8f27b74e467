// The Status option of the Compose page in Chromium against the emulator: a text status with its colour to "all
// contacts" (the one contact that has a chat), seen by that contact only, and the viewer shown once they view it.
import { expect, it } from 'vitest';
import type { Phone } from '../emulator/index';
import { statusesOf, STATUS_BROADCAST, viewStatus } from '../emulator/status-broadcast';
import { screenshot, useE2eApp } from './helpers';

const SHOP = '6281234567501';
let budi: Phone;
let eko: Phone;

const app = useE2eApp({
  emulator: true,
  prepare: ({ emulator }) => {
    budi = emulator.createPhone('6281234567502', 'Budi');
    eko = emulator.createPhone('6281234567503', 'Eko');
  },
  linkedDevice: { number: SHOP, name: 'Toko' },
  viewport: { width: 1366, height: 1000 },
  timeout: 60_000,
});

it('posts a text Status from Compose to all contacts and shows who viewed it', async () => {
  const page = app.page;
  // Budi has a chat with the shop, Eko has none: "all contacts" is Budi.
  await budi.sendText(`${SHOP}@s.whatsapp.net`, 'Halo, masih buka?');
  await page.goto(`${app.server.url}/#/compose`);
  await page.getByTestId('compose-device').waitFor();
  await page.getByTestId('compose-target').getByText('Status', { exact: true }).click();
  await page.getByTestId('status-composer').waitFor();
  await page.getByText('Semua kontak di aplikasi (1)').waitFor({ timeout: 15_000 });

  // Empty text: the API's "The message field is required when type is text.", said in Indonesian.
  await page.getByTestId('status-post').click();
  await page
    .getByText(/wajib diisi/i)
    .first()
    .waitFor();
  expect(await page.getByText(/field is required/).count()).toBe(0);

  await page.getByTestId('status-text').fill('Promo hari ini: diskon 20%!');
  await page.getByTestId('status-color').fill('#7E57C2');
  await page.getByTestId('status-font').click();
  await page.getByRole('option', { name: 'Serif' }).click();
  await page.getByTestId('status-preview').getByText('Promo hari ini: diskon 20%!').waitFor();
  expect(await page.getByTestId('copy-as-code').textContent()).toContain('/send-status');
  await page.getByTestId('status-post').click();

  const got = await budi.waitForMessage((m) => m.group === STATUS_BROADCAST, 15_000);
  expect(got.text).toBe('Promo hari ini: diskon 20%!');
  await page.getByText('Status dipasang untuk 1 kontak.').waitFor();
  await page
    .getByTestId('status-history-row')
    .getByText(/terkirim ke 1/)
    .waitFor();
  expect(statusesOf(eko)).toEqual([]);

  await viewStatus(budi, got.id);
  await page.getByTestId('status-viewers').getByText(/Budi/).waitFor();
  expect(await page.getByTestId('status-seen').first().textContent()).toContain('Dilihat 1 dari 1');
  await screenshot(page, 'status-01-compose');
  expect(app.pageErrors).toEqual([]);
});
