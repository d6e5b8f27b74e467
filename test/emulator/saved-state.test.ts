// --state-dir: a restarted emulator keeps phones, Signal sessions and linked devices, so the app just reconnects.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { linkByQr } from './baileys-client.js';
import { type Emulator, startEmulator } from './index.js';

describe('saved emulator state', () => {
  const stateDir = mkdtempSync(join(tmpdir(), 'wa-emu-state-'));
  let emu: Emulator | undefined;
  afterAll(async () => {
    await emu?.close();
    rmSync(stateDir, { recursive: true, force: true });
  });

  it('lets a linked client reconnect and keep messaging after the emulator restarts', async () => {
    emu = await startEmulator({ stateDir });
    const port = Number(new URL(emu.httpUrl).port);
    const caCertPath = emu.caCertPath;
    const rootKey = Buffer.from(emu.rootPublicKey).toString('hex');
    const friend = emu.createPhone('15550007002', 'Friend');
    const client = await linkByQr(emu, '15550007001');
    await client.sock.sendMessage(friend.jid, { text: 'before restart' });
    await friend.waitForMessage((m) => m.text === 'before restart');
    const reply = await friend.sendText('15550007001@s.whatsapp.net', 'reply before restart');
    await client.waitFor(() => client.upserts.find((m) => m.key.id === reply.id), 5000, 'reply');
    client.end();
    await client.waitForConnection('close');
    await emu.close();

    emu = await startEmulator({ stateDir, port });
    expect(emu.caCertPath).toBe(caCertPath);
    expect(Buffer.from(emu.rootPublicKey).toString('hex')).toBe(rootKey);
    expect(emu.getPhone('15550007002')!.messages.map((m) => m.text)).toContain('before restart');
    client.connect();
    await client.waitForConnection('open');
    await client.sock.sendMessage('15550007002@s.whatsapp.net', { text: 'after restart' });
    // A fresh Baileys socket force-refreshes sessions of newly listed devices, so this may be a pkmsg; either
    // way the phone must decrypt it with its restored identity and prekeys.
    const after = await emu.getPhone('15550007002')!.waitForMessage((m) => m.text === 'after restart');
    expect(after.from).toBe('15550007001:1@s.whatsapp.net');
    const again = await emu.getPhone('15550007002')!.sendText('15550007001@s.whatsapp.net', 'still here');
    const got = await client.waitFor(
      () => client.upserts.find((m) => m.key.id === again.id),
      5000,
      'after restart',
    );
    expect(got.message?.conversation).toBe('still here');
    client.end();
  });
});
