// The Devices page end to end against the WhatsApp emulator: link by QR (read from the page and decoded like
// a camera) and by pairing code, live status without reloads, pause/resume, the reconnect countdown, logged
// out by the phone, webhook URL, log out and delete with confirmation.
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Phone } from '../emulator/index';
import { screenshot, useE2eApp } from './helpers';

// Linking goes through a real Baileys handshake and a restart; give it more than the 10 s action timeout.
const LINK_TIMEOUT = 25_000;

describe('devices page: linking and session states against the emulator', () => {
  let shop: Phone;
  let cashier: Phone;
  const app = useE2eApp({
    emulator: true,
    prepare: ({ emulator }) => {
      shop = emulator.createPhone('6281234567801', 'Toko Maju Jaya');
      cashier = emulator.createPhone('6281234567802', 'Kasir Dua');
    },
  });

  const card = (name: string) =>
    app.page.getByTestId('device-row').filter({ has: app.page.getByRole('heading', { name, exact: true }) });
  const statusOf = (row: Locator, status: string, timeout?: number) =>
    row.locator(`[data-testid="device-status"][data-status="${status}"]`).waitFor({ timeout });
  const dialog = () => app.page.getByRole('dialog');

  async function addDevice(number: string, name: string) {
    await app.page.getByLabel('Nomor WhatsApp').fill(number);
    await app.page.getByLabel('Nama', { exact: true }).fill(name);
    await app.page.getByRole('button', { name: 'Tambah', exact: true }).click();
    await card(name).waitFor();
  }

  it('links a device by scanning the QR shown on the page and shows it connected without a reload', async () => {
    await app.page.goto(`${app.server.url}/#/devices`);
    await addDevice('0812-3456-7801', 'Toko');
    const toko = card('Toko');
    await statusOf(toko, 'idle');
    expect(await toko.getByTestId('device-status-note').textContent()).toContain('Klik Tautkan');
    await screenshot(app.page, 'devices-01-added');

    await toko.getByRole('button', { name: 'Tautkan' }).click();
    const qr = dialog().getByTestId('link-qr');
    await qr.waitFor({ timeout: LINK_TIMEOUT });
    const steps = await dialog().getByTestId('link-steps').textContent();
    expect(steps).toContain('Perangkat tertaut');
    expect(steps).toContain('Tautkan perangkat');
    await screenshot(app.page, 'devices-02-link-qr');

    const src = await qr.getAttribute('src');
    expect(src).toMatch(/^data:image\/png;base64,/);
    await shop.scanQr(src!);

    await dialog().waitFor({ state: 'hidden', timeout: LINK_TIMEOUT });
    await statusOf(toko, 'open');
    await app.page.getByText('Toko tersambung ke WhatsApp').waitFor();
    expect(await toko.getByTestId('device-status').textContent()).toBe('Tersambung');
    expect(await toko.getByTestId('device-wa-info').textContent()).toContain('Ponsel: Android');
    // WhatsApp sends the account's name just after the connection opens; it shows without a reload.
    await toko
      .getByTestId('device-wa-info')
      .getByText(/Nama WhatsApp: Toko Maju Jaya/)
      .waitFor();
    expect(await toko.getByTestId('device-status-note').count()).toBe(0);
    await screenshot(app.page, 'devices-03-connected');
  });

  it('links a second device with the pairing code read from the page', async () => {
    await addDevice('+62 812-3456-7802', 'Kasir');
    const kasir = card('Kasir');
    await kasir.getByRole('button', { name: 'Tautkan' }).click();
    await dialog().getByText('Nomor telepon', { exact: true }).click();
    const codeText = dialog().getByTestId('pairing-code');
    await codeText.waitFor({ timeout: LINK_TIMEOUT });
    const code = (await codeText.textContent())!;
    expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    expect(await dialog().getByTestId('link-steps').textContent()).toContain(
      'Tautkan dengan nomor telepon saja',
    );
    await screenshot(app.page, 'devices-04-pairing-code');

    await cashier.linkWithPairingCode(code);
    await dialog().waitFor({ state: 'hidden', timeout: LINK_TIMEOUT });
    await statusOf(kasir, 'open');
    await statusOf(card('Toko'), 'open');
  });

  it('pauses a device and resumes it', async () => {
    const toko = card('Toko');
    await toko.getByRole('button', { name: 'Jeda' }).click();
    await statusOf(toko, 'paused');
    expect(await toko.getByTestId('device-status').textContent()).toBe('Dijeda');
    expect(await toko.getByTestId('device-status-note').textContent()).toContain('Klik Lanjutkan');
    await screenshot(app.page, 'devices-05-paused');

    await toko.getByRole('button', { name: 'Lanjutkan' }).click();
    await statusOf(toko, 'open', LINK_TIMEOUT);
    expect(await toko.getByTestId('device-wa-info').textContent()).toContain('Nama WhatsApp: Toko Maju Jaya');
    await statusOf(card('Kasir'), 'open');
  });

  it('counts down to the next reconnect attempt while WhatsApp cannot be reached', async () => {
    const kasir = card('Kasir');
    app.emulator.faults.refuseConnections(6);
    app.emulator.faults.drop(cashier.number);
    await statusOf(kasir, 'reconnecting');
    await kasir.getByText(/^Menyambung ulang dalam \d+ dtk$/).waitFor();
    expect(await kasir.getByTestId('device-status-note').textContent()).toMatch(
      /terputus|tidak dapat dihubungi/,
    );
    await screenshot(app.page, 'devices-06-reconnecting');
    await statusOf(kasir, 'open', 30_000);
  }, 45_000);

  it('shows "logged out" with the reason when the phone removes the linked device', async () => {
    const toko = card('Toko');
    await shop.logoutDevice();
    await statusOf(toko, 'logged_out', LINK_TIMEOUT);
    expect(await toko.getByTestId('device-status').textContent()).toBe('Keluar dari WhatsApp');
    expect(await toko.getByTestId('device-status-note').textContent()).toContain(
      'Perangkat ini dikeluarkan dari WhatsApp',
    );
    await toko.getByRole('button', { name: 'Tautkan' }).waitFor();
    await screenshot(app.page, 'devices-07-logged-out-by-phone');
  });

  it('saves a webhook URL, warning about plain http and refusing text that is not an address', async () => {
    const kasir = card('Kasir');
    await kasir.getByRole('button', { name: 'Webhook Kasir' }).click();
    const field = dialog().getByLabel('URL webhook');
    await field.fill('toko.example/webhook');
    await dialog().getByRole('button', { name: 'Simpan' }).click();
    await dialog().getByText('Tulis alamat lengkap').waitFor();

    await field.fill('http://toko.example/webhook.php');
    await dialog().getByTestId('webhook-http-warning').waitFor();
    await screenshot(app.page, 'devices-08-webhook-http-warning');
    await field.fill('http://localhost:8000/webhook.php');
    expect(await dialog().getByTestId('webhook-http-warning').count()).toBe(0);

    await field.fill('https://toko.example/webhook.php');
    await dialog().getByRole('button', { name: 'Simpan' }).click();
    await dialog().waitFor({ state: 'hidden' });
    await kasir.getByText('https://toko.example/webhook.php').waitFor();
  });

  it('logs a device out from the app only after confirming that the phone will no longer be linked', async () => {
    const kasir = card('Kasir');
    await kasir.getByRole('button', { name: 'Keluarkan Kasir dari WhatsApp' }).click();
    expect(await dialog().textContent()).toContain('tidak akan tertaut lagi di ponsel');
    await screenshot(app.page, 'devices-09-logout-confirm');
    await dialog().getByRole('button', { name: 'Ya, keluarkan' }).click();
    await statusOf(kasir, 'logged_out', LINK_TIMEOUT);
    expect(await kasir.getByTestId('device-status-note').textContent()).toContain('Pindai kode QR lagi');
  });

  it('offers a new code when the QR expired before anyone scanned it', async () => {
    const kasir = card('Kasir');
    const deviceId = Number(await kasir.getAttribute('data-device-id'));
    // Core lets a QR expire after two minutes; answer the first connect as if that had just happened.
    const expired = { deviceId, status: 'idle', reason: 'qr_timeout', qr: null, qrDataUrl: null };
    await app.page.route('**/rpc/sessions.connect', (route) =>
      route.fulfill({ json: { ok: true, result: { ...expired, pairingCode: null, retryAt: null } } }),
    );
    await kasir.getByRole('button', { name: 'Tautkan' }).click();
    const expiredPanel = dialog().getByTestId('link-expired');
    await expiredPanel.getByText('Kode QR kedaluwarsa').waitFor();
    await screenshot(app.page, 'devices-10-qr-expired');

    await app.page.unroute('**/rpc/sessions.connect');
    await expiredPanel.getByRole('button', { name: 'Dapatkan kode baru' }).click();
    await dialog().getByTestId('link-qr').waitFor({ timeout: LINK_TIMEOUT });
    await app.page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'hidden' });
  });

  it('shows the link dialog in English without overflowing', async () => {
    await app.page.getByText('EN', { exact: true }).click();
    await app.page.getByRole('heading', { level: 2, name: 'Devices', exact: true }).waitFor();
    await card('Kasir').getByRole('button', { name: 'Show QR code' }).click();
    await dialog().getByTestId('link-qr').waitFor({ timeout: LINK_TIMEOUT });
    expect(await dialog().getByTestId('link-steps').textContent()).toContain('Linked devices');
    await screenshot(app.page, 'devices-11-link-qr-en');
    await app.page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'hidden' });
    await app.page.getByText('ID', { exact: true }).click();
    await app.page.getByRole('heading', { level: 2, name: 'Perangkat', exact: true }).waitFor();
  });

  it('deletes a device after confirmation', async () => {
    await card('Toko').getByRole('button', { name: 'Hapus Toko' }).click();
    await app.page.getByText('Hapus perangkat?').waitFor();
    await dialog().getByRole('button', { name: 'Batal' }).click();
    await dialog().waitFor({ state: 'hidden' });
    expect(await card('Toko').count()).toBe(1);

    await card('Toko').getByRole('button', { name: 'Hapus Toko' }).click();
    await screenshot(app.page, 'devices-12-delete-confirm');
    await dialog().getByRole('button', { name: 'Ya, hapus' }).click();
    await card('Toko').waitFor({ state: 'detached' });
    expect(await app.page.getByTestId('device-row').count()).toBe(1);
    await screenshot(app.page, 'devices-13-after-delete');
    await app.page.setViewportSize({ width: 390, height: 760 });
    await screenshot(app.page, 'devices-14-phone-sized');
    expect(app.pageErrors).toEqual([]);
    expect(app.emulator.faults.errors).toEqual([]);
  });
  it('replaces the QR by itself when WhatsApp rotates it, without a reload', async () => {
    // Baileys shows the first QR of a connection for 60 s and each later one for 20 s.
    await card('Kasir').getByRole('button', { name: 'Tampilkan QR' }).click();
    const qr = dialog().getByTestId('link-qr');
    await qr.waitFor({ timeout: LINK_TIMEOUT });
    const first = await qr.getAttribute('src');
    await screenshot(app.page, 'devices-15-link-qr-phone-sized');
    await app.page.waitForFunction(
      (before) => {
        const img = document.querySelector('[data-testid="link-qr"]');
        return img !== null && img.getAttribute('src') !== before;
      },
      first,
      { timeout: 70_000, polling: 500 },
    );
    const second = await qr.getAttribute('src');
    await cashier.scanQr(second!);
    await dialog().waitFor({ state: 'hidden', timeout: LINK_TIMEOUT });
    await statusOf(card('Kasir'), 'open');
    expect(app.pageErrors).toEqual([]);
  }, 100_000);
});
