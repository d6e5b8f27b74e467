// Checks the installer configuration that only CI can run: electron-builder.yml and the release workflow.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { RELEASES_REPO } from '../core/updates/release-check';

const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): any };
const { minimatch } = require('minimatch') as {
  minimatch(path: string, pattern: string, options?: object): boolean;
};

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const config = yaml.load(read('electron-builder.yml'));
const workflow = yaml.load(read('.github/workflows/release.yml'));

function pngSize(path: string) {
  const bytes = readFileSync(new URL(path, root));
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema validation", async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config');
    const { DebugLogger } = require('builder-util');
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('flips the Electron fuses: no RunAsNode, NODE_OPTIONS or --inspect; only the integrity-checked app.asar', () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    });
  });

  it('names the app and takes icons from resources/', () => {
    expect(config).toMatchObject({
      appId: 'id.wasender.desktop',
      productName: 'Wasender Desktop',
      directories: { buildResources: 'resources' },
    });
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'package.json']));
  });

  it('builds an x64 NSIS installer for Windows and x64 + arm64 dmgs (and zips for updates) for macOS', () => {
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.mac.target).toEqual([
      { target: 'dmg', arch: ['x64', 'arm64'] },
      { target: 'zip', arch: ['x64', 'arm64'] },
    ]);
    expect(config.mac.category).toBe('public.app-category.business');
  });

  it('unpacks the native modules (better-sqlite3, sharp and its @img binaries) from the asar', () => {
    const unpacked = (path: string) =>
      config.asarUnpack.some((pattern: string) => minimatch(path, pattern, { dot: true }));
    expect(unpacked('node_modules/better-sqlite3/build/Release/better_sqlite3.node')).toBe(true);
    expect(unpacked('node_modules/sharp/lib/sharp.js')).toBe(true);
    expect(unpacked('node_modules/@img/sharp-win32-x64/lib/sharp-win32-x64.node')).toBe(true);
    expect(unpacked('node_modules/@img/sharp-libvips-darwin-arm64/lib/libvips-cpp.8.17.3.dylib')).toBe(true);
    expect(unpacked('out/main/index.js')).toBe(false);
    expect(config.npmRebuild).toBe(true);
  });

  it('ships an app icon of at least 512 px and the tray icon that main imports', () => {
    const icon = pngSize('resources/icon.png');
    expect(icon.width).toBe(icon.height);
    expect(icon.width).toBeGreaterThanOrEqual(512);
    expect(pngSize('resources/tray.png')).toEqual({ width: 32, height: 32 });
    // index.ts imports both with ?asset; they resolve inside the app, so the files list must carry them.
    const main = read('electron/main/index.ts');
    for (const file of ['resources/icon.png', 'resources/tray.png']) {
      expect(main).toContain(`../../${file}?asset`);
      expect(config.files).toContain(file);
      expect(existsSync(new URL(file, root))).toBe(true);
    }
  });
});

describe('updates', () => {
  it('publishes to the GitHub releases that the headless check reads, as drafts', () => {
    expect(config.publish).toMatchObject({ provider: 'github', releaseType: 'draft' });
    expect(`${config.publish.owner}/${config.publish.repo}`).toBe(RELEASES_REPO);
    const pkg = JSON.parse(read('package.json'));
    expect(pkg.dependencies['electron-updater']).toMatch(/^\^6\./);
  });
});

describe('release workflow', () => {
  const jobs = Object.values(workflow.jobs) as any[];
  const job = jobs[0];
  const include = job.strategy.matrix.include as { os: string; builder_args: string }[];
  const run = (job.steps as any[]).map((step) => step.run ?? '').join('\n');

  it('runs when a v* tag is pushed', () => {
    expect(workflow.on.push.tags).toEqual(['v*']);
  });

  it('builds on hosted Windows and macOS runners, covering win x64 and mac x64 + arm64', () => {
    expect(job['runs-on']).toBe('${{ matrix.os }}');
    expect(include.some((entry) => entry.os.startsWith('windows'))).toBe(true);
    expect(include.some((entry) => entry.os.startsWith('macos'))).toBe(true);
    const args = include.map((entry) => entry.builder_args).join(' | ');
    expect(args).toContain('--win --x64');
    expect(args).toContain('--mac --arm64');
    expect(args).toContain('--mac --x64');
  });

  it('installs with npm ci on Node 22 (what electron and @electron/rebuild require), builds, packages without publishing and uploads the installers', () => {
    const setupNode = job.steps.find((step: any) => String(step.uses).startsWith('actions/setup-node'));
    expect(setupNode.with['node-version']).toBe(22);
    expect(run).toMatch(
      /npm ci[\s\S]*npm run build[\s\S]*npx electron-builder \$\{\{ matrix.builder_args \}\} --publish never/,
    );
    const upload = job.steps.find((step: any) => String(step.uses).startsWith('actions/upload-artifact'));
    expect(upload.with.path).toContain('.exe');
    expect(upload.with.path).toContain('.dmg');
  });
});
