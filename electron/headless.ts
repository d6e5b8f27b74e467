// Entry of `npm run serve`: core + REST API + the built renderer in a browser, no Electron.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCore } from './core/app';
import { parseRunConfig } from './core/config';
import { defaultDataDir } from './core/data-dir';
import { DB_FILE } from './core/db/database';
import { createLogger } from './core/logger';
import { loadDataKeys } from './core/secrets/keystore';
import { watchReleases } from './core/updates/release-check';

const here = dirname(fileURLToPath(import.meta.url));

async function main() {
  const started = performance.now();
  const config = parseRunConfig(process.argv.slice(2));
  const dataDir = resolve(config.dataDir ?? defaultDataDir());
  const rendererDir = join(here, '../renderer');
  // No OS keychain without Electron: the data key sits in its own file (0600), never in the database, so a
  // copied wasender.sqlite alone reveals no WhatsApp key or secret; --data-key-file keeps it elsewhere.
  const dataKeys = await loadDataKeys({
    dataDir,
    wrapper: null,
    path: config.dataKeyFile ? resolve(config.dataKeyFile) : undefined,
  });
  const core = await createCore({
    dataDir,
    dataKeys,
    apiHost: config.host,
    apiPort: config.port,
    apiKey: config.apiKey,
    webhookUrl: config.webhookUrl,
    uiPassword: config.uiPassword,
    rendererDir: existsSync(join(rendererDir, 'index.html')) ? rendererDir : undefined,
    mode: 'headless',
    // A person at a terminal reads lines; a pipe or a service manager gets JSON (one object per line).
    logger: createLogger(undefined, { pretty: process.stdout.isTTY === true }),
    wa: { waUrl: config.waUrl, waCaFile: config.waCa, waRootKey: config.waRootKey },
  });
  if (!core.api.listening) {
    console.error(`\n✖ ${core.api.error}\n`);
    await core.close();
    process.exit(1);
  }
  const ms = Math.round(performance.now() - started);
  console.log(
    [
      ``,
      `  Wasender Desktop (headless) is running — ready in ${ms} ms`,
      `  Open:      ${core.api.url}/`,
      `  REST API:  ${core.api.url}  (GET /health)`,
      `  API key:   shown in Settings; stored sealed in ${join(dataDir, DB_FILE)}, its key in ${dataKeys.protection.keyFile}`,
      // Reachable from the network: the page asks for a login. At a terminal the owner sees the key to log in with.
      ...(core.pageLoginRequired
        ? [
            `  Login:     the page asks for ${config.uiPassword ? 'the --ui-password or ' : ''}the API key`,
            ...(process.stdout.isTTY ? [`  API key:   ${core.settings.get().apiKey}`] : []),
          ]
        : []),
      `  Data:      ${dataDir}`,
      ...(config.waUrl ? [`  WhatsApp:  ${config.waUrl} (custom endpoint, e.g. the emulator)`] : []),
      `  Stop:      Ctrl-C`,
      ``,
    ].join('\n'),
  );
  // A newer release is announced here once (and shown in Settings); nothing is downloaded headless.
  const stopReleaseWatch = watchReleases({
    updates: core.updates,
    settings: core.settings,
    logger: core.logger,
    print: (line) => console.log(line),
    releasesUrl: process.env.WASENDER_RELEASES_URL,
  });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal} received, shutting down…`);
    stopReleaseWatch();
    await core.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error) => {
  console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
