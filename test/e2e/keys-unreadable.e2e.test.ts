// A data folder whose key cannot be opened any more (here: keystore.json replaced, as after a keychain reset
// or a copy to another account), in real Chromium on the headless server: nothing is deleted, the device card
// says in plain words that its WhatsApp keys cannot be opened and to scan the QR again, Settings → Data
// security warns, in Indonesian and English.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DB_FILE } from '../../electron/core/db/database';
import { KEYSTORE_FILE, loadDataKeys } from '../../electron/core/secrets/keystore';
import { linkDeviceByQr, startCoreAgainst } from '../support/wa-harness';
import { screenshot, useE2eApp } from './helpers';

const NUMBER = '6281234567821';

describe('a key that cannot be opened: the app says so in plain words', () => {
  const app = useE2eApp({
    emulator: true,
    // Linked under this folder's key file (as `npm run serve` keeps it), then the key file is replaced.
    prepare: async ({ emulator, dataDir }) => {
      const core = await startCoreAgainst(emulator, {
        dataDir,
        dataKeys: await loadDataKeys({ dataDir, wrapper: null }),
      });
      await linkDeviceByQr(core, emulator, NUMBER, 'Toko');
      await core.close();
      writeFileSync(
        join(dataDir, KEYSTORE_FILE),
        JSON.stringify({ version: 1, key: randomBytes(32).toString('hex') }),
      );
    },
  });

  it('the device asks to be linked again and Settings warns; the data stays', async () => {
    await app.page.goto(`${app.server.url}/#/devices`);
    const row = app.page.getByTestId('device-row').first();
    await row.locator('[data-testid="device-status"][data-status="logged_out"]').waitFor();
    expect(await row.getByTestId('device-status-note').textContent()).toContain(
      'Kunci WhatsApp perangkat ini tidak bisa dibuka di komputer ini',
    );
    await screenshot(app.page, 'devices-keys-unreadable-id');
    const db = new Database(join(app.dataDir, DB_FILE), { readonly: true });
    try {
      const count = (table: string) =>
        (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
      expect(count('wa_creds')).toBe(1); // kept: it opens again if the old key comes back
      expect(count('wa_keys')).toBeGreaterThan(0);
    } finally {
      db.close();
    }

    await app.page.goto(`${app.server.url}/#/settings`);
    const lost = app.page.getByTestId('key-lost');
    await lost.scrollIntoViewIfNeeded();
    expect(await lost.textContent()).toContain('Tidak ada data yang dihapus');
    await screenshot(app.page, 'settings-key-lost-id');

    await app.page.getByText('EN', { exact: true }).click();
    await app.page.goto(`${app.server.url}/#/devices`);
    await expect
      .poll(() => row.getByTestId('device-status-note').textContent())
      .toContain('WhatsApp keys cannot be opened on this computer');
    expect(app.pageErrors).toEqual([]);
  });
});
