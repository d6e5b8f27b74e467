// Release smoke test: launches a packaged app with Playwright's _electron on a fresh data dir and a free port,
// runs launch-checks.ts, saves a screenshot. Run by .github/workflows/release.yml after packaging:
//   npx tsx test/smoke/electron-smoke.ts release/0.1.0
// (on Linux under xvfb-run). Exits non-zero, with the reason, when any check fails.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, realpathSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron } from 'playwright-core';
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

async function main() {
  const releaseDir = resolve(process.argv[2] ?? 'release');
  const executablePath = findPackagedExecutable(releaseDir);
  // realpath: macOS's tmpdir is a symlink (/var → /private/var); the app reports the path it was given.
  const dataDir = realpathSync(mkdtempSync(join(tmpdir(), 'wasender-smoke-')));
  const port = await freePort();
  console.log(`Launching ${executablePath}\n  data dir ${dataDir}, API port ${port}`);
  const app = await _electron.launch({
    executablePath,
    args: ['--data-dir', dataDir, '--port', String(port)],
    timeout: 120_000,
  });
  try {
    const page = await app.firstWindow({ timeout: 120_000 });
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
