// What "it launches" means, checked on a running app through its window: the title, GET /health on the API
// port, the SQLite file in the data dir (better-sqlite3 loaded under this runtime's ABI), and the page's bridge
// answering app.info. The release workflow runs it against each packaged app (electron-smoke.ts, Playwright's
// _electron); `npm test` runs it against `npm run serve` in Chromium (test/e2e/launch-smoke.e2e.test.ts).
import { strict as assert } from 'node:assert';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PRELOAD_GLOBAL, RPC_TOKEN_HEADER, RPC_TOKEN_META } from '../../shared/bridge-names';
import type { AppInfo } from '../../shared/domain';

export const DATABASE_FILE = 'wasender.sqlite';

export interface SmokeOptions {
  /** The API's address, e.g. http://127.0.0.1:7788 (from --port). */
  apiUrl: string;
  dataDir: string;
  /** Electron: app.info must come through the preload's bridge, not the HTTP fallback. */
  expectPreload: boolean;
  timeoutMs?: number;
}

export interface SmokeReport {
  title: string;
  health: { status: string; version: string };
  databaseBytes: number;
  transport: 'preload' | 'http';
  appInfo: AppInfo;
}

export async function runLaunchChecks(page: Page, options: SmokeOptions): Promise<SmokeReport> {
  const timeout = options.timeoutMs ?? 60_000;

  // 1. The window shows our page: the renderer sets "<page> · Wasender Desktop" once it has loaded settings.
  await page.waitForFunction(() => / · Wasender Desktop$/.test(document.title), null, { timeout });
  const title = await page.title();

  // 2. The REST API answers on the configured port.
  const response = await fetch(`${options.apiUrl}/health`, { signal: AbortSignal.timeout(10_000) });
  assert.equal(response.status, 200, `GET /health answered ${response.status}`);
  const health = (await response.json()) as SmokeReport['health'];
  assert.equal(health.status, 'ok', `GET /health said ${JSON.stringify(health)}`);

  // 3. The database was created where --data-dir points (the native module loaded).
  const database = join(options.dataDir, DATABASE_FILE);
  assert.ok(existsSync(database), `${database} was not created`);

  // 4. The page's bridge answers a contract call.
  const { transport, appInfo } = await page.evaluate(
    async ({ global, meta, header }) => {
      const preload = (window as unknown as Record<string, any>)[global];
      if (preload) return { transport: 'preload' as const, appInfo: await preload.invoke('app.info') };
      const token = document.querySelector<HTMLMetaElement>(`meta[name="${meta}"]`)?.content ?? '';
      const answer = await fetch('/rpc/app.info', {
        method: 'POST',
        headers: { 'content-type': 'application/json', [header]: token },
        body: JSON.stringify({}),
      });
      return { transport: 'http' as const, appInfo: (await answer.json()).result };
    },
    { global: PRELOAD_GLOBAL, meta: RPC_TOKEN_META, header: RPC_TOKEN_HEADER },
  );
  if (options.expectPreload) assert.equal(transport, 'preload', 'the preload bridge is missing');
  assert.equal(appInfo?.dataDir, options.dataDir, `app.info answered ${JSON.stringify(appInfo)}`);
  assert.equal(appInfo.apiListening, true, `app.info says the API is not listening: ${appInfo.apiError}`);
  assert.equal(new URL(appInfo.apiUrl).port, new URL(options.apiUrl).port, 'app.info names another port');
  assert.equal(appInfo.version, health.version, '/health and app.info disagree on the version');

  return { title, health, databaseBytes: statSync(database).size, transport, appInfo };
}
