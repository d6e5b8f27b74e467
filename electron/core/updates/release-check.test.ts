// Headless update check: version comparison, and watchReleases against a real HTTP server that answers like
// GitHub's releases/latest (real core: settings, the updates feature and its event).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Core } from '../app';
import { startTestCore } from '../../../test/support/temp-core';
import { isNewerVersion, watchReleases } from './release-check';

describe('isNewerVersion', () => {
  it('compares numerically, ignores a leading v, never offers a prerelease', () => {
    expect(isNewerVersion('v0.2.0', '0.1.0')).toBe(true);
    expect(isNewerVersion('1.10.0', '1.9.3')).toBe(true);
    expect(isNewerVersion('0.1.0', '0.1.0')).toBe(false);
    expect(isNewerVersion('0.0.9', '0.1.0')).toBe(false);
    expect(isNewerVersion('0.3.0-beta.1', '0.1.0')).toBe(false);
    expect(isNewerVersion('1.2.0', '1.2.0-beta.1')).toBe(true);
  });
});

describe('watchReleases (headless)', () => {
  let core: Core;
  let server: Server;
  let url: string;
  let release: { status: number; body: object };
  let requests: { userAgent?: string }[];
  let printed: string[];
  let stop: () => void = () => undefined;
  beforeEach(async () => {
    core = await startTestCore({ mode: 'headless' });
    requests = [];
    printed = [];
    server = createServer((req, res) => {
      requests.push({ userAgent: req.headers['user-agent'] });
      res.writeHead(release.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(release.body));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/repos/o/r/releases/latest`;
  });
  afterEach(async () => {
    stop();
    server.close();
    await core.close();
  });
  const watch = (everyMs?: number) => {
    stop = watchReleases({
      updates: core.updates,
      settings: core.settings,
      logger: core.logger,
      print: (line) => printed.push(line),
      releasesUrl: url,
      everyMs,
    });
  };
  const current = () => core.updates.status().currentVersion;

  it('prints once when a newer release exists, and Settings sees it as "newer"', async () => {
    release = {
      status: 200,
      body: { tag_name: 'v99.0.0', html_url: 'https://github.com/o/r/releases/tag/v99.0.0' },
    };
    watch(40);
    await vi.waitFor(() => expect(requests.length).toBeGreaterThanOrEqual(3));
    expect(printed).toEqual([
      `  Update:    Wasender Desktop 99.0.0 is available (this is ${current()}): https://github.com/o/r/releases/tag/v99.0.0`,
    ]);
    expect(requests[0].userAgent).toBe('wasender-desktop');
    stop(); // a check may be under way: its answer is the same release
    await vi.waitFor(async () =>
      expect(await core.rpc.invoke('updates.status')).toMatchObject({ state: 'newer', version: '99.0.0' }),
    );
  });

  it('says nothing when this is the latest, or when GitHub cannot be reached', async () => {
    release = { status: 200, body: { tag_name: `v${current()}` } };
    watch();
    await vi.waitFor(() => expect(core.updates.status().state).toBe('latest'));
    release = { status: 503, body: { message: 'unavailable' } };
    const status = await core.rpc.invoke('updates.check');
    expect(status).toMatchObject({ state: 'error', message: 'GitHub answered 503 for the latest release' });
    expect(printed).toEqual([]);
  });

  it('does not check by itself with automatic updates off; "check now" still does', async () => {
    await core.rpc.invoke('settings.set', { autoUpdate: false });
    release = { status: 200, body: { tag_name: 'v99.0.0', html_url: 'https://x' } };
    const events: string[] = [];
    const off = core.events.on('updates.status', (status) => events.push(status.state));
    // Only the interval is faked: ten check periods pass at once, and a check would say 'checking' at once.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      watch(30);
      vi.advanceTimersByTime(300);
    } finally {
      vi.useRealTimers();
    }
    expect(events).toEqual([]);
    expect((await core.rpc.invoke('updates.check')).state).toBe('newer');
    expect(requests).toHaveLength(1);
    expect(events).toEqual(['checking', 'newer']);
    off();
  });
});
