// Shared e2e helpers: build if needed, start the headless server on a data dir, drive Debian's Chromium.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { startEmulator, type Emulator } from '../emulator/index';
import { linkDeviceByQr, startCoreAgainst } from '../support/wa-harness';

export const root = resolve(import.meta.dirname, '../..');
/**
 * E2E_OUT_DIR points the tests at another build (e.g. `node_modules/.cache/e2e-out`), so someone else's
 * `electron-vite build`, which empties out/, cannot pull the bundle away from under a running test.
 */
export const outDir = resolve(root, process.env.E2E_OUT_DIR ?? 'out');
export const headlessEntry = join(outDir, 'main/headless.js');
export const screenshotDir = join(root, 'test-results/screenshots');
/** What the page and the server showed when a test failed; `npm test` prints it again at the end. */
export const failuresLog = join(root, 'test-results/e2e-failures.log');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Builds main + renderer once when the bundle is missing; `npm test` builds before running e2e. */
export function ensureBuilt() {
  if (existsSync(headlessEntry) && existsSync(join(outDir, 'renderer/index.html'))) return;
  const result = spawnSync('npx', ['electron-vite', 'build', '--outDir', outDir], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('electron-vite build failed');
  // The config's copy step writes out/main/migrations; the bundle reads them from beside itself.
  cpSync(join(root, 'electron/core/db/migrations'), join(outDir, 'main/migrations'), { recursive: true });
}

export const tempDataDir = () => mkdtempSync(join(tmpdir(), 'wa-e2e-'));
// Retries: a Chromium's helper processes (crashpad) may still write into its profile just after it exits,
// and rmSync then meets ENOTEMPTY (seen in CI on launch-smoke's stand-in binary).
export const removeDataDir = (dir: string) =>
  rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });

export interface RunningServer {
  url: string;
  dataDir: string;
  process: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
}

/** Starts `node out/main/headless.js` and resolves with the URL it prints ("Open: http://…/"). */
export function startServer(dataDir: string, extraArgs: string[] = []): Promise<RunningServer> {
  const child = spawn(process.execPath, [headlessEntry, '--data-dir', dataDir, '--port', '0', ...extraArgs], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Tests never ask GitHub for releases (traffic stays on 127.0.0.1): a closed local port unless a test serves one.
    env: {
      ...process.env,
      WASENDER_RELEASES_URL: process.env.WASENDER_RELEASES_URL ?? 'http://127.0.0.1:9/latest',
    },
  });
  let output = '';
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(
      () => fail(new Error(`server did not print its URL in 15 s:\n${output}`)),
      15_000,
    );
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(error);
    };
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open:\s+(http:\/\/\S+?)\/?\s/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      resolvePromise({ url: match[1], dataDir, process: child, output: () => output, stop });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) =>
      fail(new Error(`server exited with ${code} before it was ready:\n${output}`)),
    );
  });
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface AppPage {
  page: Page;
  /** Uncaught errors in the page, to assert there were none. */
  errors: string[];
}

/** A new page with a 10 s action timeout, so a stuck step fails with Playwright's log before vitest's 30 s. */
export async function openPage(browser: Browser, viewport = { width: 1280, height: 900 }): Promise<AppPage> {
  const page = await browser.newPage({ viewport });
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}

/**
 * Saves test-results/screenshots/<name>.png for a human or a reviewer to look at. Viewport only: the app
 * shell's header and navbar are fixed, and full-page captures of a scrolled page misplace them.
 */
export async function screenshot(page: Page, name: string) {
  mkdirSync(screenshotDir, { recursive: true });
  // Let modal and drawer transitions (Mantine's are 150–250 ms, timer-driven) finish first.
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), animations: 'disabled' });
}

export interface E2eApp {
  dataDir: string;
  server: RunningServer;
  browser: Browser;
  page: Page;
  /** Uncaught errors in the page, to assert there were none. */
  pageErrors: string[];
  /** The WhatsApp emulator the app talks to; only with `emulator: true`. */
  emulator: Emulator;
}

export interface E2eAppOptions {
  /** Start the WhatsApp emulator and point the app at it. */
  emulator?: boolean;
  /** Before the app starts: create phones, start receivers (the emulator is already running). */
  prepare?: (app: E2eApp) => Promise<void> | void;
  /** Link this number with an in-process core first; the app then reconnects it on start. */
  linkedDevice?: { number: string; name: string };
  /** More arguments for the headless server, read after `prepare`. */
  serverArgs?: () => string[];
  viewport?: { width: number; height: number };
  /** beforeAll's timeout in ms. */
  timeout?: number;
}

/** The app on a fresh data dir and a Chromium page on it, for one test file; stopped and removed afterwards. */
export function useE2eApp(options: E2eAppOptions = {}): E2eApp {
  const app = { dataDir: tempDataDir(), pageErrors: [] as string[] } as E2eApp;
  beforeAll(async () => {
    ensureBuilt();
    if (options.emulator) app.emulator = await startEmulator();
    await options.prepare?.(app);
    if (options.linkedDevice) {
      const setup = await startCoreAgainst(app.emulator, { dataDir: app.dataDir });
      await linkDeviceByQr(setup, app.emulator, options.linkedDevice.number, options.linkedDevice.name);
      await setup.close();
    }
    const emulatorArgs = options.emulator ? app.emulator.appArgs : [];
    app.server = await startServer(app.dataDir, [...emulatorArgs, ...(options.serverArgs?.() ?? [])]);
    app.browser = await launchBrowser();
    ({ page: app.page, errors: app.pageErrors } = await openPage(app.browser, options.viewport));
  }, options.timeout);
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail' && app.page) await recordFailure(app, task.name);
  });
  afterAll(async () => {
    if (process.env.E2E_DEBUG) console.log(app.server?.output());
    await app.browser?.close();
    await app.server?.stop();
    await app.emulator?.close();
    removeDataDir(app.dataDir);
  });
  return app;
}

/** A screenshot, the open dialogs' text and the server's last log lines, for a failure seen only in CI. */
async function recordFailure(app: E2eApp, testName: string) {
  const slug = testName.replace(/[^a-z0-9]+/gi, '-').slice(0, 60);
  await screenshot(app.page, `FAILED-${slug}`).catch(() => undefined);
  const dialogs = await app.page
    .getByRole('dialog')
    .allTextContents()
    .catch(() => []);
  mkdirSync(join(root, 'test-results'), { recursive: true });
  appendFileSync(
    failuresLog,
    [
      `── ${testName} (${app.page.url()})`,
      `open dialogs: ${JSON.stringify(dialogs).slice(0, 600)}`,
      `server log, last lines:\n${app.server.output().slice(-1500)}`,
      '',
    ].join('\n'),
  );
  // A dialog the failed test left open would block every click of the tests after it.
  if (dialogs.length) await app.page.keyboard.press('Escape').catch(() => undefined);
}
