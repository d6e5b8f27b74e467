// Desktop notifications wired to a real core (SQLite, inbound pipeline, event bus) and the fake Electron:
// which events show one, and what a click opens.
import type { WAMessage, WASocket } from '@whiskeysockets/baileys';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCore, type Core } from '../core/app';
import { createLogger } from '../core/logger';
import { startTestCore, tempDataDir } from '../../test/support/temp-core';
import type { SessionState } from '../../shared/domain';
import type { DeviceRestriction } from '../../shared/restrictions';
import { watchCampaignActivity } from './campaign-activity';
import { desktopAppOptions } from './testing/test-app';
import { startDesktopApp, type DesktopApp } from './lifecycle';
import { startNotifications, type AppNotifications } from './notifications';
import { FakeBrowserWindow, FakeNotification, fakeElectron } from './testing/fake-electron';

vi.mock('electron', async () => (await import('./testing/fake-electron')).electronModule());

const electron = fakeElectron();
const shown = () => FakeNotification.instances.filter((n) => n.shown).map((n) => n.options);

/** An incoming WhatsApp message as Baileys hands it to the inbound pipeline. */
const incoming = (id: string, text: string): WAMessage => ({
  key: { remoteJid: '6281311112222@s.whatsapp.net', fromMe: false, id },
  message: { conversation: text },
  messageTimestamp: Math.floor(Date.now() / 1000),
  pushName: 'Bu Sari',
});

beforeEach(() => electron.reset());

describe('new inbox message (desktop app)', () => {
  let app: DesktopApp;
  // In this process (createCore), so the test can hand core an incoming message as Baileys would.
  let core: Core;
  let deviceId: number;
  const window = () => app.window() as unknown as FakeBrowserWindow;
  const receive = async (id: string, text: string) => {
    await core.inbound.handleMessage(deviceId, {} as WASocket, incoming(id, text), 'notify');
    await core.inbound.settled();
  };
  beforeEach(async () => {
    app = (await startDesktopApp(
      desktopAppOptions(tempDataDir(), {
        logger: createLogger('silent'),
        startCore: async (options) => (core = await createCore(options)),
      }),
    ))!;
    deviceId = (await app.core.rpc.invoke('devices.create', { number: '6281234567890', name: 'Kasir' })).id;
  });
  afterEach(async () => {
    electron.app.quit();
    await vi.waitFor(() => expect(electron.app.quitted).toBe(true), { timeout: 5000 });
  });

  it('notifies with the sender and the first line while the window is hidden; a click opens that chat', async () => {
    window().hide();
    await receive('3EB0NOTIFY01', 'Pesanan saya sudah dikirim?\nTerima kasih');
    await vi.waitFor(() => expect(shown()).toHaveLength(1));
    expect(shown()[0]).toMatchObject({ title: 'Bu Sari', body: 'Pesanan saya sudah dikirim?' });
    const { chats } = await app.core.rpc.invoke('inbox.chats', { deviceId });
    FakeNotification.instances[0].click();
    expect(window()).toMatchObject({ visible: true, focused: true });
    expect(window().webContents.executed).toEqual([
      `location.hash = "#/inbox?device=${deviceId}&chat=${chats[0].id}"`,
    ]);
  });

  it('also notifies while the window is open but behind another one (not focused)', async () => {
    window().show();
    window().blur();
    await receive('3EB0NOTIFY02', 'Halo');
    await vi.waitFor(() => expect(shown()).toHaveLength(1));
  });

  it('stays quiet while the window is in front, and with the inbox switch off', async () => {
    window().show();
    window().focus();
    await receive('3EB0NOTIFY03', 'Halo');
    window().hide();
    await app.core.rpc.invoke('settings.set', {
      notifications: { inbox: false, device: true, campaign: true, restriction: true },
    });
    await receive('3EB0NOTIFY04', 'Halo lagi');
    // The inbox stored both (and a later message still notifies), so nothing was shown for them.
    await app.core.rpc.invoke('settings.set', {
      notifications: { inbox: true, device: true, campaign: true, restriction: true },
    });
    await receive('3EB0NOTIFY05', 'Yang ketiga');
    await vi.waitFor(() => expect(shown()).toHaveLength(1));
    expect(shown()[0].body).toBe('Yang ketiga');
  });
});

