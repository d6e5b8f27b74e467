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
  const job = workflow.jobs.package;
  const include = job.strategy.matrix.include as {
    os: string;
    builder_args: string;
    smoke_prefix: string;
    upload: boolean;
  }[];
  const stepIndex = (pattern: RegExp) =>
    (job.steps as any[]).findIndex((step) => pattern.test(`${step.name ?? ''} ${step.run ?? ''}`));
  const run = (job.steps as any[]).map((step) => step.run ?? '').join('\n');

  it('runs when a v* tag is pushed', () => {
    expect(workflow.on.push.tags).toEqual(['v*']);
  });

  it('packages on hosted Windows x64, macOS arm64 + x64 and a Linux folder build', () => {
    expect(job['runs-on']).toBe('${{ matrix.os }}');
    const args = include.map((entry) => entry.builder_args);
    expect(args).toEqual(['--win --x64', '--mac --arm64', '--mac --x64', '--linux dir --x64']);
    expect(include.find((entry) => entry.builder_args.startsWith('--linux'))).toMatchObject({
      os: expect.stringMatching(/^ubuntu/),
      smoke_prefix: 'xvfb-run --auto-servernum',
      upload: false,
    });
  });

  it('installs with npm ci on Node 22, builds, packages without publishing', () => {
    const setupNode = job.steps.find((step: any) => String(step.uses).startsWith('actions/setup-node'));
    expect(setupNode.with['node-version']).toBe(22);
    expect(run).toMatch(
      /npm ci[\s\S]*npm run build[\s\S]*npx electron-builder \$\{\{ matrix.builder_args \}\} --publish never/,
    );
  });

  it('smoke-tests every packaged app with the launch checks before anything is uploaded', () => {
    const packaged = stepIndex(/npx electron-builder/);
    const smoke = stepIndex(/electron-smoke\.ts/);
    const upload = (job.steps as any[]).findIndex((step) =>
      String(step.with?.name ?? '').startsWith('wasender-desktop-'),
    );
    expect(packaged).toBeGreaterThan(-1);
    expect(smoke).toBeGreaterThan(packaged);
    expect(upload).toBeGreaterThan(smoke);
    expect(job.steps[smoke].run).toMatch(
      /^\$\{\{ matrix.smoke_prefix \}\} npx tsx test\/smoke\/electron-smoke\.ts /,
    );
    expect(job.steps[smoke].if).toBeUndefined(); // on every target
    expect(existsSync(new URL('test/smoke/electron-smoke.ts', root))).toBe(true);
    const paths = job.steps[upload].with.path as string;
    for (const kind of ['.exe', '.dmg', '.zip', '.blockmap', 'latest*.yml']) expect(paths).toContain(kind);
  });

  it('publishes one draft release after every package job, with latest.yml and the joined latest-mac.yml', () => {
    const publish = workflow.jobs.publish;
    expect(publish.needs).toBe('package');
    expect(publish.permissions).toEqual({ contents: 'write' });
    const steps = (publish.steps as any[]).map((step) => step.run ?? '').join('\n');
    expect(steps).toContain('merge-latest-mac.ts');
    expect(steps).toContain('latest.yml');
    expect(steps).toMatch(/gh release create .* --draft/);
  });
});

describe('merge-latest-mac', () => {
  it('joins the arm64 and x64 files lists and keeps the x64 zip at the top level', async () => {
    const { mergeLatestMac } = await import('../../scripts/release/merge-latest-mac');
    const part = (arch: string) =>
      [
        'version: 0.2.0',
        'files:',
        `  - url: Wasender-Desktop-0.2.0-${arch}-mac.zip`,
        `    sha512: zip-${arch}`,
        '    size: 100',
        `  - url: Wasender-Desktop-0.2.0-${arch}.dmg`,
        `    sha512: dmg-${arch}`,
        '    size: 200',
        `path: Wasender-Desktop-0.2.0-${arch}-mac.zip`,
        `sha512: zip-${arch}`,
        "releaseDate: '2026-12-03T18:00:00.000Z'",
      ].join('\n');
    const merged = yaml.load(mergeLatestMac([part('arm64'), part('x64')]));
    expect(merged.version).toBe('0.2.0');
    expect(merged.files.map((file: { url: string }) => file.url)).toEqual([
      'Wasender-Desktop-0.2.0-arm64-mac.zip',
      'Wasender-Desktop-0.2.0-arm64.dmg',
      'Wasender-Desktop-0.2.0-x64-mac.zip',
      'Wasender-Desktop-0.2.0-x64.dmg',
    ]);
    expect(merged).toMatchObject({ path: 'Wasender-Desktop-0.2.0-x64-mac.zip', sha512: 'zip-x64' });
    expect(() => mergeLatestMac([part('arm64'), part('x64').replace('0.2.0', '0.3.0')])).toThrow(/disagree/);
  });
});
