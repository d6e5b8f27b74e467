// Release smoke test: launches a packaged app on a fresh data dir and a free port, attaches Playwright to its
// window, runs launch-checks.ts, saves a screenshot. Run by .github/workflows/release.yml after packaging:
//   npx tsx test/smoke/electron-smoke.ts release/0.1.0
// (on Linux under xvfb-run). Exits non-zero, with the reason, when any check fails.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, realpathSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawn } from 'node:child_process';
import { chromium, type Page } from 'playwright-core';
import { runLaunchChecks } from './launch-checks';

const PRODUCT = 'Wasender Desktop';

/** The app's executable inside electron-builder's output folder for this platform. */
export function findPackagedExecutable(releaseDir: string, platform: NodeJS.Platform = process.platform) {
  const dirs = readdirSync(releaseDir, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  const candidates = dirs.flatMap(({ name }) => {
    const dir = join(releaseDir, name);
    if (platform === 'win32' && name === 'win-unpacked') return [join(dir, `${PRODUCT}.exe`)];
    // mac (x64) or mac-arm64
    if (platform === 'darwin' && name.startsWith('mac'))
      return [join(dir, `${PRODUCT}.app`, 'Contents', 'MacOS', PRODUCT)];
    if (platform === 'linux' && name === 'linux-unpacked') return [join(dir, 'wasender-desktop')];
    return [];
  });
  const found = candidates.find((path) => existsSync(path));
  if (!found)
    throw new Error(`No packaged app for ${platform} in ${releaseDir} (looked for ${candidates.join(', ')})`);
  return found;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

/**
 * Starts the app with Chromium's --remote-debugging-port and attaches to its window over CDP. Not
 * Playwright's _electron.launch: that needs Node's --inspect, which the shipped binary refuses (the
 * EnableNodeCliInspectArguments fuse is off, electron-builder.yml electronFuses), and the smoke test must
 * launch the very binary that ships. The window's DevTools port is a Chromium switch no fuse covers.
 */
export async function launchPackaged(executablePath: string, args: string[], timeoutMs: number) {
  const debugPort = await freePort();
  // Its own process group on macOS/Linux, so closing it also ends the helper processes (renderer, GPU, crashpad)
  // that would otherwise outlive it and keep writing into its profile.
  const ownGroup = process.platform !== 'win32';
  const child = spawn(executablePath, [...args, `--remote-debugging-port=${debugPort}`], {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: ownGroup,
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app exited with ${child.exitCode}:\n${output}`);
    const ready = await fetch(`http://127.0.0.1:${debugPort}/json/version`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) throw new Error(`the app opened no DevTools port in time:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250)); // polling the port until the app is up
  }
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${debugPort}`, { timeout: timeoutMs });
  const context = browser.contexts()[0] ?? (await browser.newContext());
  const page: Page = context.pages()[0] ?? (await context.waitForEvent('page', { timeout: timeoutMs }));
  const close = async () => {
    await browser.close().catch(() => undefined);
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      if (ownGroup && child.pid) process.kill(-child.pid, 'SIGTERM');
      else child.kill();
      await exited;
    }
  };
  return { page, close, output: () => output };
}

async function main() {
  const releaseDir = resolve(process.argv[2] ?? 'release');
  const executablePath = findPackagedExecutable(releaseDir);
  // realpath: macOS's tmpdir is a symlink (/var → /private/var); the app reports the path it was given.
  const dataDir = realpathSync(mkdtempSync(join(tmpdir(), 'wasender-smoke-')));
  const port = await freePort();
  console.log(`Launching ${executablePath}\n  data dir ${dataDir}, API port ${port}`);
  const app = await launchPackaged(executablePath, ['--data-dir', dataDir, '--port', String(port)], 120_000);
  try {
    const page = app.page;
    const report = await runLaunchChecks(page, {
      apiUrl: `http://127.0.0.1:${port}`,
      dataDir,
      expectPreload: true,
      timeoutMs: 120_000,
    });
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: join('test-results', `smoke-${process.platform}-${process.arch}.png`) });
    console.log(
      [
        `✔ window title: ${report.title}`,
        `✔ GET /health on port ${port}: ${JSON.stringify(report.health)}`,
        `✔ ${join(dataDir, 'wasender.sqlite')} created (${report.databaseBytes} bytes)`,
        `✔ preload bridge answered app.info: version ${report.appInfo.version}, mode ${report.appInfo.mode}`,
      ].join('\n'),
    );
  } catch (error) {
    console.error(`The app's output:\n${app.output()}`);
    throw error;
  } finally {
    await app.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().catch((error: unknown) => {
    console.error(`✖ smoke test failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