describe('devices, campaigns and restrictions (startNotifications on a real core)', () => {
  let core: Core;
  let notifications: AppNotifications;
  const openRoute = vi.fn();
  const state = (deviceId: number, status: SessionState['status']): SessionState => ({
    deviceId,
    status,
    reason: null,
    qrDataUrl: null,
    qr: null,
    pairingCode: null,
    retryAt: null,
  });
  const restriction = (
    deviceId: number,
    health: DeviceRestriction['health'],
    timelockUntil: number | null,
  ): DeviceRestriction => ({
    deviceId,
    timelockUntil,
    resumeAt: timelockUntil,
    enforcementType: timelockUntil ? 'REACHOUT_TIMELOCK' : null,
    capStage: health === 'warning' ? 'FIRST_WARNING' : 'NONE',
    capTotal: null,
    capUsed: null,
    newChatsToday: 0,
    health,
  });
  beforeEach(async () => {
    openRoute.mockClear();
    core = await startTestCore();
    notifications = startNotifications({
      core,
      campaigns: await watchCampaignActivity(core),
      windowInFront: () => false,
      openRoute,
      disconnectGraceMs: 150,
    });
  });
  afterEach(async () => {
    notifications.stop();
    await core.close();
  });

  it('logged out by the phone notifies at once and a click opens Devices', async () => {
    const device = await core.rpc.invoke('devices.create', { number: '6281234567890', name: 'Kasir' });
    core.events.emit('device.state', state(device.id, 'open'));
    core.events.emit('device.state', state(device.id, 'logged_out'));
    await vi.waitFor(() =>
      expect(shown()).toEqual([expect.objectContaining({ title: 'Kasir dikeluarkan dari WhatsApp' })]),
    );
    FakeNotification.instances[0].click();
    expect(openRoute).toHaveBeenCalledWith('devices');
  });

  it('a dropped connection that comes back within the grace period says nothing; one that stays down does', async () => {
    const device = await core.rpc.invoke('devices.create', { number: '6281234567890', name: 'Kasir' });
    core.events.emit('device.state', state(device.id, 'open'));
    core.events.emit('device.state', state(device.id, 'reconnecting'));
    core.events.emit('device.state', state(device.id, 'open'));
    core.events.emit('device.state', state(device.id, 'reconnecting'));
    await vi.waitFor(() => expect(shown()).toHaveLength(1), { timeout: 2000 });
    expect(shown()[0].title).toBe('Kasir terputus');
  });

  it('a campaign that finishes notifies with its name and counts; a click opens it', async () => {
    const device = await core.rpc.invoke('devices.create', { number: '6281234567890', name: 'Kasir' });
    const list = await core.rpc.invoke('contacts.importText', { name: 'Pelanggan', text: '6281111111111' });
    const campaign = await core.rpc.invoke('broadcasts.create', {
      name: 'Promo Desember',
      listId: list.list.id,
      content: { kind: 'text', text: 'Halo' },
      deviceIds: [device.id],
      start: true,
    });
    // The runner's own progress event when the last recipient is done (the device here is never linked).
    const progress = (await core.rpc.invoke('broadcasts.get', { id: campaign.id })).progress;
    core.events.emit('broadcast.progress', { ...progress, status: 'done' });
    await vi.waitFor(() =>
      expect(shown()).toEqual([
        expect.objectContaining({ title: 'Kampanye "Promo Desember" selesai', body: '0 terkirim, 0 gagal.' }),
      ]),
    );
    FakeNotification.instances[0].click();
    expect(openRoute).toHaveBeenCalledWith(`broadcasts?campaign=${campaign.id}`);
  });

  it('a campaign paused by the user (tray, page) says nothing', async () => {
    const device = await core.rpc.invoke('devices.create', { number: '6281234567890', name: 'Kasir' });
    const list = await core.rpc.invoke('contacts.importText', { name: 'Pelanggan', text: '6281111111111' });
    const campaign = await core.rpc.invoke('broadcasts.create', {
      name: 'Promo',
      listId: list.list.id,
      content: { kind: 'text', text: 'Halo' },
      deviceIds: [device.id],
      start: true,
    });
    await core.rpc.invoke('broadcasts.pause', { id: campaign.id });
    core.events.emit('device.restriction', restriction(device.id, 'restricted', null));
    // The restriction is the only one shown: the pause by the user was not news.
    await vi.waitFor(() => expect(shown()).toHaveLength(1));
    expect(shown()[0].title).toBe('Kasir dibatasi oleh WhatsApp');
  });

  it('a number newly restricted by WhatsApp notifies once, with when it lifts; warnings and repeats do not', async () => {
    const device = await core.rpc.invoke('devices.create', { number: '6281234567890', name: 'Kasir' });
    const until = new Date(2026, 11, 4, 9, 15).getTime();
    core.events.emit('device.restriction', restriction(device.id, 'warning', null));
    core.events.emit('device.restriction', restriction(device.id, 'restricted', until));
    core.events.emit('device.restriction', restriction(device.id, 'restricted', until));
    await vi.waitFor(() => expect(shown()).toHaveLength(1));
    expect(shown()[0]).toMatchObject({
      title: 'Kasir dibatasi oleh WhatsApp',
      body: expect.stringMatching(/ditahan sampai .*09[.:]15/),
    });
    FakeNotification.instances[0].click();
    expect(openRoute).toHaveBeenCalledWith('devices');
    // Lifted, then restricted again: news again.
    core.events.emit('device.restriction', restriction(device.id, 'good', null));
    core.events.emit('device.restriction', restriction(device.id, 'restricted', null));
    await vi.waitFor(() => expect(shown()).toHaveLength(2));
  });
});
