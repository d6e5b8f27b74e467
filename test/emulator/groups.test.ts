// Groups between real Baileys and emulated phones: sender keys, PN and LID addressing, app-created groups.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkByQr, type TestClient } from './baileys-client.js';
import { type Emulator, type Phone, startEmulator } from './index.js';

describe('groups', () => {
  let emu: Emulator;
  let app: TestClient;
  let me: Phone;
  let alice: Phone;
  let bob: Phone;

  beforeAll(async () => {
    emu = await startEmulator();
    me = emu.createPhone('15550002000', 'Shop');
    alice = emu.createPhone('15550002001', 'Alice');
    bob = emu.createPhone('15550002002', 'Bob');
    app = await linkByQr(emu, me.number);
  });
  afterAll(async () => {
    app.end();
    expect(emu.faults.errors).toEqual([]);
    await emu.close();
  });

  const upsert = (check: (m: TestClient['upserts'][number]) => boolean, what: string) =>
    app.waitFor(() => app.upserts.find(check), 10_000, what);

  it('runs a group: Baileys sends with sender keys, a phone replies in the group', async () => {
    const group = await emu.createGroup('Team', [me.number, alice.number, bob.number], alice.number);
    const meta = await app.sock.groupMetadata(group.jid);
    expect(meta.participants.map((p) => p.id).sort()).toEqual([me.jid, alice.jid, bob.jid].sort());
    const sent = await app.sock.sendMessage(group.jid, { text: 'hello team' });
    for (const phone of [alice, bob]) {
      expect(await phone.waitForMessage((m) => m.id === sent!.key.id)).toMatchObject({
        group: group.jid,
        text: 'hello team',
        encType: 'skmsg',
      });
    }
    const reply = await bob.sendText(group.jid, 'hi all');
    const got = await upsert((m) => m.key.id === reply.id, 'group upsert');
    expect(got.key).toMatchObject({ remoteJid: group.jid, participant: bob.jid });
    expect(got.message?.conversation).toBe('hi all');
    const again = await alice.sendText(group.jid, 'second group msg');
    expect((await upsert((m) => m.key.id === again.id, 'second group upsert')).message?.conversation).toBe(
      'second group msg',
    );
  });

  it('runs a LID-addressed group the same way, and a group the app creates itself', async () => {
    const group = await emu.createGroup('LID team', [me.number, alice.number, bob.number], bob.number, 'lid');
    const meta = await app.sock.groupMetadata(group.jid);
    expect(meta.addressingMode).toBe('lid');
    expect(meta.participants.map((p) => p.id).sort()).toEqual([me.lidJid, alice.lidJid, bob.lidJid].sort());
    const sent = await app.sock.sendMessage(group.jid, { text: 'hello lid team' });
    expect((await alice.waitForMessage((m) => m.id === sent!.key.id)).text).toBe('hello lid team');
    const reply = await alice.sendText(group.jid, 'lid reply');
    const got = await upsert((m) => m.key.id === reply.id, 'lid group upsert');
    expect(got.key).toMatchObject({
      remoteJid: group.jid,
      participant: alice.lidJid,
      participantAlt: alice.jid,
    });
    expect(got.message?.conversation).toBe('lid reply');

    expect(await app.sock.groupInviteCode(group.jid)).toMatch(/^[\w-]{22}$/);
    const created = await app.sock.groupCreate('Made by the app', [alice.jid, bob.lidJid]);
    expect(
      emu.context.groups
        .get(created.id)
        ?.participants.map((p) => p.number)
        .sort(),
    ).toEqual([me.number, alice.number, bob.number].sort());
    const first = await app.sock.sendMessage(created.id, { text: 'welcome' });
    expect((await alice.waitForMessage((m) => m.id === first!.key.id)).group).toBe(created.id);
  });
});
