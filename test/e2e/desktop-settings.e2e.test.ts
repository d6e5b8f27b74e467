// Settings → Desktop app, Updates and Data security in real Chromium on the headless server: the switches start
// as a new install has them, survive a reload (stored in SQLite), read in English too, and "check now" asks a local
// stand-in for GitHub's releases/latest (which the headless server also prints).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { screenshot, useE2eApp } from './helpers';

let releases: Server;
let releaseRequests = 0;

describe('Settings: start with the computer, notifications, keep awake, updates', () => {
  const app = useE2eApp({
    prepare: async () => {
      releases = createServer((_req, res) => {
        releaseRequests += 1;
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ tag_name: 'v99.0.0', html_url: 'https://example.test/releases/v99.0.0' }));
      });
      await new Promise<void>((resolve) => releases.listen(0, '127.0.0.1', resolve));
      // The server process inherits this environment (startServer spawns it after prepare).
      process.env.WASENDER_RELEASES_URL = `http://127.0.0.1:${(releases.address() as AddressInfo).port}/latest`;
    },
  });
  afterAll(() => {
    delete process.env.WASENDER_RELEASES_URL;
    releases?.close();
  });
  const page = () => app.page;
  /** Mantine's switch label wraps the description too, so the switches are found by test id; labels by text. */
  const labels: Record<string, string> = {
    'Mulai bersama komputer': 'start-at-login',
    'Jaga komputer tetap menyala saat kampanye mengirim': 'keep-awake',
    'Pesan masuk baru (saat jendela tertutup atau tidak aktif)': 'notify-inbox',
    'Perangkat terputus atau dikeluarkan dari HP': 'notify-device',
    'Kampanye selesai atau dijeda': 'notify-campaign',
    'Nomor dibatasi oleh WhatsApp': 'notify-restriction',
    'Perbarui otomatis': 'auto-update',
    'Start with the computer': 'start-at-login',
    'A campaign finished or paused': 'notify-campaign',
  };
  const toggle = (label: string) => page().getByTestId(labels[label]);
  const cardText = async () =>
    `${await page().getByTestId('desktop-card').textContent()} ${await page().getByTestId('updates-card').textContent()}`;

  it('a new install: start at login waits for the first device (with the note why), the rest is on', async () => {
    await page().goto(`${app.server.url}/#/settings`);
    await page().getByTestId('desktop-card').waitFor();
    await page().getByTestId('desktop-card').scrollIntoViewIfNeeded();
    expect(await toggle('Mulai bersama komputer').isChecked()).toBe(false);
    expect(await page().getByTestId('start-at-login-pending').textContent()).toBe(
      'Akan dinyalakan otomatis saat perangkat pertama tersambung.',
    );
    expect(await page().getByTestId('desktop-card').textContent()).toContain(
      'jadi API tetap melayani software kantor Anda',
    );
    for (const name of [
      'Jaga komputer tetap menyala saat kampanye mengirim',
      'Pesan masuk baru (saat jendela tertutup atau tidak aktif)',
      'Perangkat terputus atau dikeluarkan dari HP',
      'Kampanye selesai atau dijeda',
      'Nomor dibatasi oleh WhatsApp',
      'Perbarui otomatis',
    ]) {
      expect(await toggle(name).isChecked(), name).toBe(true);
      expect(await cardText()).toContain(name);
    }
    expect(await cardText()).toContain('Mulai bersama komputer');
    // The headless server checked at start and printed the newer release once.
    expect(app.server.output()).toContain('Update:    Wasender Desktop 99.0.0 is available');
    await screenshot(page(), 'settings-desktop-id');
    // Data security: headless has no OS keychain, so the page says the key is in a file only this account reads.
    const security = page().getByTestId('key-protection');
    await security.scrollIntoViewIfNeeded();
    expect(await security.getAttribute('data-level')).toBe('key_file');
    expect(await security.textContent()).toContain('komputer ini tidak punya keychain sistem');
    expect(await security.textContent()).toContain(`${app.dataDir}/keystore.json`);
    await screenshot(page(), 'settings-security-id');
  });

  it('the switches are stored: after a reload they are as they were left', async () => {
    // The switches show what core stored: each click saves, and the switch moves when the answer is back.
    const flip = async (label: string, to: boolean) => {
      await toggle(label).click({ force: true });
      await expect.poll(() => toggle(label).isChecked(), { timeout: 5000 }).toBe(to);
    };
    await flip('Mulai bersama komputer', true);
    await page().getByTestId('start-at-login-pending').waitFor({ state: 'detached' });
    await flip('Pesan masuk baru (saat jendela tertutup atau tidak aktif)', false);
    await flip('Jaga komputer tetap menyala saat kampanye mengirim', false);
    await flip('Perbarui otomatis', false);
    await page().reload();
    await page().getByTestId('desktop-card').waitFor();
    expect(await toggle('Mulai bersama komputer').isChecked()).toBe(true);
    expect(await toggle('Pesan masuk baru (saat jendela tertutup atau tidak aktif)').isChecked()).toBe(false);
    expect(await toggle('Perangkat terputus atau dikeluarkan dari HP').isChecked()).toBe(true);
    expect(await toggle('Jaga komputer tetap menyala saat kampanye mengirim').isChecked()).toBe(false);
    expect(await toggle('Perbarui otomatis').isChecked()).toBe(false);
  });

  it('"Check now" asks the releases again and shows the newer version with its page', async () => {
    const before = releaseRequests;
    await page().getByTestId('check-updates').click();
    // The start-up check already showed 99.0.0, so the line alone proves nothing: wait for the new request
    // and for the button to leave its loading state (the status passes through 'checking', without a link).
    await expect.poll(() => releaseRequests).toBe(before + 1);
    await page().locator('[data-testid="check-updates"]:not([data-loading])').waitFor();
    await expect
      .poll(() => page().getByTestId('update-status').textContent())
      .toContain('Versi 99.0.0 tersedia. Unduh dari halaman rilis.');
    const releaseLink = page().getByRole('link', { name: 'https://example.test/releases/v99.0.0' });
    await releaseLink.first().waitFor();
    expect(await releaseLink.count()).toBe(1);
    expect(releaseRequests).toBe(before + 1);
    await page().getByTestId('updates-card').scrollIntoViewIfNeeded();
    await screenshot(page(), 'settings-updates-id');
  });

  it('reads in English', async () => {
    await page().getByTestId('language-select').click();
    await page().getByRole('option', { name: 'English' }).click();
    await page().getByText('Start with the computer', { exact: true }).waitFor();
    expect(await cardText()).toContain('A campaign finished or paused');
    expect(await toggle('Start with the computer').isChecked()).toBe(true);
    expect(await toggle('A campaign finished or paused').isChecked()).toBe(true);
    expect(await page().getByTestId('desktop-card').textContent()).toContain(
      'These settings apply when Wasender runs as the desktop app.',
    );
    expect(await page().getByTestId('update-status').textContent()).toContain('Version 99.0.0 is available.');
    await page().getByTestId('desktop-card').scrollIntoViewIfNeeded();
    await screenshot(page(), 'settings-desktop-en');
    expect(app.pageErrors).toEqual([]);
  });
});
