// Groups end to end against the emulator: the app keeps the number's groups (and hands them to Baileys as
// cachedGroupMetadata), follows WhatsApp's w:gp2 notifications, manages groups over REST with the admin-only
// refusals, turns a LID group's members into a contact list, and runs a campaign to three groups.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/app';
import { startEmulator, type Emulator, type Group, type Phone } from '../emulator/index';
import { callApi } from '../support/rest-client';
import { linkDeviceByQr, startCoreAgainst } from '../support/wa-harness';

const SHOP = '6281234567401';
let emu: Emulator;
let core: Core;
let budi: Phone;
let sari: Phone;
let eko: Phone;
let dewi: Phone;
let deviceId: number;
let key: string;
let pelanggan: Group; // the shop is its superadmin (PN addressing)
let arisan: Group; // Budi's LID group, numbers hidden; the shop is a plain member
let reseller: Group;

async function until<T>(check: () => Promise<T | undefined | false> | T | undefined | false, what: string) {
  const deadline = Date.now() + 8000;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const api = (path: string, params: Record<string, unknown>) =>
  callApi(core.api.url, path, { api_key: key, sender: SHOP, ...params });

const infoOf = async (group: string) =>
  (await api('/group-info', { group_id: group })).body.data as {
    is_admin: boolean;
    participants: Array<{ id: string; number: string | null; admin: string | null }>;
  };

beforeAll(async () => {
  emu = await startEmulator();
  budi = emu.createPhone('6281234567402', 'Budi');
  sari = emu.createPhone('6281234567403', 'Sari');
  eko = emu.createPhone('6281234567404', 'Eko');
  dewi = emu.createPhone('6281234567405', 'Dewi');
  emu.createPhone(SHOP, 'Toko');
  pelanggan = await emu.createGroup('Pelanggan', [SHOP, budi.number, sari.number], SHOP);
  reseller = await emu.createGroup('Reseller', [SHOP, eko.number], SHOP);
  arisan = await emu.createGroup('Arisan', [budi.number, SHOP, sari.number, eko.number], budi.number, 'lid');
  arisan.hidePhoneNumbers = true;
  core = await startCoreAgainst(emu, { groupAddPauseMs: 20 });
  await linkDeviceByQr(core, emu, SHOP, 'Toko');
  deviceId = (await core.rpc.invoke('devices.list')).find((d) => d.number === SHOP)!.id;
  key = core.settings.get().apiKey;
  await core.rpc.invoke('broadcasts.setGovernor', { rateLimitPauseMin: 0 });
}, 60_000);

afterAll(async () => {
  await core?.close();
  expect(emu?.faults.errors).toEqual([]);
  await emu?.close();
});

describe('groups of a device', () => {
  it('lists the groups WhatsApp gave on connect, and group sends use the kept metadata', async () => {
    await until(() => core.groups.list(deviceId).length === 3, 'three groups in SQLite');
    const listed = await api('/groups', {});
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual({
      status: true,
      msg: 'Groups found',
      message: 'Groups found',
      data: [
        { id: arisan.jid, subject: 'Arisan', size: 4, is_admin: false },
        { id: pelanggan.jid, subject: 'Pelanggan', size: 3, is_admin: true },
        { id: reseller.jid, subject: 'Reseller', size: 2, is_admin: true },
      ],
    });
    const queriesBefore = emu.context.groups.metadataQueries.get(pelanggan.jid) ?? 0;
    for (const text of ['Promo 1', 'Promo 2']) {
      const sent = await api('/send-message', { number: pelanggan.jid, message: text });
      expect(sent.status).toBe(200);
      expect((await sari.waitForMessage((m) => m.text === text)).group).toBe(pelanggan.jid);
    }
    expect(emu.context.groups.metadataQueries.get(pelanggan.jid) ?? 0).toBe(queriesBefore);
  });

  it('adds (in batches; 409 for a member already in), promotes, demotes and removes participants', async () => {
    const added = await api('/group-participants', {
      group_id: pelanggan.jid,
      action: 'add',
      participants: `${eko.number}|${dewi.number}|${budi.number}`,
    });
    expect(added.status).toBe(200);
    expect(added.body.data).toEqual([
      { jid: eko.jid, status: '200' },
      { jid: dewi.jid, status: '200' },
      { jid: budi.jid, status: '409' },
    ]);
    expect(emu.context.groups.get(pelanggan.jid)!.participants.map((p) => p.number)).toEqual([
      SHOP,
      budi.number,
      sari.number,
      eko.number,
      dewi.number,
    ]);
    const promoted = await api('/group-participants', {
      group_id: pelanggan.jid,
      action: 'promote',
      participants: eko.number,
    });
    expect(promoted.body.data).toEqual([{ jid: eko.jid, status: '200' }]);
    expect((await infoOf(pelanggan.jid)).participants.find((p) => p.number === eko.number)?.admin).toBe(
      'admin',
    );
    await api('/group-participants', { group_id: pelanggan.jid, action: 'demote', participants: eko.number });
    await api('/group-participants', {
      group_id: pelanggan.jid,
      action: 'remove',
      participants: dewi.number,
    });
    const info = await infoOf(pelanggan.jid);
    expect(info.participants.find((p) => p.number === eko.number)?.admin).toBeNull();
    expect(info.participants.map((p) => p.number)).not.toContain(dewi.number);
    expect(core.groups.list(deviceId).find((g) => g.jid === pelanggan.jid)?.size).toBe(4);
  });

  it('adds many participants in batches of 5 with a pause between (one request per batch)', async () => {
    const more = Array.from({ length: 7 }, (_, i) => emu.createPhone(`62812345675${10 + i}`, `P${i}`).number);
    const before = emu.context.groups.participantRequests.length;
    const added = await api('/group-participants', {
      group_id: reseller.jid,
      action: 'add',
      participants: more.join('|'),
    });
    expect(added.body.data.map((r: { status: string }) => r.status)).toEqual(Array(7).fill('200'));
    expect(emu.context.groups.participantRequests.slice(before)).toEqual([
      { jid: reseller.jid, action: 'add', count: 5 },
      { jid: reseller.jid, action: 'add', count: 2 },
    ]);
    await api('/group-participants', {
      group_id: reseller.jid,
      action: 'remove',
      participants: more.join('|'),
    });
  });

  it('documents the group endpoints in the OpenAPI document', async () => {
    const doc = (await (await fetch(`${core.api.url}/openapi.json`)).json()) as {
      paths: Record<string, unknown>;
    };
    for (const path of ['/groups', '/group-info', '/create-group', '/group-participants', '/group-invite'])
      expect(doc.paths[path]).toBeDefined();
  });

  it('refuses admin-only changes in a group where the number is no admin, until an admin promotes it', async () => {
    for (const [path, params] of [
      ['/group-participants', { action: 'add', participants: dewi.number }],
      ['/group-participants', { action: 'remove', participants: eko.number }],
      ['/group-invite', { action: 'get' }],
      ['/group-invite', { action: 'revoke' }],
    ] as const) {
      const refused = await api(path, { group_id: arisan.jid, ...params });
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({ status: false, msg: 'You are not an admin of this group.' });
    }
    expect(emu.context.groups.get(arisan.jid)!.participants).toHaveLength(4);
    // Budi promotes the shop from his phone: the w:gp2 notification updates the kept group.
    await emu.context.groups.changeBy(budi.number, arisan.jid, 'promote', [SHOP]);
    await until(
      () => core.groups.list(deviceId).find((g) => g.jid === arisan.jid)?.weAdmin,
      'admin after promote',
    );
    const invite = await api('/group-invite', { group_id: arisan.jid, action: 'get' });
    expect(invite.status).toBe(200);
    expect(invite.body.data.link).toBe(`https://chat.whatsapp.com/${invite.body.data.code}`);
    // …and demotes it again: refused once more.
    await emu.context.groups.changeBy(budi.number, arisan.jid, 'demote', [SHOP]);
    await until(
      () => core.groups.list(deviceId).find((g) => g.jid === arisan.jid)?.weAdmin === false,
      'demoted',
    );
    expect((await api('/group-invite', { group_id: arisan.jid, action: 'get' })).status).toBe(403);
  });

  it("refuses in the same words when WhatsApp says not-admin and the app's copy was behind", async () => {
    await emu.context.groups.changeBy(budi.number, arisan.jid, 'promote', [SHOP]);
    await until(() => core.groups.list(deviceId).find((g) => g.jid === arisan.jid)?.weAdmin, 'promoted');
    // A demote whose w:gp2 notification never reached the app: only WhatsApp knows.
    emu.context.groups.get(arisan.jid)!.participants.find((p) => p.number === SHOP)!.admin = undefined;
    const refused = await api('/group-invite', { group_id: arisan.jid, action: 'get' });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ status: false, msg: 'You are not an admin of this group.' });
    // The app fetched the group again, so the next refusal comes from its own copy.
    expect(core.groups.list(deviceId).find((g) => g.jid === arisan.jid)?.weAdmin).toBe(false);
  });

  it('gets the invite link, the same until revoked, a new one after', async () => {
    const first = await api('/group-invite', { group_id: reseller.jid, action: 'get' });
    expect(first.body).toMatchObject({
      status: true,
      msg: 'Invite link',
      data: { code: expect.stringMatching(/^[\w-]{22}$/) },
    });
    const again = await api('/group-invite', { group_id: reseller.jid, action: 'get' });
    expect(again.body.data.code).toBe(first.body.data.code);
    const revoked = await api('/group-invite', { group_id: reseller.jid, action: 'revoke' });
    expect(revoked.body.msg).toBe('Invite link revoked');
    expect(revoked.body.data.code).not.toBe(first.body.data.code);
    expect((await api('/group-invite', { group_id: reseller.jid, action: 'get' })).body.data.code).toBe(
      revoked.body.data.code,
    );
  });

  it('sets subject and description as admin; refuses them where not admin (locked group)', async () => {
    const manager = core.groups.manager(deviceId);
    await manager.setSubject(reseller.jid, 'Reseller Jabar');
    await manager.setDescription(reseller.jid, 'Harga khusus reseller');
    expect(emu.context.groups.get(reseller.jid)).toMatchObject({
      subject: 'Reseller Jabar',
      description: 'Harga khusus reseller',
    });
    expect((await manager.metadata(reseller.jid)).desc).toBe('Harga khusus reseller');
    await expect(manager.setSubject(arisan.jid, 'Bukan admin')).rejects.toThrow(
      'You are not an admin of this group.',
    );
    expect(emu.context.groups.get(arisan.jid)!.subject).toBe('Arisan');
  });

  it('creates a group with the number as superadmin', async () => {
    const created = await api('/create-group', {
      name: 'Baru',
      participants: `${budi.number}|${dewi.number}`,
    });
    expect(created.status).toBe(200);
    const id = created.body.data.id as string;
    expect(id).toMatch(/@g\.us$/);
    const group = emu.context.groups.get(id)!;
    expect(group.participants.find((p) => p.number === SHOP)?.admin).toBe('superadmin');
    expect(group.participants.map((p) => p.number).sort()).toEqual([budi.number, dewi.number, SHOP].sort());
    expect(core.groups.list(deviceId).find((g) => g.jid === id)).toMatchObject({
      subject: 'Baru',
      weAdmin: true,
    });
  });

  it('refuses bad input in Laravel words', async () => {
    const bad = await callApi(core.api.url, '/group-participants', {
      api_key: key,
      group_id: 'abc',
      action: 'kick',
    });
    expect(bad.status).toBe(422);
    expect(bad.body).toMatchObject({
      status: false,
      msg: 'Invalid data!',
      errors: {
        sender: ['The sender field is required.'],
        group_id: ['The group id format is invalid.'],
        action: ['The selected action is invalid.'],
        participants: ['The participants field is required.'],
      },
    });
    const noName = await api('/create-group', { participants: budi.number });
    expect(noName.body.errors).toEqual({ name: ['The name field is required.'] });
  });

  it("turns a LID group's members into a contact list: numbers from the LID map, the rest counted", async () => {
    // Budi wrote to the shop from his LID with his number beside it: the app learned the pair.
    await budi.sendText(`${SHOP}@s.whatsapp.net`, 'Halo toko', { fromLid: true });
    await until(
      () =>
        core.db.prepare('SELECT pn FROM lid_map WHERE lid = ?').get(emu.getPhone(budi.number)!.lidJid) &&
        core.db
          .prepare('SELECT 1 FROM chats c JOIN messages m ON m.chat_id = c.id WHERE c.jid = ?')
          .get(budi.jid),
      "Budi's LID pair and his message in the inbox",
    );
    const result = await core.groups.membersToList(deviceId, arisan.jid);
    expect(result).toMatchObject({ added: 1, unresolved: 2 });
    const { list, contacts } = await core.rpc.invoke('contacts.get', { id: result.listId });
    expect(list.contactCount).toBe(1);
    expect(contacts.map((c) => ({ phone: c.phone, name: c.name }))).toEqual([
      { phone: budi.number, name: 'Budi' },
    ]);
  });

  it('runs a campaign to three groups: one message per group', async () => {
    const groups = core.groups
      .list(deviceId)
      .filter((g) => g.weAdmin)
      .map((g) => g.jid);
    expect(groups).toHaveLength(3);
    const listId = await core.groups.groupsToList(deviceId, groups, 'Tiga grup');
    const campaign = await core.rpc.invoke('broadcasts.create', {
      name: 'Ke grup',
      listId,
      content: { kind: 'text', text: 'Halo semua grup' },
      deviceIds: [deviceId],
      pacing: {
        minDelaySec: 0,
        maxDelaySec: 0.1,
        batchSize: 0,
        batchPauseMin: 0,
        dailyCapPerDevice: 0,
        window: null,
      },
      start: true,
    });
    await until(() => core.broadcast.runner.progressOf(campaign.id)?.status === 'done', 'campaign done');
    expect(core.broadcast.runner.progressOf(campaign.id)!.counts).toMatchObject({ sent: 3, failed: 0 });
    const got = [];
    for (const jid of groups) {
      const member = emu.context.groups.get(jid)!.participants.find((p) => p.number !== SHOP)!.number;
      got.push(
        await emu.getPhone(member)!.waitForMessage((m) => m.text === 'Halo semua grup' && m.group === jid),
      );
    }
    expect(got).toHaveLength(3);
  });
});
