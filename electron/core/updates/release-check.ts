// Headless updates: asks GitHub for the latest release and says so when it is newer. Nothing is downloaded
// or installed: `npm run serve` runs from a checkout or a service, which its owner updates.
import type { Logger } from '../logger';
import type { SettingsStore } from '../settings/settings-store';
import type { UpdatesFeature } from './handlers';

/** owner/name of the repository whose GitHub releases carry the installers (electron-builder.yml publish). */
export const RELEASES_REPO = 'wasender-desktop/wasender-desktop';
export const LATEST_RELEASE_URL = `https://api.github.com/repos/${RELEASES_REPO}/releases/latest`;
export const UPDATE_CHECK_EVERY_MS = 6 * 60 * 60 * 1000;

/** "v1.10.0" > "1.9.3"; a prerelease ("1.2.0-beta.1") is older than its release and never offered. */
export function isNewerVersion(candidate: string, current: string): boolean {
  const parse = (version: string) => {
    const [core, pre] = version.replace(/^v/, '').split('-', 2);
    return { parts: core.split('.').map((part) => Number(part) || 0), pre: pre ?? null };
  };
  const a = parse(candidate);
  const b = parse(current);
  if (a.pre) return false;
  for (let i = 0; i < 3; i++) {
    const diff = (a.parts[i] ?? 0) - (b.parts[i] ?? 0);
    if (diff !== 0) return diff > 0;
  }
  return b.pre !== null; // 1.2.0 is newer than 1.2.0-beta.1
}

export interface LatestRelease {
  version: string;
  url: string;
}

export async function fetchLatestRelease(url: string = LATEST_RELEASE_URL): Promise<LatestRelease> {
  // GitHub's API refuses requests without a User-Agent.
  const response = await fetch(url, {
    headers: { accept: 'application/vnd.github+json', 'user-agent': 'wasender-desktop' },
    signal: AbortSignal.timeout(15_000),
  });
  if (!response.ok) throw new Error(`GitHub answered ${response.status} for the latest release`);
  const body = (await response.json()) as { tag_name?: string; html_url?: string };
  if (!body.tag_name) throw new Error('The latest release has no tag');
  return { version: body.tag_name.replace(/^v/, ''), url: body.html_url ?? '' };
}

export interface ReleaseWatchOptions {
  updates: UpdatesFeature;
  settings: SettingsStore;
  logger: Pick<Logger, 'debug'>;
  /** Where a newer version is announced (stdout in `npm run serve`). */
  print: (line: string) => void;
  releasesUrl?: string;
  everyMs?: number;
}

/** Checks at start and every 6 h while the autoUpdate setting is on; prints each newer version once. */
export function watchReleases(options: ReleaseWatchOptions): () => void {
  const { updates } = options;
  const current = updates.status().currentVersion;
  let announced: string | null = null;
  const check = async () => {
    updates.setStatus({ state: 'checking', message: null });
    try {
      const latest = await fetchLatestRelease(options.releasesUrl);
      const newer = isNewerVersion(latest.version, current);
      updates.setStatus({
        state: newer ? 'newer' : 'latest',
        version: newer ? latest.version : null,
        url: newer ? latest.url : null,
        checkedAt: Date.now(),
      });
      if (newer && announced !== latest.version) {
        announced = latest.version;
        options.print(
          `  Update:    Wasender Desktop ${latest.version} is available (this is ${current}): ${latest.url}`,
        );
      }
    } catch (error) {
      // Offline or rate-limited: not the user's problem in a terminal; the Settings page shows it.
      const message = error instanceof Error ? error.message : String(error);
      updates.setStatus({ state: 'error', message, checkedAt: Date.now() });
      options.logger.debug({ err: error }, 'update check failed');
    }
  };
  updates.setDriver({ check });
  const timer = setInterval(() => {
    if (options.settings.get().autoUpdate) void check();
  }, options.everyMs ?? UPDATE_CHECK_EVERY_MS);
  timer.unref();
  if (options.settings.get().autoUpdate) void check();
  return () => {
    clearInterval(timer);
    updates.setDriver(null);
  };
}
