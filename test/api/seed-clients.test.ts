// The documentation's own client scripts (../shared/examples/seed_clients.*), run unchanged against the app.
// Copies of the scripts live in test/api/seed-clients/ so the test runs from a bare clone. PHP (curl), Python
// (requests) and Node (axios, a dev dependency) are required: .ci/run installs them; a missing one fails.
import { execFile, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/app';
import { startTestCore } from '../support/temp-core';

const examples = join(__dirname, 'seed-clients');
const sender = '6281234567890';
const failedAccess = {
  status: false,
  msg: 'Failed to send message!',
  message: 'Failed to send message!',
  errors: 'Failed to access whatsapp server',
};
const sends = ['send-message', 'send-media', 'send-button', 'send-template', 'send-list'];

const has = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;
const php =
  existsSync(join(examples, 'seed_clients.php')) &&
  has('php', ['-r', 'exit(function_exists("curl_init") ? 0 : 1);']);
const python = existsSync(join(examples, 'seed_clients.py')) && has('python3', ['-c', 'import requests']);
function axiosModules(): string | null {
  if (process.env.SEED_NODE_MODULES) return process.env.SEED_NODE_MODULES;
  try {
    return dirname(dirname(createRequire(import.meta.url).resolve('axios/package.json')));
  } catch {
    return null;
  }
}
const nodeModules = axiosModules();
// Async: the app answers from this same process, so a blocking exec would deadlock.
const run = async (command: string, script: string, env: NodeJS.ProcessEnv) =>
  JSON.parse((await promisify(execFile)(command, [script], { env, encoding: 'utf8' })).stdout);

describe('the documentation’s client scripts work unchanged', () => {
  let core: Core;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    core = await startTestCore();
    await core.rpc.invoke('devices.create', { number: sender, name: 'Seed' });
    env = {
      ...process.env,
      BASE_URL: core.api.url,
      API_KEY: core.settings.get().apiKey,
      SENDER: sender,
      NUMBER: '628123456789',
      MEDIA_URL: `${core.api.url}/image.jpg`,
    };
  });
  afterAll(() => core.close());

  // Until the device is connected every send ends at "Failed to access whatsapp server": the request was
  // parsed and validated exactly like the hosted service's.
  const expectSends = (out: Record<string, { http: number; body: unknown }>) => {
    for (const endpoint of sends) {
      expect(out[endpoint].body, endpoint).toEqual(failedAccess);
      expect(out[endpoint].http, endpoint).toBe(503);
    }
  };

  it('Python requests (form data, repeated keys)', async () => {
    expect(python, 'python3 with requests is installed (apt-get install python3-requests)').toBe(true);
    const out = await run('python3', join(examples, 'seed_clients.py'), env);
    expectSends(out);
  });

  it('PHP curl + http_build_query', async () => {
    expect(php, 'php with curl is installed (apt-get install php-cli php-curl)').toBe(true);
    const out = await run('php', join(examples, 'seed_clients.php'), env);
    expectSends(out);
    expect(out['invalid-missing-number'].body).toEqual({
      status: false,
      msg: 'Invalid data!',
      message: 'Invalid data!',
      errors: { number: ['The number field is required.'] },
    });
  });

  it('Node axios (JSON)', async () => {
    expect(nodeModules, 'axios is installed (npm ci)').toBeTruthy();
    // ESM resolves packages next to the script, so the unchanged script runs from a copy beside axios.
    const dir = mkdtempSync(join(tmpdir(), 'seed-'));
    copyFileSync(join(examples, 'seed_clients.mjs'), join(dir, 'seed_clients.mjs'));
    symlinkSync(nodeModules!, join(dir, 'node_modules'));
    const out = await run('node', join(dir, 'seed_clients.mjs'), env);
    expectSends(out);
  });
});
