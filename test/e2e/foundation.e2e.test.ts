// The walking skeleton end to end: the real headless server, the built UI in Chromium, data kept across restarts.
import { describe, expect, it } from 'vitest';
import { screenshot, startServer, useE2eApp } from './helpers';

describe('foundation: devices, language and API key survive reloads and restarts', () => {
  const app = useE2eApp();
  let apiKeyBefore = '';

  const heading = (name: string) => app.page.getByRole('heading', { level: 2, name, exact: true });
  const deviceRows = () => app.page.getByTestId('device-row');

  async function readApiKey(): Promise<string> {
    const field = app.page.getByTestId('api-key');
    if ((await field.getAttribute('data-visible')) !== 'true') {
      await app.page.getByRole('button', { name: /Tampilkan API key|Show API key/ }).click();
    }
    await app.page.locator('[data-testid="api-key"][data-visible="true"]').waitFor();
    return field.inputValue();
  }

  it('opens in Indonesian on the Devices page with an explanation of what a device is', async () => {
    await app.page.goto(`${app.server.url}/`);
    await heading('Perangkat').waitFor();
    expect(await app.page.locator('html').getAttribute('lang')).toBe('id');
    expect(await app.page.getByTestId('devices-empty').textContent()).toContain(
      'Tautkan nomor WhatsApp Anda',
    );
    await expect(app.page.getByRole('link', { name: 'Pengaturan' }).count()).resolves.toBe(1);
    await screenshot(app.page, '01-devices-empty-id');
  });

  it('adds a device, showing the normalized number while typing and in the list', async () => {
    await app.page.getByLabel('Nomor WhatsApp').fill('0812-3456-7890');
    await app.page.getByLabel('Nama').fill('Toko Utama');
    expect(await app.page.getByTestId('normalized-number').textContent()).toContain('+62 812 3456 7890');
    await screenshot(app.page, '02-add-device-typing');
    await app.page.getByRole('button', { name: 'Tambah', exact: true }).click();
    await deviceRows().first().waitFor();
    const row = await deviceRows().first().textContent();
    expect(row).toContain('Toko Utama');
    expect(row).toContain('+62 812 3456 7890');
    expect(row).toContain('Belum tersambung');
    expect(await app.page.getByLabel('Nomor WhatsApp').inputValue()).toBe('');
    await screenshot(app.page, '03-device-added');
  });

  it('shows field errors for an invalid number (client) and a duplicate number (server)', async () => {
    await app.page.getByLabel('Nomor WhatsApp').fill('12345');
    await app.page.getByRole('button', { name: 'Tambah', exact: true }).click();
    await app.page.getByText('Nomor ini tidak valid.', { exact: false }).waitFor();
    await screenshot(app.page, '04-invalid-number');

    await app.page.getByLabel('Nomor WhatsApp').fill('+62 812 3456 7890');
    await app.page.getByRole('button', { name: 'Tambah', exact: true }).click();
    await app.page.getByText('Nomor ini sudah ditambahkan.').waitFor();
    expect(await deviceRows().count()).toBe(1);
    await screenshot(app.page, '05-duplicate-number');
  });

  it('switches to English from Settings and keeps it after a reload', async () => {
    await app.page.getByRole('link', { name: 'Pengaturan' }).click();
    await heading('Pengaturan').waitFor();
    expect(app.page.url()).toMatch(/#\/settings$/);
    apiKeyBefore = await readApiKey();
    expect(apiKeyBefore.length).toBeGreaterThanOrEqual(24);
    // The test server listens on a free port, not the saved 7788: the page says which one is in use.
    const port = new URL(app.server.url).port;
    await app.page.getByText(`Sekarang API berjalan di port ${port}.`, { exact: false }).waitFor();
    await screenshot(app.page, '06-settings-id');

    await app.page.getByTestId('language-select').click();
    await app.page.getByRole('option', { name: 'English' }).click();
    await heading('Settings').waitFor();
    expect(await app.page.locator('html').getAttribute('lang')).toBe('en');
    await screenshot(app.page, '07-settings-en');

    await app.page.reload();
    await heading('Settings').waitFor();
    await app.page.getByRole('link', { name: 'Devices' }).click();
    await heading('Devices').waitFor();
    await deviceRows().first().waitFor(); // the list loads after the heading
    expect(await deviceRows().count()).toBe(1);
    expect(await deviceRows().first().textContent()).toContain('Not connected');
    await screenshot(app.page, '08-devices-en-after-reload');
  });

  it('keeps the device, the language and the API key when the server restarts on the same data dir', async () => {
    await app.server.stop();
    app.server = await startServer(app.dataDir);
    await app.page.goto(`${app.server.url}/#/settings`);
    await heading('Settings').waitFor();
    expect(await readApiKey()).toBe(apiKeyBefore);
    await screenshot(app.page, '09-settings-after-restart');

    await app.page.getByRole('link', { name: 'Devices' }).click();
    await deviceRows().first().waitFor();
    const row = await deviceRows().first().textContent();
    expect(row).toContain('Toko Utama');
    expect(row).toContain('+62 812 3456 7890');
    await screenshot(app.page, '10-devices-after-restart');
    expect(app.pageErrors).toEqual([]);
  });
});
