// The release smoke checks (test/smoke/launch-checks.ts) on what can run here: the built app served by the
// headless entry (`npm run serve`) in Chromium. The workflow runs the same checks on each packaged app.
import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { findPackagedExecutable, launchPackaged } from '../smoke/electron-smoke';
import { runLaunchChecks } from '../smoke/launch-checks';
import {
  CHROMIUM_PATH,
  ensureBuilt,
  launchBrowser,
  openPage,
  removeDataDir,
  screenshot,
  startServer,
  type RunningServer,
} from './helpers';

describe('launch smoke (headless + Chromium)', () => {
  const dataDir = realpathSync(mkdtempSync(join(tmpdir(), 'wa-smoke-')));
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    ensureBuilt();
    server = await startServer(dataDir);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    removeDataDir(dataDir);
  });

  it('window title, /health on the port, wasender.sqlite in the data dir, the bridge answers app.info', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${server.url}/`);
    const report = await runLaunchChecks(page, { apiUrl: server.url, dataDir, expectPreload: false });
    expect(report.title).toBe('Perangkat · Wasender Desktop');
    expect(report.health.status).toBe('ok');
    expect(report.databaseBytes).toBeGreaterThan(0);
    expect(report.transport).toBe('http');
    expect(report.appInfo).toMatchObject({ dataDir, mode: 'headless', apiListening: true });
    expect(errors).toEqual([]);
    await screenshot(page, 'smoke-headless');
  });

  it('fails loudly when a check does not hold (another data dir than the app uses)', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${server.url}/`);
    await expect(
      runLaunchChecks(page, {
        apiUrl: server.url,
        dataDir: join(dataDir, 'elsewhere'),
        expectPreload: false,
      }),
    ).rejects.toThrow(/wasender\.sqlite was not created/);
    await expect(runLaunchChecks(page, { apiUrl: server.url, dataDir, expectPreload: true })).rejects.toThrow(
      /preload bridge is missing/,
    );
  });

  it('launchPackaged: starts a Chromium-based binary, attaches over its DevTools port, closes it', async () => {
    // The workflow starts the packaged Electron app this way; here Chromium itself stands in for the binary.
    const profile = mkdtempSync(join(tmpdir(), 'wa-smoke-profile-'));
    const launched = await launchPackaged(
      CHROMIUM_PATH,
      ['--headless', '--no-sandbox', '--disable-gpu', `--user-data-dir=${profile}`, `${server.url}/`],
      30_000,
    );
    try {
      await launched.page.waitForURL(`${server.url}/`);
      const report = await runLaunchChecks(launched.page, {
        apiUrl: server.url,
        dataDir,
        expectPreload: false,
      });
      expect(report.appInfo.mode).toBe('headless');
    } finally {
      await launched.close();
      removeDataDir(profile);
    }
  });

  it('finds the executable in the folder electron-builder leaves on each platform', () => {
    const release = join(dataDir, 'release');
    const files = {
      win32: join(release, 'win-unpacked', 'Wasender Desktop.exe'),
      darwin: join(release, 'mac-arm64', 'Wasender Desktop.app', 'Contents', 'MacOS', 'Wasender Desktop'),
      linux: join(release, 'linux-unpacked', 'wasender-desktop'),
    };
    mkdirSync(release);
    expect(() => findPackagedExecutable(release, 'linux')).toThrow(/No packaged app for linux/);
    for (const [platform, file] of Object.entries(files)) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, '');
      expect(findPackagedExecutable(release, platform as NodeJS.Platform)).toBe(file);
    }
  });
});
