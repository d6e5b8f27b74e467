// Broadcasts end to end in Chromium against the emulator: import a sample .xlsx (0812… numbers, a duplicate, an
// invalid row), map its columns, write a message with {{name}} and spintax, start with short delays, watch the
// progress reach 100%, download the report; the emulator's phones got the personalised texts.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { screenshot, useE2eApp } from './helpers';

const SHOP = '6281234567501';
const CUSTOMERS = [
  { name: 'Budi', number: '6281234567511', cell: '0812-3456-7511', city: 'Bandung' },
  { name: 'Siti', number: '6281234567512', cell: '081234567512', city: '' },
  { name: 'Andi', number: '6281234567513', cell: '+62 812 3456 7513', city: 'Medan' },
  { name: 'Rina', number: '6281234567514', cell: '0812 3456 7514', city: 'Solo' },
];

function writeSampleXlsx(dir: string): string {
  const rows: unknown[][] = [['Nama', 'No HP', 'Kota']];
  CUSTOMERS.forEach((c, i) => {
    rows.push([c.name, c.cell, c.city]);
    if (i === 1) rows.push(['Budi (lagi)', '0812 3456 7511', 'Bogor']); // duplicate of Budi
    if (i === 2) rows.push(['Salah ketik', '0812-345', 'Depok']); // invalid: too short
  });
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Pelanggan');
  const file = join(dir, 'pelanggan-juni.xlsx');
  writeFileSync(file, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }));
  return file;
}

