// Real Baileys rc14 links to emulated phones (QR string, QR PNG, pairing code), reconnects, and is logged out.
import { DisconnectReason } from '@whiskeysockets/baileys';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestClient, linkByQr } from './baileys-client.js';
import { type Emulator, startEmulator } from './index.js';

describe('linking a Baileys companion to an emulated phone', () => {
  let emu: Emulator;
  beforeAll(async () => {
    emu = await startEmulator();
  });
  afterAll(() => emu.close());

  it('links by scanning the raw QR string, restarts on 515 and opens', async () => {
    const client = await linkByQr(emu, '15550001001');
    expect(client.creds.me?.id).toBe('15550001001:1@s.whatsapp.net');
    expect(client.creds.me?.lid).toBe(`${emu.getPhone('15550001001')!.lid}:1@lid`);
    expect(emu.getPhone('15550001001')!.devices.get(1)?.preKeys.size).toBeGreaterThan(0);
    client.end();
  });

  it('links by scanning a PNG data URL of the QR', async () => {
    const phone = emu.createPhone('15550001002', 'Png');
    const client = createTestClient(emu);
    client.connect();
    const png = await QRCode.toDataURL(await client.nextQr());
    const closed = client.waitForConnection('close');
    await phone.scanQr(png);
    await closed;
    expect(client.lastClose?.statusCode).toBe(DisconnectReason.restartRequired);
    client.connect();
    await client.waitForConnection('open');
    expect(client.creds.me?.id).toBe('15550001002:1@s.whatsapp.net');
    client.end();
  });

  it('links by pairing code (link_code_companion_reg)', async () => {
    const phone = emu.createPhone('15550001003', 'Code');
    const client = createTestClient(emu);
    client.connect();
    await client.nextQr();
    const code = await client.sock.requestPairingCode(phone.number);
    expect(code).toMatch(/^[1-9A-HJ-NP-TV-Z]{8}$/);
    const closed = client.waitForConnection('close');
    await phone.linkWithPairingCode(`${code.slice(0, 4)}-${code.slice(4)}`);
    await closed;
    client.connect();
    await client.waitForConnection('open');
    expect(client.creds.me?.id).toBe('15550001003:1@s.whatsapp.net');
    client.end();
  });

  it('reconnects with saved creds without a new QR', async () => {
    const client = await linkByQr(emu, '15550001004');
    client.end();
    await client.waitForConnection('close');
    client.connect();
    await client.waitForConnection('open');
    const bob = emu.createPhone('15550001005', 'Bob');
    await client.sock.sendMessage(bob.jid, { text: 'after reconnect' });
    expect((await bob.waitForMessage((m) => m.text === 'after reconnect')).from).toBe(
      '15550001004:1@s.whatsapp.net',
    );
    client.end();
  });

  it('answers keep-alive pings so the connection stays open', async () => {
    const client = await linkByQr(
      emu,
      '15550001007',
      createTestClient(emu, { socket: { keepAliveIntervalMs: 200 } }),
    );
    client.lastClose = undefined; // the 515 restart during linking
    const pingsBefore = emu.stats.iq['w:p'] ?? 0;
    // Four pings at 200 ms (however slowly a loaded machine runs the timers), and the link still up.
    await vi.waitFor(() => expect((emu.stats.iq['w:p'] ?? 0) - pingsBefore).toBeGreaterThanOrEqual(4), {
      timeout: 20_000,
      interval: 50,
    });
    expect(client.lastClose).toBeUndefined();
    expect(emu.getPhone('15550001007')!.devices.get(1)?.connection?.closed).toBe(false);
    client.end();
  });

  it('ends the session when the phone logs the device out, and refuses the old creds', async () => {
    const client = await linkByQr(emu, '15550001006');
    const closed = client.waitForConnection('close');
    await emu.getPhone('15550001006')!.logoutDevice();
    await closed;
    expect(client.lastClose?.statusCode).toBe(DisconnectReason.loggedOut);
    client.connect();
    await client.waitForConnection('close');
    expect(client.lastClose?.statusCode).toBe(DisconnectReason.loggedOut);
  });
});
