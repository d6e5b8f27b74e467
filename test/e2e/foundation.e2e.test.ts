// The walking skeleton end to end: the real headless server, the built UI in Chromium, data kept across restarts.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureBuilt,
  launchBrowser,
  openPage,
  removeDataDir,
  screenshot,
  startServer,
  tempDataDir,
  type RunningServer,
} from './helpers';

describe('foundation: devices, language and API key survive reloads and restarts', () => {
  const dataDir = tempDataDir();
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let apiKeyBefore = '';
  let pageErrors: string[] = [];

  beforeAll(async () => {
    ensureBuilt();
    server = await startServer(dataDir);
    browser = await launchBrowser();
    ({ page, errors: pageErrors } = await openPage(browser));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    removeDataDir(dataDir);
  });

  const heading = (name: string) => page.getByRole('heading', { level: 2, name, exact: true });
  const deviceRows = () => page.getByTestId('device-row');

  async function readApiKey(): Promise<string> {
    const field = page.getByTestId('api-key');
    if ((await field.getAttribute('data-visible')) !== 'true') {
      await page.getByRole('button', { name: /Tampilkan API key|Show API key/ }).click();
    }
    await page.locator('[data-testid="api-key"][data-visible="true"]').waitFor();
    return field.inputValue();
  }

  it('opens in Indonesian on the Devices page with an explanation of what a device is', async () => {
    await page.goto(`${server.url}/`);
    await heading('Perangkat').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('id');
    expect(await page.getByTestId('devices-empty').textContent()).toContain('Tautkan nomor WhatsApp Anda');
    await expect(page.getByRole('link', { name: 'Pengaturan' }).count()).resolves.toBe(1);
    await screenshot(page, '01-devices-empty-id');
  });

  it('adds a device, showing the normalized number while typing and in the list', async () => {
    await page.getByLabel('Nomor WhatsApp').fill('0812-3456-7890');
    await page.getByLabel('Nama').fill('Toko Utama');
    expect(await page.getByTestId('normalized-number').textContent()).toContain('+62 812 3456 7890');
    await screenshot(page, '02-add-device-typing');
    await page.getByRole('button', { name: 'Tambah', exact: true }).click();
    await deviceRows().first().waitFor();
    const row = await deviceRows().first().textContent();
    expect(row).toContain('Toko Utama');
    expect(row).toContain('+62 812 3456 7890');
    expect(row).toContain('Belum tersambung');
    expect(await page.getByLabel('Nomor WhatsApp').inputValue()).toBe('');
    await screenshot(page, '03-device-added');
  });

  it('shows field errors for an invalid number (client) and a duplicate number (server)', async () => {
    await page.getByLabel('Nomor WhatsApp').fill('12345');
    await page.getByRole('button', { name: 'Tambah', exact: true }).click();
    await page.getByText('Nomor ini tidak valid.', { exact: false }).waitFor();
    await screenshot(page, '04-invalid-number');

    await page.getByLabel('Nomor WhatsApp').fill('+62 812 3456 7890');
    await page.getByRole('button', { name: 'Tambah', exact: true }).click();
    await page.getByText('Nomor ini sudah ditambahkan.').waitFor();
    expect(await deviceRows().count()).toBe(1);
    await screenshot(page, '05-duplicate-number');
  });

  it('switches to English from Settings and keeps it after a reload', async () => {
    await page.getByRole('link', { name: 'Pengaturan' }).click();
    await heading('Pengaturan').waitFor();
    expect(page.url()).toMatch(/#\/settings$/);
    apiKeyBefore = await readApiKey();
    expect(apiKeyBefore.length).toBeGreaterThanOrEqual(24);
    await screenshot(page, '06-settings-id');

    await page.getByTestId('language-select').click();
    await page.getByRole('option', { name: 'English' }).click();
    await heading('Settings').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await screenshot(page, '07-settings-en');

    await page.reload();
    await heading('Settings').waitFor();
    await page.getByRole('link', { name: 'Devices' }).click();
    await heading('Devices').waitFor();
    expect(await deviceRows().count()).toBe(1);
    expect(await deviceRows().first().textContent()).toContain('Not connected');
    await screenshot(page, '08-devices-en-after-reload');
  });

  it('keeps the device, the language and the API key when the server restarts on the same data dir', async () => {
    await server.stop();
    server = await startServer(dataDir);
    await page.goto(`${server.url}/#/settings`);
    await heading('Settings').waitFor();
    expect(await readApiKey()).toBe(apiKeyBefore);
    await screenshot(page, '09-settings-after-restart');

    await page.getByRole('link', { name: 'Devices' }).click();
    await deviceRows().first().waitFor();
    const row = await deviceRows().first().textContent();
    expect(row).toContain('Toko Utama');
    expect(row).toContain('+62 812 3456 7890');
    await screenshot(page, '10-devices-after-restart');
    expect(pageErrors).toEqual([]);
  });
});