describe('broadcasts page: a campaign from an Excel list', () => {
  const app = useE2eApp({
    emulator: true,
    prepare: ({ emulator }) => {
      CUSTOMERS.forEach((c) => (emulator.createPhone(c.number, c.name).sendReadReceipts = true));
    },
    linkedDevice: { number: SHOP, name: 'Toko Maju' },
    timeout: 60_000,
  });

  it('imports, maps, personalises, sends at 100% and exports the report', { timeout: 120_000 }, async () => {
    const file = writeSampleXlsx(app.dataDir);
    await app.page.goto(`${app.server.url}/#/broadcasts`);
    await app.page.getByText('Belum ada siaran').waitFor();
    await screenshot(app.page, 'broadcasts-01-empty');

    await app.page.getByTestId('new-campaign').click();
    await app.page.getByTestId('campaign-name').fill('Promo Juni');
    await app.page.locator('input[type="file"]').first().setInputFiles(file);
    await app.page.getByTestId('sheet-preview').waitFor();
    expect(await app.page.getByTestId('phone-column').inputValue()).toBe('No HP');
    expect(await app.page.getByTestId('name-column').inputValue()).toBe('Nama');
    await screenshot(app.page, 'broadcasts-02-mapping');

    await app.page.getByRole('button', { name: 'Impor', exact: true }).click();
    const summary = app.page.getByTestId('import-result');
    await summary.waitFor();
    const summaryText = await summary.textContent();
    expect(summaryText).toContain('4 kontak disimpan');
    expect(summaryText).toContain('1 duplikat dilewati');
    expect(summaryText).toContain('1 baris tidak valid');
    expect(await app.page.getByTestId('invalid-rows').textContent()).toContain('Nomor terlalu pendek');
    await screenshot(app.page, 'broadcasts-03-imported');

    await app.page.getByTestId('wizard-next').click();
    // The compose page's fields: a {{column}} chip goes in at the cursor of the message box.
    const message = app.page.getByTestId('compose-message');
    await message.fill('{Halo|Hai} , *promo Juni* untuk warga {{kota|Jakarta}}!');
    await message.evaluate((box: HTMLTextAreaElement) => box.setSelectionRange(11, 11));
    await app.page.getByTestId('placeholder-name').click();
    expect(await message.inputValue()).toBe(
      '{Halo|Hai} {{name}}, *promo Juni* untuk warga {{kota|Jakarta}}!',
    );
    const preview = app.page.getByTestId('campaign-preview');
    await expect
      .poll(() => preview.getByTestId('preview-bubble').textContent(), { timeout: 10_000 })
      .toMatch(/(Halo|Hai) Budi, promo Juni untuk warga Bandung!/);
    expect(await preview.getByTestId('preview-for').textContent()).toContain('Budi');
    // WhatsApp formatting shows rendered, as the customer will see it.
    await preview.locator('strong', { hasText: 'promo Juni' }).waitFor();
    await screenshot(app.page, 'broadcasts-04-message');
    // Buttons: each label is personalised too, and the preview shows them under the bubble.
    await app.page.getByTestId('compose-type-buttons').click();
    await app.page.getByTestId('compose-message').fill('Pilih, {{name}}:');
    await app.page.getByRole('textbox', { name: 'Tombol 1' }).fill('Mau, {{name}}');
    await expect
      .poll(() => preview.getByTestId('preview-button').first().textContent(), { timeout: 10_000 })
      .toBe('Mau, Budi');
    await screenshot(app.page, 'broadcasts-04b-buttons');
    await app.page.getByTestId('compose-type-text').click();

    await app.page.getByTestId('wizard-next').click();
    await app.page.getByTestId('min-delay').fill('0');
    await app.page.getByTestId('max-delay').fill('1');
    // Sending hours are 24-hour time in the Indonesian UI (Indonesia writes 20.00, not 08:00 PM).
    const windowEnd = app.page.getByTestId('window-end');
    const fields = windowEnd.locator('input:not([type="hidden"])');
    expect(
      await fields.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value)),
    ).toEqual(['20', '00']);
    expect(await windowEnd.textContent()).not.toMatch(/AM|PM/);
    await app.page.getByTestId('window-switch').uncheck();
    await screenshot(app.page, 'broadcasts-05-pacing');
    await app.page.getByTestId('wizard-next').click();
    await screenshot(app.page, 'broadcasts-06-review');
    await app.page.getByTestId('create-campaign').click();
    await app.page.getByTestId('campaign-percent').waitFor();
    await screenshot(app.page, 'broadcasts-06b-running');

    await expect
      .poll(() => app.page.getByTestId('campaign-percent').textContent(), { timeout: 60_000 })
      .toBe('100%');
    await app.page.getByText('Selesai', { exact: true }).first().waitFor();
    await screenshot(app.page, 'broadcasts-07-done');

    for (const c of CUSTOMERS) {
      const phone = app.emulator.getPhone(c.number)!;
      const got = await phone.waitForMessage((m) => m.text?.includes('promo Juni') ?? false, 10_000);
      expect(got.text).toMatch(
        new RegExp(`^(Halo|Hai) ${c.name}, \\*promo Juni\\* untuk warga ${c.city || 'Jakarta'}!$`),
      );
    }

    const downloading = app.page.waitForEvent('download');
    await app.page.getByTestId('export-report').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('Promo Juni - report.xlsx');
    const book = XLSX.read(readFileSync((await download.path())!), { type: 'buffer' });
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets[book.SheetNames[0]], {
      raw: true,
    });
    expect(rows.map((r) => r.Number)).toEqual(CUSTOMERS.map((c) => c.number));
    expect(
      rows.every((r) => ['sent', 'delivered', 'read'].includes(String(r.Status)) && r['Message ID']),
    ).toBe(true);

    await app.page.setViewportSize({ width: 390, height: 844 });
    await screenshot(app.page, 'broadcasts-07b-done-phone');
    await app.page.setViewportSize({ width: 1280, height: 900 });
    await app.page.getByRole('button', { name: 'Kembali' }).click();
    await app.page.getByTestId('campaign-list').waitFor();
    await screenshot(app.page, 'broadcasts-08-list');
    await app.page.getByRole('tab', { name: 'Daftar kontak' }).click();
    await app.page.getByTestId('contact-lists').waitFor();
    await screenshot(app.page, 'broadcasts-09-lists');
    await app.page.getByRole('button', { name: 'Lihat kontak' }).click();
    await expect.poll(() => app.page.getByTestId('contact-table').locator('tbody tr').count()).toBe(4);
    await screenshot(app.page, 'broadcasts-09b-contacts');
    await app.page.keyboard.press('Escape');
    await app.page.getByRole('tab', { name: 'Keamanan' }).click();
    await app.page.getByText('Batas aman per nomor').waitFor();
    await screenshot(app.page, 'broadcasts-10-safety');
    expect(app.pageErrors).toEqual([]);
  });

  it('shows how far a big import has got, then what it stored', { timeout: 120_000 }, async () => {
    const rows: unknown[][] = [['Nama', 'No HP']];
    for (let i = 0; i < 60_000; i++) rows.push([`Pelanggan ${i}`, `0813${String(10_000_000 + i)}`]);
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Pelanggan');
    const file = join(app.dataDir, 'pelanggan-besar.xlsx');
    writeFileSync(file, XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }));

    await app.page.goto(`${app.server.url}/#/broadcasts`);
    await app.page.getByTestId('new-campaign').click();
    await app.page.locator('input[type="file"]').first().setInputFiles(file);
    await app.page.getByTestId('sheet-preview').waitFor({ timeout: 60_000 });
    await app.page.getByRole('button', { name: 'Impor', exact: true }).click();
    const progress = app.page.getByTestId('import-progress');
    await progress.waitFor();
    expect(await progress.textContent()).toMatch(
      /Memeriksa nomor di file…|Menyimpan [\d.]+ dari 60\.000 kontak…/,
    );
    await screenshot(app.page, 'broadcasts-07-import-progress');
    const summary = app.page.getByTestId('import-result');
    await summary.waitFor({ timeout: 60_000 });
    expect(await summary.textContent()).toContain('60000 kontak disimpan');
  });
});
