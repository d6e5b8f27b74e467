// Fault injection against real Baileys: 429 acks, dropped and refused connections, latency.
import { DisconnectReason, WAMessageStatus } from '@whiskeysockets/baileys';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkByQr, type TestClient } from './baileys-client.js';
import { type Emulator, startEmulator } from './index.js';

describe('fault injection', () => {
  let emu: Emulator;
  let app: TestClient;
  let other: TestClient;
  beforeAll(async () => {
    emu = await startEmulator();
    emu.createPhone('15550003002', 'Carol');
    app = await linkByQr(emu, '15550003000');
    other = await linkByQr(emu, '15550003001');
  });
  afterAll(async () => {
    app.end();
    other.end();
    await emu.close();
  });

  it('answers a send with a 429 ack: Baileys marks it ERROR and the phone never gets it', async () => {
    const carol = emu.getPhone('15550003002')!;
    emu.faults.rateLimitNext(1);
    const limited = await app.sock.sendMessage(carol.jid, { text: 'too fast' });
    await app.sock.sendMessage(carol.jid, { text: 'slower' });
    await carol.waitForMessage((m) => m.text === 'slower');
    // rc14 reports the error ack either as messages.update or, when its event buffer still holds the upsert
    // of the sent message (the buffer is only flushed by the next processed node), folded into that upsert.
    const failed = await app.waitFor(
      () =>
        app.updates.find((u) => u.key.id === limited!.key.id && u.update.status === WAMessageStatus.ERROR)
          ?.update ??
        app.upserts.find((u) => u.key.id === limited!.key.id && u.status === WAMessageStatus.ERROR),
      5000,
      '429 error status',
    );
    expect(failed.messageStubParameters).toEqual(['429']);
    expect(carol.messages.some((m) => m.text === 'too fast')).toBe(false);
  });

  it('drops one device connection; the other stays open and the dropped one reconnects', async () => {
    const closed = app.waitForConnection('close');
    emu.faults.drop('15550003000:1@s.whatsapp.net');
    await closed;
    expect(app.lastClose?.statusCode).toBe(DisconnectReason.connectionClosed);
    expect(emu.getPhone('15550003001')!.devices.get(1)?.connection?.closed).toBe(false);
    app.connect();
    await app.waitForConnection('open');
  });

  it('refuses new connections for N seconds, then accepts them again', async () => {
    emu.faults.refuseConnections(0.6);
    const closed = app.waitForConnection('close');
    emu.faults.dropAll();
    await closed;
    app.connect();
    await app.waitForConnection('close');
    await new Promise((resolve) => setTimeout(resolve, 700));
    app.connect();
    await app.waitForConnection('open');
    other.connect();
    await other.waitForConnection('open');
  });

  it('holds messages for an offline phone: no delivery receipt until it comes back online', async () => {
    const carol = emu.getPhone('15550003002')!;
    await carol.setOnline(false);
    const sent = await app.sock.sendMessage(carol.jid, { text: 'are you there?' });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(carol.messages.some((m) => m.id === sent!.key.id)).toBe(false);
    expect(
      app.updates.some((u) => u.key.id === sent!.key.id && u.update.status === WAMessageStatus.DELIVERY_ACK),
    ).toBe(false);
    await carol.setOnline(true);
    expect((await carol.waitForMessage((m) => m.id === sent!.key.id)).text).toBe('are you there?');
    await app.waitFor(
      () =>
        app.updates.find(
          (u) => u.key.id === sent!.key.id && u.update.status === WAMessageStatus.DELIVERY_ACK,
        ),
      5000,
      'delivery after coming online',
    );
  });

  it('adds latency to every server answer', async () => {
    emu.faults.setLatency(250);
    const started = Date.now();
    await app.sock.onWhatsApp('15550003002');
    expect(Date.now() - started).toBeGreaterThanOrEqual(240);
    emu.faults.reset();
    const fast = Date.now();
    await app.sock.onWhatsApp('15550003002');
    expect(Date.now() - fast).toBeLessThan(240);
  });
});
