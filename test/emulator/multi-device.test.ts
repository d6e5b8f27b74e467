// Server fan-out between linked devices, offline queueing, app-side read receipts and app-side logout.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkByQr, type TestClient } from './baileys-client.js';
import { type Emulator, startEmulator } from './index.js';

describe('several linked devices', () => {
  let emu: Emulator;
  let a1: TestClient;
  let a2: TestClient;
  let b: TestClient;
  beforeAll(async () => {
    emu = await startEmulator();
    emu.createPhone('15550006009', 'Carol');
    a1 = await linkByQr(emu, '15550006001');
    a2 = await linkByQr(emu, '15550006001');
    b = await linkByQr(emu, '15550006002');
  });
  afterAll(async () => {
    for (const c of [a1, a2, b]) c.end();
    expect(emu.faults.errors).toEqual([]);
    await emu.close();
  });

  it('gives the second device of the same phone its own device id', () => {
    expect(a1.creds.me?.id).toBe('15550006001:1@s.whatsapp.net');
    expect(a2.creds.me?.id).toBe('15550006001:2@s.whatsapp.net');
  });

  it('fans a message out to the recipient phone, its linked device and the sender’s other device', async () => {
    const sent = await a1.sock.sendMessage('15550006002@s.whatsapp.net', { text: 'to B everywhere' });
    const phoneB = emu.getPhone('15550006002')!;
    expect((await phoneB.waitForMessage((m) => m.id === sent!.key.id)).text).toBe('to B everywhere');
    const atB = await b.waitFor(() => b.upserts.find((m) => m.key.id === sent!.key.id), 5000, 'B upsert');
    expect(atB.message?.conversation ?? atB.message?.extendedTextMessage?.text).toBe('to B everywhere');
    expect(atB.key.fromMe).toBe(false);
    const atA2 = await a2.waitFor(() => a2.upserts.find((m) => m.key.id === sent!.key.id), 5000, 'A2 copy');
    expect(atA2.key).toMatchObject({ fromMe: true, remoteJid: '15550006002@s.whatsapp.net' });
  });

  it('queues messages for an offline device and delivers them at its next login', async () => {
    b.end();
    await b.waitForConnection('close');
    const carol = emu.getPhone('15550006009')!;
    const { id } = await carol.sendText('15550006002@s.whatsapp.net', 'while you were away');
    expect(emu.getPhone('15550006002')!.devices.get(1)!.pending.length).toBeGreaterThan(0);
    b.connect();
    await b.waitForConnection('open');
    const got = await b.waitFor(() => b.upserts.find((m) => m.key.id === id), 5000, 'offline upsert');
    expect(got.message?.conversation).toBe('while you were away');
  });

  it('records the read receipt the app sends for a phone’s message', async () => {
    const carol = emu.getPhone('15550006009')!;
    const { id } = await carol.sendText('15550006001@s.whatsapp.net', 'please read');
    const msg = await a1.waitFor(() => a1.upserts.find((m) => m.key.id === id), 5000, 'upsert');
    await a1.sock.readMessages([msg.key]);
    const read = await carol.waitForReceipt((r) => r.id === id && r.type === 'read', 5000);
    expect(read.from).toBe('15550006001:1@s.whatsapp.net');
  });

  it('carries group messages between two linked apps, also once sender keys are known', async () => {
    const group = await emu.createGroup(
      'Apps',
      ['15550006001', '15550006002', '15550006009'],
      '15550006009',
      'lid',
    );
    const texts = ['first to group', 'second to group'];
    for (const text of texts) await a1.sock.sendMessage(group.jid, { text });
    for (const text of texts) {
      const got = await b.waitFor(
        () =>
          b.upserts.find(
            (m) => m.message?.conversation === text || m.message?.extendedTextMessage?.text === text,
          ),
        5000,
        text,
      );
      expect(got.key.remoteJid).toBe(group.jid);
      await emu.getPhone('15550006009')!.waitForMessage((m) => m.text === text);
    }
    const back = await b.sock.sendMessage(group.jid, { text: 'from B to group' });
    const atA = await a1.waitFor(
      () => a1.upserts.find((m) => m.key.id === back!.key.id),
      5000,
      'B → A in group',
    );
    expect(atA.key.participant).toBe(emu.getPhone('15550006002')!.lidJid);
  });

  it('answers a retry receipt by rebuilding the session and sending the same message again', async () => {
    const carol = emu.getPhone('15550006009')!;
    const first = await carol.sendText('15550006001@s.whatsapp.net', 'before the glitch');
    await a1.waitFor(() => a1.upserts.find((m) => m.key.id === first.id), 5000, 'first');
    // The app loses its Signal session with Carol (e.g. state not saved before a crash).
    const address = a1.sock.signalRepository.jidToSignalProtocolAddress(carol.lidJid);
    await a1.keys.set({ session: { [address]: null } });
    const { id } = await carol.sendText('15550006001@s.whatsapp.net', 'after the glitch');
    const got = await a1.waitFor(
      () => a1.upserts.find((m) => m.key.id === id && m.message?.conversation === 'after the glitch'),
      10_000,
      'resent message',
    );
    expect(got.message?.conversation).toBe('after the glitch');
    expect(carol.receipts.some((r) => r.id === id && r.type === 'retry')).toBe(true);
  });

  it('removes the device when the app logs out itself', async () => {
    await a2.sock.logout();
    const phone = emu.getPhone('15550006001')!;
    await a1.waitFor(() => !phone.devices.has(2), 5000, 'device 2 removed');
    expect([...phone.devices.keys()]).toEqual([1]);
  });
});
