// The Compose page end to end against the emulator: link a device through the page's QR, then compose and send
// every message type from the UI (a media file from disk included) and check what the emulated phone received;
// validation in the API's own words, "copy as code" filled with the form, a test to the own number, send style.
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG as PNGImage } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import type { ReceivedMessage } from '../emulator/decode-content';
import type { Phone } from '../emulator/index';
import { removeDataDir, screenshot, useE2eApp } from './helpers';

const LINK_TIMEOUT = 25_000;
const SHOP = '6281234567401';
const BUDI = '6281234567402';
// A small banded picture, so the preview screenshot shows a real image.
const PNG = (() => {
  const image = new PNGImage({ width: 120, height: 80 });
  for (let y = 0; y < 80; y++)
    for (let x = 0; x < 120; x++) {
      const i = (y * 120 + x) * 4;
      image.data.set(y < 40 ? [0, 168, 132, 255] : [255, 196, 0, 255], i);
    }
  return PNGImage.sync.write(image);
})();

describe('compose page: every message type from the UI reaches the phone', () => {
  const fileDir = mkdtempSync(join(tmpdir(), 'wa-compose-files-'));
  let shop: Phone;
  let budi: Phone;
  const app = useE2eApp({
    emulator: true,
    prepare: ({ emulator }) => {
      shop = emulator.createPhone(SHOP, 'Toko Maju Jaya');
      budi = emulator.createPhone(BUDI, 'Budi');
    },
    viewport: { width: 1366, height: 1000 },
  });

  afterAll(() => removeDataDir(fileDir));

  const field = (label: string) => app.page.getByLabel(label, { exact: true });
  const tab = (type: string) => app.page.getByTestId(`compose-type-${type}`).click();
  const send = () => app.page.getByRole('button', { name: 'Kirim', exact: true }).click();
  const since = () => Date.now() / 1000 - 1;
  const received = (after: number, match: (m: ReceivedMessage) => boolean) =>
    budi.waitForMessage((m) => m.timestamp >= Math.floor(after) && match(m), 15_000);

  it('links a device from the Devices page by the QR shown there', async () => {
    await app.page.goto(`${app.server.url}/#/devices`);
    await app.page.getByLabel('Nomor WhatsApp').fill('0812-3456-7401');
    await app.page.getByLabel('Nama', { exact: true }).fill('Toko');
    await app.page.getByRole('button', { name: 'Tambah', exact: true }).click();
    await app.page.getByRole('button', { name: 'Tautkan' }).click();
    const qr = app.page.getByRole('dialog').getByTestId('link-qr');
    await qr.waitFor({ timeout: LINK_TIMEOUT });
    await shop.scanQr((await qr.getAttribute('src'))!);
    await app.page
      .locator('[data-testid="device-status"][data-status="open"]')
      .waitFor({ timeout: LINK_TIMEOUT });
    await app.page.getByTestId('send-style').waitFor();
    // A second number that is not linked yet: listed in Compose, but not selectable.
    await app.page.getByLabel('Nomor WhatsApp').fill('0812-3456-7403');
    await app.page.getByLabel('Nama', { exact: true }).fill('Kasir');
    await app.page.getByRole('button', { name: 'Tambah', exact: true }).click();
    await app.page.getByTestId('device-row').nth(1).waitFor();
  });

  it('explains empty fields under each field, in Indonesian, and sends a formatted text', async () => {
    await app.page.goto(`${app.server.url}/#/compose`);
    await app.page.getByTestId('compose-device').waitFor();
    expect(await app.page.getByTestId('compose-device').inputValue()).toContain('Toko');
    await app.page.getByTestId('compose-device').click();
    const kasir = app.page.getByRole('option', { name: /Kasir/ });
    expect(await kasir.textContent()).toContain('Belum tersambung');
    expect(await kasir.getAttribute('data-combobox-disabled')).toBe('true');
    await screenshot(app.page, 'compose-00-device-picker');
    await app.page.keyboard.press('Escape');
    await send();
    // The API's "The number field is required." and "The message field is required.", said in Indonesian.
    await app.page.getByText('Wajib diisi.').first().waitFor();
    expect(await app.page.getByText('Wajib diisi.').count()).toBe(2);
    expect(await app.page.getByText(/field is required/).count()).toBe(0);
    await app.page.getByText('Ada isian yang belum benar').first().waitFor();
    await screenshot(app.page, 'compose-01-validation');

    await app.page.getByTestId('compose-recipients').fill('0812-3456-7402');
    await field('Pesan').fill('Halo *Budi*, pesanan _siap_ ~besok~ hari ini');
    const bubble = app.page.getByTestId('preview-bubble');
    expect(await bubble.locator('strong').textContent()).toBe('Budi');
    expect(await bubble.locator('em').textContent()).toBe('siap');
    expect(await bubble.locator('s').textContent()).toBe('besok');
    const after = since();
    await send();
    await app.page.getByText('Pesan terkirim ke 0812-3456-7402.').waitFor();
    const text = await received(
      after,
      (m) => m.type !== 'pollCreationMessageV3' && !!m.text?.startsWith('Halo'),
    );
    expect(text.text).toBe('Halo *Budi*, pesanan _siap_ ~besok~ hari ini');
    await screenshot(app.page, 'compose-02-text');
  });

  it('shows the filled form as code in curl, PHP, Python and Node', async () => {
    const curl = await app.page.getByTestId('code-curl').textContent();
    expect(curl).toContain(`curl -X POST ${app.server.url}/send-message`);
    expect(curl).toContain(`--data-urlencode 'sender=${SHOP}'`);
    expect(curl).toContain(`--data-urlencode 'number=0812-3456-7402'`);
    expect(curl).toContain('YOUR_API_KEY');
    await app.page.getByRole('tab', { name: 'PHP' }).click();
    const php = await app.page.getByTestId('code-php').textContent();
    expect(php).toContain(`'message' => 'Halo *Budi*, pesanan _siap_ ~besok~ hari ini',`);
    await app.page.getByRole('tab', { name: 'Python' }).click();
    expect(await app.page.getByTestId('code-python').textContent()).toContain("'number': '0812-3456-7402',");
    await app.page.getByRole('tab', { name: 'Node.js' }).click();
    const reveal = app.page.getByRole('switch', { name: 'Tampilkan API key asli' });
    await reveal.click({ force: true });
    const node = await app.page.getByTestId('code-node').textContent();
    expect(node).toContain(`axios.post('${app.server.url}/send-message', data)`);
    expect(node).not.toContain('YOUR_API_KEY');
    await app.page.getByTestId('copy-as-code').scrollIntoViewIfNeeded();
    await screenshot(app.page, 'compose-03-copy-as-code');
    await reveal.click({ force: true });
  });

  it('sends an image picked from disk with a caption', async () => {
    const path = join(fileDir, 'katalog.png');
    writeFileSync(path, PNG);
    await tab('media');
    await app.page.locator('input[type="file"]').setInputFiles(path);
    await app.page
      .getByTestId('compose-file')
      .getByText(/katalog\.png/)
      .waitFor();
    await field('Keterangan (opsional)').fill('Katalog *baru*');
    await app.page.getByTestId('preview-bubble').locator('img').waitFor();
    await screenshot(app.page, 'compose-04-media');
    const after = since();
    await send();
    const image = await received(after, (m) => m.type === 'imageMessage');
    expect(image.caption).toBe('Katalog *baru*');
    expect(image.media).toMatchObject({
      mimetype: 'image/png',
      sha256: createHash('sha256').update(PNG).digest('hex'),
      sha256Matches: true,
    });
  });

  it('sends buttons, shown under the preview bubble', async () => {
    await tab('buttons');
    await field('Pesan').fill('Mau diantar kapan?');
    await field('Tombol 1').fill('Pagi');
    await field('Tombol 2').fill('Sore');
    await app.page.getByRole('button', { name: 'Tambah tombol' }).click();
    await field('Tombol 3').fill('Ambil sendiri');
    await field('Footer (opsional)').fill('Toko Maju Jaya');
    expect(await app.page.getByTestId('preview-button').allTextContents()).toEqual([
      'Pagi',
      'Sore',
      'Ambil sendiri',
    ]);
    await screenshot(app.page, 'compose-05-buttons');
    const after = since();
    await send();
    const buttons = await received(after, (m) => !!m.nativeFlow && m.text === 'Mau diantar kapan?');
    expect(buttons.nativeFlow?.map((b) => (b.params as { display_text: string }).display_text)).toEqual([
      'Pagi',
      'Sore',
      'Ambil sendiri',
    ]);
  });

  it('sends a template with a call and a link button', async () => {
    await tab('template');
    await field('Pesan').fill('Hubungi kami:');
    await field('Label 1').fill('Telepon toko');
    await field('Nomor telepon 1').fill('0812-3456-7401');
    await field('Label 2').fill('Situs');
    await field('Alamat situs 2').fill('toko.example');
    await screenshot(app.page, 'compose-06-template');
    const after = since();
    await send();
    const template = await received(after, (m) => m.text === 'Hubungi kami:');
    expect(template.nativeFlow).toEqual([
      { name: 'cta_call', params: { display_text: 'Telepon toko', phone_number: '+6281234567401' } },
      {
        name: 'cta_url',
        params: { display_text: 'Situs', url: 'https://toko.example', merchant_url: 'https://toko.example' },
      },
    ]);
  });

  it('sends a list menu', async () => {
    await tab('list');
    await field('Judul daftar').fill('Menu Layanan');
    await field('Teks tombol pembuka').fill('Lihat menu');
    await field('Pesan').fill('Silakan pilih:');
    await field('Nama bagian').fill('Layanan');
    await field('Pilihan 1').fill('Cuci');
    await field('Pilihan 2').fill('Setrika');
    await screenshot(app.page, 'compose-07-list');
    const after = since();
    await send();
    const list = await received(after, (m) => JSON.stringify(m.nativeFlow ?? []).includes('single_select'));
    const params = list.nativeFlow![0].params as { title: string; sections: { rows: { title: string }[] }[] };
    expect(params.title).toBe('Lihat menu');
    expect(params.sections[0].rows.map((r) => r.title)).toEqual(['Cuci', 'Setrika']);
  });

  it('sends a poll', async () => {
    await tab('poll');
    await field('Pertanyaan').fill('Jam berapa datang?');
    await field('Jawaban 1').fill('Pagi');
    await field('Jawaban 2').fill('Siang');
    await screenshot(app.page, 'compose-08-poll');
    const after = since();
    await send();
    const poll = await received(after, (m) => m.poll?.name === 'Jam berapa datang?');
    expect(poll.poll).toEqual({ name: 'Jam berapa datang?', options: ['Pagi', 'Siang'], selectableCount: 1 });
  });

  it('sends a location and refuses a latitude out of range', async () => {
    await tab('location');
    await field('Lintang (latitude)').fill('95');
    await field('Bujur (longitude)').fill('106.827153');
    await send();
    await app.page.getByText('Harus di antara -90 dan 90.').waitFor();
    await field('Lintang (latitude)').fill('-6.175392');
    await field('Nama tempat (opsional)').fill('Monas');
    await screenshot(app.page, 'compose-09-location');
    const after = since();
    await send();
    const location = await received(after, (m) => !!m.location);
    expect(location.location).toMatchObject({ latitude: -6.175392, longitude: 106.827153, name: 'Monas' });
  });

  it('sends a contact card', async () => {
    await tab('contact');
    await field('Nama kontak').fill('Sari Kurir');
    await field('Nomor telepon kontak').fill('0812-3456-7999');
    await screenshot(app.page, 'compose-10-contact');
    const after = since();
    await send();
    const contact = await received(after, (m) => !!m.vcards?.length);
    expect(contact.vcards?.[0]).toContain('FN:Sari Kurir');
    expect(contact.vcards?.[0]).toContain('waid=6281234567999');
  });

  it("sends a test to the device's own number", async () => {
    await tab('text');
    const after = since();
    await app.page.getByRole('button', { name: 'Kirim tes ke nomor saya' }).click();
    await app.page.getByText(/Tes terkirim ke/).waitFor();
    const own = await shop.waitForMessage(
      (m) => m.timestamp >= Math.floor(after) && !!m.text?.startsWith('Halo *Budi*'),
      15_000,
      { fromMe: true },
    );
    expect(own.text).toBe('Halo *Budi*, pesanan _siap_ ~besok~ hari ini');
  });

  it('sends buttons as a poll once the device card is set to "Polling"', async () => {
    await app.page.goto(`${app.server.url}/#/devices`);
    const toko = app.page.getByTestId('device-row').first();
    await toko.getByTestId('send-style').click();
    await app.page.getByRole('option', { name: /^Polling/ }).click();
    await toko.getByText('Pilihan sebagai polling WhatsApp; tampil di semua ponsel.').waitFor();
    await screenshot(app.page, 'compose-11-device-send-style');
    await app.page.goto(`${app.server.url}/#/compose`);
    await app.page.getByTestId('compose-recipients').fill(BUDI);
    await tab('buttons');
    await field('Pesan').fill('Pilih jam:');
    await field('Tombol 1').fill('Pagi');
    await field('Tombol 2').fill('Sore');
    await app.page.getByText('Perangkat ini mengirim tombol dan daftar sebagai polling.').waitFor();
    await screenshot(app.page, 'compose-12-buttons-as-poll');
    const after = since();
    await send();
    const poll = await received(after, (m) => m.poll?.name === 'Pilih jam:');
    expect(poll.poll?.options).toEqual(['Pagi', 'Sore']);

    await app.page.getByText('EN', { exact: true }).click();
    await app.page.getByText('This device sends buttons and lists as a poll.').waitFor();
    await app.page.getByRole('button', { name: 'Send a test to my own number' }).waitFor();
    await screenshot(app.page, 'compose-13-english');
    expect(app.pageErrors).toEqual([]);
  });
});
