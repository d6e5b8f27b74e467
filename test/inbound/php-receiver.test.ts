// The PHP check shown on the Webhooks page, run by real PHP (php -S) as the receiver: signed deliveries pass and
// its {"reply"} answer reaches the phone; a forged signature is refused.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/app';
import { phpSignatureCheck } from '../../renderer/src/components/WebhookSettingsCard/php-check';
import { startEmulator, type Emulator } from '../emulator/index';
import { linkDeviceByQr, startCoreAgainst } from '../support/wa-harness';

const hasPhp = spawnSync('php', ['--version']).status === 0;
const DEVICE = '6281234567161';
let emu: Emulator;
let core: Core;
let php: ChildProcess;
let url: string;

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

beforeAll(async () => {
  // PHP is required (.ci/run installs php-cli): without it this test fails instead of being skipped.
  if (!hasPhp) throw new Error('php is not installed (apt-get install php-cli php-curl)');
  emu = await startEmulator();
  core = await startCoreAgainst(emu);
  await linkDeviceByQr(core, emu, DEVICE);
  const { secret, signatureHeader } = await core.rpc.invoke('webhooks.settings');
  const dir = mkdtempSync(join(tmpdir(), 'wa-php-'));
  writeFileSync(join(dir, 'webhook.php'), phpSignatureCheck(signatureHeader, secret));
  const port = await freePort();
  php = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', dir], { stdio: 'ignore' });
  url = `http://127.0.0.1:${port}/webhook.php`;
  for (let i = 0; i < 50; i++) {
    if (
      await fetch(url).then(
        () => true,
        () => false,
      )
    )
      break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await core.rpc.invoke('webhooks.setSettings', { defaultUrl: url });
});
afterAll(async () => {
  php?.kill();
  await core?.close();
  await emu?.close();
});

describe('PHP receiver with the signature check', () => {
  it('accepts our signed delivery and its reply reaches the sender', async () => {
    const eko = emu.createPhone('6281234567162', 'Eko');
    await eko.sendText(`${DEVICE}@s.whatsapp.net`, 'halo admin');
    await eko.waitForMessage((m) => m.text === 'Terima kasih, pesan Anda sudah kami terima.', 15_000);
    const { deliveries } = await core.rpc.invoke('webhooks.deliveries', {});
    expect(deliveries[0]).toMatchObject({ state: 'delivered', responseCode: 200 });
  });

  it('refuses a body whose signature does not match', async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'X-Wasender-Signature': 'sha256=00' },
      body: '{"message":"palsu"}',
    });
    expect(response.status).toBe(401);
  });
});
