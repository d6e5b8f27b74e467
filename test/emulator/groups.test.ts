// Groups between real Baileys and emulated phones: sender keys, PN and LID addressing, app-created groups.
import { describe, expect, it } from 'vitest';
import type { TestClient } from './baileys-client.js';
import { useLinkedClient } from './linked-client.js';

describe('groups', () => {
  const linked = useLinkedClient();

  const upsert = (check: (m: TestClient['upserts'][number]) => boolean, what: string) =>
    linked.app.waitFor(() => linked.app.upserts.find(check), 10_000, what);

  it('runs a group: Baileys sends with sender keys, a phone replies in the group', async () => {
    const group = await linked.emu.createGroup(
      'Team',
      [linked.me.number, linked.alice.number, linked.bob.number],
      linked.alice.number,
    );
    const meta = await linked.app.sock.groupMetadata(group.jid);
    expect(meta.participants.map((p) => p.id).sort()).toEqual(
      [linked.me.jid, linked.alice.jid, linked.bob.jid].sort(),
    );
    const sent = await linked.app.sock.sendMessage(group.jid, { text: 'hello team' });
    for (const phone of [linked.alice, linked.bob]) {
      expect(await phone.waitForMessage((m) => m.id === sent!.key.id)).toMatchObject({
        group: group.jid,
        text: 'hello team',
        encType: 'skmsg',
      });
    }
    const reply = await linked.bob.sendText(group.jid, 'hi all');
    const got = await upsert((m) => m.key.id === reply.id, 'group upsert');
    expect(got.key).toMatchObject({ remoteJid: group.jid, participant: linked.bob.jid });
    expect(got.message?.conversation).toBe('hi all');
    const again = await linked.alice.sendText(group.jid, 'second group msg');
    expect((await upsert((m) => m.key.id === again.id, 'second group upsert')).message?.conversation).toBe(
      'second group msg',
    );
  });

  it('runs a LID-addressed group the same way, and a group the app creates itself', async () => {
    const group = await linked.emu.createGroup(
      'LID team',
      [linked.me.number, linked.alice.number, linked.bob.number],
      linked.bob.number,
      'lid',
    );
    const meta = await linked.app.sock.groupMetadata(group.jid);
    expect(meta.addressingMode).toBe('lid');
    expect(meta.participants.map((p) => p.id).sort()).toEqual(
      [linked.me.lidJid, linked.alice.lidJid, linked.bob.lidJid].sort(),
    );
    const sent = await linked.app.sock.sendMessage(group.jid, { text: 'hello lid team' });
    expect((await linked.alice.waitForMessage((m) => m.id === sent!.key.id)).text).toBe('hello lid team');
    const reply = await linked.alice.sendText(group.jid, 'lid reply');
    const got = await upsert((m) => m.key.id === reply.id, 'lid group upsert');
    expect(got.key).toMatchObject({
      remoteJid: group.jid,
      participant: linked.alice.lidJid,
      participantAlt: linked.alice.jid,
    });
    expect(got.message?.conversation).toBe('lid reply');

    // Only admins get the invite link (group-changes.ts): Bob made this group, we are a plain member.
    await expect(linked.app.sock.groupInviteCode(group.jid)).rejects.toThrow('not-authorized');
    const created = await linked.app.sock.groupCreate('Made by the app', [
      linked.alice.jid,
      linked.bob.lidJid,
    ]);
    expect(
      linked.emu.context.groups
        .get(created.id)
        ?.participants.map((p) => p.number)
        .sort(),
    ).toEqual([linked.me.number, linked.alice.number, linked.bob.number].sort());
    expect(await linked.app.sock.groupInviteCode(created.id)).toMatch(/^[\w-]{22}$/);
    const first = await linked.app.sock.sendMessage(created.id, { text: 'welcome' });
    expect((await linked.alice.waitForMessage((m) => m.id === first!.key.id)).group).toBe(created.id);
  });
});
