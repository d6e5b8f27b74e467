// The renderer's other paths: rename and delete a device, the header language switch, empty states that
// point to Devices, API key regeneration, the region setting, live updates, the API page, the API-error
// banner, and the small-screen layout.
import { describe, expect, it } from 'vitest';
import { openPage, screenshot, useE2eApp } from './helpers';

describe('renderer pages', () => {
  const app = useE2eApp();

  const heading = (name: string) => app.page.getByRole('heading', { level: 2, name, exact: true });
  const deviceRows = () => app.page.getByTestId('device-row');

  it('points every feature page to Devices while no device is linked', async () => {
    await app.page.goto(`${app.server.url}/#/broadcasts`);
    await heading('Siaran').waitFor();
    await app.page.getByText('Tautkan perangkat dulu').waitFor();
    await screenshot(app.page, 'pages-01-broadcasts-no-device');
    await app.page.getByRole('link', { name: 'Ke halaman Perangkat' }).click();
    await heading('Perangkat').waitFor();
    expect(app.page.url()).toMatch(/#\/devices$/);
  });

  it('renames a device and deletes it after confirmation', async () => {
    await app.page.getByLabel('Nomor WhatsApp').fill('6281299998888');
    await app.page.getByRole('button', { name: 'Tambah', exact: true }).click();
    await deviceRows().first().waitFor();
    expect(await deviceRows().first().textContent()).toContain('Tanpa nama');

    await app.page.getByRole('button', { name: 'Ganti nama Tanpa nama' }).click();
    const dialog = app.page.getByRole('dialog');
    await dialog.getByLabel('Nama').fill('Gudang');
    await screenshot(app.page, 'pages-02-rename-modal');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await deviceRows().filter({ hasText: 'Gudang' }).waitFor();

    await app.page.getByRole('button', { name: 'Hapus Gudang' }).click();
    await app.page.getByText('Hapus perangkat?').waitFor();
    await screenshot(app.page, 'pages-03-delete-confirm');
    await app.page.getByRole('button', { name: 'Ya, hapus' }).click();
    await app.page.getByTestId('devices-empty').waitFor();
    expect(await deviceRows().count()).toBe(0);
  });

  it('switches language from the header and shows the API page with a curl example', async () => {
    await app.page.getByText('EN', { exact: true }).click();
    await heading('Devices').waitFor();
    await app.page.getByRole('link', { name: 'API', exact: true }).click();
    await heading('API').waitFor();
    expect(await app.page.getByText(`curl ${app.server.url}/health`).count()).toBe(1);
    await screenshot(app.page, 'pages-04-api-en');
    await app.page.getByText('ID', { exact: true }).click();
    await app.page.getByRole('link', { name: 'Pengaturan' }).waitFor();
  });

  it('opens the API documentation with the real address and API key filled in', async () => {
    await app.page.getByRole('link', { name: 'Pengaturan' }).click();
    await app.page.getByRole('button', { name: 'Tampilkan API key' }).click();
    const key = await app.page.getByTestId('api-key').inputValue();
    await app.page.getByRole('link', { name: 'API', exact: true }).click();
    const [docs] = await Promise.all([
      app.page.waitForEvent('popup'),
      app.page.getByTestId('api-docs-link').click(),
    ]);
    await docs.waitForFunction((k) => document.body.textContent!.includes(k), key);
    expect(await docs.getByText('YOUR_API_KEY').count()).toBe(0);
    expect(docs.url()).not.toContain('token='); // dropped from the address bar once read
    expect(await docs.locator('pre code').first().textContent()).toContain(`${app.server.url}/send-message`);
    await screenshot(docs, 'pages-04b-api-docs');
    await docs.close();
  });

  it('regenerates the API key only after confirmation', async () => {
    await app.page.getByRole('link', { name: 'Pengaturan' }).click();
    await heading('Pengaturan').waitFor();
    await app.page.getByRole('button', { name: 'Tampilkan API key' }).click();
    const keyField = app.page.getByTestId('api-key');
    const before = await keyField.inputValue();

    await app.page.getByRole('button', { name: 'Buat key baru', exact: true }).click();
    await app.page.getByRole('button', { name: 'Batal' }).click();
    expect(await keyField.inputValue()).toBe(before);

    await app.page.getByRole('button', { name: 'Buat key baru', exact: true }).click();
    await app.page.getByText('Buat API key baru?').waitFor();
    await screenshot(app.page, 'pages-05-regenerate-confirm');
    await app.page.getByRole('button', { name: 'Ya, buat key baru' }).click();
    await app.page.waitForFunction((old) => {
      const input = document.querySelector<HTMLInputElement>('[data-testid="api-key"]');
      return input && input.value !== old && !input.value.startsWith('•');
    }, before);
  });

  it('reads numbers without a country code in the region chosen in Settings', async () => {
    await app.page.getByTestId('region-select').click();
    await app.page.getByRole('option', { name: 'Malaysia (+60)' }).click();
    await app.page.getByRole('link', { name: 'Perangkat' }).click();
    await app.page.getByLabel('Nomor WhatsApp').fill('012-345 6789');
    expect(await app.page.getByTestId('normalized-number').textContent()).toContain('+60 12 345 6789');
    await app.page.getByLabel('Nomor WhatsApp').fill('');
  });

  it('updates another open window through live events, without a reload', async () => {
    const other = await openPage(app.browser);
    await other.page.goto(`${app.server.url}/#/devices`);
    await other.page.getByTestId('devices-empty').waitFor();
    // The change must happen after the other window's event socket is connected (its "ready" marker).
    await other.page.locator('html[data-events="connected"]').waitFor({ state: 'attached' });

    await app.page.getByLabel('Nomor WhatsApp').fill('+62 813 1111 2222');
    await app.page.getByLabel('Nama', { exact: true }).fill('Kasir 2');
    await app.page.getByRole('button', { name: 'Tambah', exact: true }).click();
    await other.page.getByTestId('device-row').filter({ hasText: 'Kasir 2' }).waitFor();

    await app.page.getByText('EN', { exact: true }).click();
    await other.page.getByRole('heading', { level: 2, name: 'Devices', exact: true }).waitFor();
    await screenshot(other.page, 'pages-06-live-update-other-window');
    await app.page.getByText('ID', { exact: true }).click();
    await other.page.close();
    expect(other.errors).toEqual([]);
  });

  it('shows a red alert on every page when the local API could not start', async () => {
    const apiError = 'Port 7788 is already in use by another program.';
    await app.page.route('**/rpc/app.info', async (route) => {
      const response = await route.fetch();
      const body = await response.json();
      body.result = { ...body.result, apiListening: false, apiError };
      await route.fulfill({ response, json: body });
    });
    // Only the hash changes, so reload to make the page fetch app.info again.
    await app.page.goto(`${app.server.url}/#/inbox`);
    await app.page.reload();
    await app.page.getByRole('alert').filter({ hasText: apiError }).waitFor();
    await screenshot(app.page, 'pages-07-api-error');
    await app.page.getByRole('link', { name: 'Buka Pengaturan' }).click();
    await heading('Pengaturan').waitFor();
    expect(await app.page.getByRole('alert').filter({ hasText: apiError }).count()).toBe(1);
    await app.page.unroute('**/rpc/app.info');
  });

  it('collapses the navigation behind a menu button on a phone-sized window', async () => {
    await app.page.setViewportSize({ width: 390, height: 760 });
    await app.page.goto(`${app.server.url}/#/settings`);
    await app.page.reload();
    await heading('Pengaturan').waitFor();
    expect(await app.page.getByRole('alert').count()).toBe(0);
    await screenshot(app.page, 'pages-08-mobile-settings');
    await app.page.getByRole('button', { name: 'Buka atau tutup menu' }).click();
    await app.page.getByRole('link', { name: 'Kotak Masuk' }).click();
    await heading('Kotak Masuk').waitFor();
    await screenshot(app.page, 'pages-09-mobile-inbox');
    expect(app.pageErrors).toEqual([]);
  });
});
