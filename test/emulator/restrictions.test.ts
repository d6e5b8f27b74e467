// Account restrictions against real Baileys rc14: timelock notifications and fetches, 463 on new chats only,
// N new chats before the lock, non-users counting as reach-outs, and the new-chat cap stages.
import { WAMessageStatus, type BaileysEventMap, type ConnectionState } from '@whiskeysockets/baileys';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkByQr, type TestClient } from './baileys-client.js';
import { type Emulator, type Phone, startEmulator } from './index.js';

describe('account restrictions', () => {
  let emu: Emulator;
  let app: TestClient;
  let shop: Phone;
  const locks: NonNullable<ConnectionState['reachoutTimeLock']>[] = [];
  const caps: BaileysEventMap['message-capping.update'][] = [];
  let nextContact = 0;
  const newContact = () => emu.createPhone(`1555000${String(5100 + nextContact++)}`);

  beforeAll(async () => {
    emu = await startEmulator();
    app = await linkByQr(emu, '15550005000');
    shop = emu.getPhone('15550005000')!;
    app.sock.ev.on('connection.update', (u) => u.reachoutTimeLock && locks.push(u.reachoutTimeLock));
    app.sock.ev.on('message-capping.update', (u) => caps.push(u));
  });
  afterAll(async () => {
    app.end();
    await emu.close();
    expect(emu.faults.errors).toEqual([]);
  });

  const errorOf = (id: string) =>
    app.updates.find((u) => u.key.id === id && u.update.status === WAMessageStatus.ERROR)?.update ??
    app.upserts.find((u) => u.key.id === id && u.status === WAMessageStatus.ERROR);
  const send = async (to: Phone | string, text: string) =>
    (await app.sock.sendMessage(typeof to === 'string' ? to : to.jid, { text }))!.key.id!;

  it('a timelock reaches Baileys as reachoutTimeLock; new chats get 463, chats that exist go on; it lifts', async () => {
    const friend = newContact();
    const stranger = newContact();
    await friend.sendText(shop.jid, 'hi shop');
    await app.waitFor(() => app.upserts.some((m) => m.message?.conversation === 'hi shop'));
    const until = Date.now() + 1500;
    emu.getPhone(shop.number)!.restrictions.apply({ timelockUntil: until });
    const set = await app.waitFor(() => locks.find((l) => l.isActive), 5000, 'timelock notification');
    expect(set.timeEnforcementEnds?.getTime()).toBe(Math.ceil(until / 1000) * 1000);
    expect(set.enforcementType).toBe('DEFAULT');
    expect(await app.sock.fetchAccountReachoutTimelock()).toEqual({
      isActive: true,
      timeEnforcementEnds: new Date(Math.ceil(until / 1000) * 1000),
      enforcementType: 'DEFAULT',
    });

    const refused = await send(stranger, 'cold hello');
    await send(friend, 'thanks for writing');
    await friend.waitForMessage((m) => m.text === 'thanks for writing');
    const failed = await app.waitFor(() => errorOf(refused), 5000, '463 error status');
    expect(failed.messageStubParameters?.[0]).toBe('463');
    expect(stranger.messages).toEqual([]);

    await app.waitFor(() => locks.find((l) => l.isActive === false), 5000, 'lift notification');
    expect((await app.sock.fetchAccountReachoutTimelock()).isActive).toBe(false);
    await send(stranger, 'hello again');
    await stranger.waitForMessage((m) => m.text === 'hello again');
  });

  it('answers the N+1st new chat with 463 and puts the account under a timelock', async () => {
    const r = shop.restrictions;
    r.apply({ restrictAfterNewChats: 3, triggeredLockSeconds: 30 });
    const contacts = [newContact(), newContact(), newContact(), newContact()];
    for (const c of contacts.slice(0, 3)) await send(c, 'promo');
    await Promise.all(contacts.slice(0, 3).map((c) => c.waitForMessage((m) => m.text === 'promo')));
    const fourth = await send(contacts[3], 'promo');
    expect((await app.waitFor(() => errorOf(fourth), 5000, '463')).messageStubParameters?.[0]).toBe('463');
    const lock = await app.waitFor(() => locks.at(-1)?.isActive && locks.at(-1), 5000, 'timelock');
    expect(lock.timeEnforcementEnds!.getTime()).toBeGreaterThan(Date.now() + 25_000);
    expect(r.describe()).toMatchObject({ timelocked: true, restrictAfterNewChats: null, refused: 2 });
    r.apply({ timelockSeconds: 0 });
    await app.waitFor(() => locks.at(-1)?.isActive === false, 5000, 'lift');
  });

  it('counts a send to a number that is not on WhatsApp as a new chat (Baileys #2441)', async () => {
    const r = shop.restrictions;
    r.apply({ restrictAfterNewChats: 1 });
    const before = r.describe().newChats;
    await send('15559990001@s.whatsapp.net', 'anyone there?');
    await app.waitFor(() => r.describe().newChats === before + 1, 5000, 'counted non-user');
    const next = await send(newContact(), 'hello');
    expect((await app.waitFor(() => errorOf(next), 5000, '463')).messageStubParameters?.[0]).toBe('463');
    r.apply({ timelockSeconds: 0, restrictAfterNewChats: null });
  });

  it('pushes the new-chat cap stages and answers fetchNewChatMessageCap; CAPPED refuses new chats', async () => {
    const r = shop.restrictions;
    r.apply({ capStage: 'FIRST_WARNING', capTotal: 50, capUsed: 40 });
    const warned = await app.waitFor(() => caps.find((c) => c.capping_status === 'FIRST_WARNING'));
    expect(warned).toMatchObject({ capping_status: 'FIRST_WARNING', total_quota: 50, used_quota: 40 });
    expect(await app.sock.fetchNewChatMessageCap()).toMatchObject({
      capping_status: 'FIRST_WARNING',
      total_quota: 50,
      used_quota: 40,
    });
    r.apply({ capStage: 'CAPPED' });
    await app.waitFor(() => caps.find((c) => c.capping_status === 'CAPPED'));
    const friend = newContact();
    await friend.sendText(shop.jid, 'still there?');
    await app.waitFor(() => app.upserts.some((m) => m.message?.conversation === 'still there?'));
    const cold = await send(newContact(), 'cold');
    await send(friend, 'yes');
    await friend.waitForMessage((m) => m.text === 'yes');
    expect((await app.waitFor(() => errorOf(cold), 5000, '463')).messageStubParameters?.[0]).toBe('463');
    r.apply({ reset: true });
    await app.waitFor(() => caps.at(-1)?.capping_status === 'NONE');
  });
});
