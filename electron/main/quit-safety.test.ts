// Quit safety with a real core and the fake Electron: quitting while a campaign sends asks first, a crashed
// window reloads (reason logged), and the computer is kept awake only while a campaign sends.
import { join } from 'node:path';
import { Writable } from 'node:stream';
import Database from 'better-sqlite3';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DB_FILE } from '../core/db/database';
import { desktopAppOptions } from './testing/test-app';
import { startDesktopApp, type DesktopApp } from './lifecycle';
import { KEEP_RUNNING, PAUSE_AND_QUIT } from './quit-guard';
import { tempDataDir } from '../../test/support/temp-core';
import { FakeBrowserWindow, FakeTray, fakeElectron } from './testing/fake-electron';

vi.mock('electron', async () => (await import('./testing/fake-electron')).electronModule());

const electron = fakeElectron();
/** How the process core ran in ended (null while it runs). */
const coreExitCode = () => electron.utilityProcess.children.at(-1)?.child.exitCode;
let app: DesktopApp;
let logLines: Record<string, unknown>[] = [];
const window = () => app.window() as unknown as FakeBrowserWindow;
const quitFromTray = () => FakeTray.instances[0].menu!.items[6].click();

async function start() {
  logLines = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  app = (await startDesktopApp(desktopAppOptions(tempDataDir(), { logger: pino({ level: 'info' }, sink) })))!;
}

/** A campaign sending from a device that is not connected: it stays running, waiting for the device. */
async function runningCampaign() {
  const device = await app.core.rpc.invoke('devices.create', { number: '6281234567890', name: 'Kasir' });
  const list = await app.core.rpc.invoke('contacts.importText', { name: 'Pelanggan', text: '6281111111111' });
  const campaign = await app.core.rpc.invoke('broadcasts.create', {
    name: 'Promo',
    listId: list.list.id,
    content: { kind: 'text', text: 'Halo' },
    deviceIds: [device.id],
    start: true,
  });
  expect(campaign.status).toBe('running');
  return campaign;
}
const statusOf = async (id: number) => (await app.core.rpc.invoke('broadcasts.get', { id })).status;
const awake = () => [...electron.powerSaveBlocker.active.values()];

beforeEach(async () => {
  electron.reset();
  await start();
});
afterEach(async () => {
  if (!electron.app.quitted) {
    electron.dialog.answers = [PAUSE_AND_QUIT];
    electron.app.quit();
    await vi.waitFor(() => expect(electron.app.quitted).toBe(true), { timeout: 5000 });
  }
});

describe('quitting while a campaign sends', () => {
  it('quits without a question when nothing is sending', async () => {
    quitFromTray();
    await vi.waitFor(() => expect(electron.app.quitted).toBe(true), { timeout: 5000 });
    expect(electron.dialog.shown).toHaveLength(0);
  });

  it('"Pause and quit" pauses the campaign, then the app quits', async () => {
    const campaign = await runningCampaign();
    electron.dialog.answers = [PAUSE_AND_QUIT];
    quitFromTray();
    await vi.waitFor(() => expect(electron.app.quitted).toBe(true), { timeout: 5000 });
    expect(electron.dialog.shown).toEqual([
      expect.objectContaining({
        message: 'Kampanye sedang mengirim',
        buttons: ['Jeda dan keluar', 'Tetap berjalan di tray'],
      }),
    ]);
    // Core is closed now; the pause was stored in the database file before it closed.
    expect(coreExitCode()).toBe(0); // core's process closed its database and ended
    const db = new Database(join(electron.app.getPath('userData'), DB_FILE), { readonly: true });
    const row = db.prepare('SELECT status, pause_reason FROM campaigns WHERE id = ?').get(campaign.id);
    db.close();
    expect(row).toEqual({ status: 'paused', pause_reason: 'user' });
    expect(logLines).toContainEqual(
      expect.objectContaining({ msg: 'campaigns paused before quitting', paused: 1 }),
    );
  });

  it('"Keep running in the tray" keeps the app, the campaign and the API, with the window hidden', async () => {
    const campaign = await runningCampaign();
    window().show();
    electron.dialog.answers = [KEEP_RUNNING];
    quitFromTray();
    await vi.waitFor(() => expect(window().visible).toBe(false));
    expect(electron.app.quitted).toBe(false);
    expect(electron.dialog.shown).toHaveLength(1);
    expect(await statusOf(campaign.id)).toBe('running');
    expect((await fetch(`${app.core.api.url}/health`)).status).toBe(200);
  });

  it('asks in English when the app is in English', async () => {
    await app.core.rpc.invoke('settings.set', { language: 'en' });
    await runningCampaign();
    electron.dialog.answers = [KEEP_RUNNING];
    quitFromTray();
    await vi.waitFor(() => expect(electron.dialog.shown).toHaveLength(1));
    expect(electron.dialog.shown[0]).toMatchObject({
      message: 'A campaign is sending',
      buttons: ['Pause and quit', 'Keep running in the tray'],
    });
  });

  it.skipIf(process.platform === 'darwin')(
    'with close-to-tray off, closing the window asks too instead of closing',
    async () => {
      await app.core.rpc.invoke('settings.set', { closeToTray: false });
      await runningCampaign();
      window().show();
      electron.dialog.answers = [KEEP_RUNNING];
      window().close();
      await vi.waitFor(() => expect(electron.dialog.shown).toHaveLength(1));
      expect(window()).toMatchObject({ destroyed: false, visible: false });
      expect(electron.app.quitted).toBe(false);
    },
  );
});

describe('a crashed window', () => {
  it('reloads and logs why; a window that keeps crashing is left after three reloads', async () => {
    const gone = (reason: string) =>
      window().webContents.emit('render-process-gone', {}, { reason, exitCode: 11 });
    gone('crashed');
    expect(window().webContents.reloads).toBe(1);
    expect(logLines).toContainEqual(
      expect.objectContaining({
        reason: 'crashed',
        exitCode: 11,
        msg: 'the window crashed; reloading it (the API and sending were not affected)',
      }),
    );
    gone('oom');
    gone('killed');
    gone('crashed');
    expect(window().webContents.reloads).toBe(3);
    expect(logLines.at(-1)).toMatchObject({
      reason: 'crashed',
      msg: expect.stringMatching(/not reloading again/),
    });
  });

  it('does not reload after a clean exit', () => {
    window().webContents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    expect(window().webContents.reloads).toBe(0);
  });
});

describe('keeping the computer awake', () => {
  it('blocks sleep only while a campaign sends, and not with the setting off', async () => {
    expect(awake()).toEqual([]);
    const campaign = await runningCampaign();
    await vi.waitFor(() => expect(awake()).toEqual(['prevent-app-suspension']));
    await app.core.rpc.invoke('broadcasts.pause', { id: campaign.id });
    await vi.waitFor(() => expect(awake()).toEqual([]));
    await app.core.rpc.invoke('broadcasts.resume', { id: campaign.id });
    await vi.waitFor(() => expect(awake()).toHaveLength(1));
    await app.core.rpc.invoke('settings.set', { keepAwake: false });
    expect(awake()).toEqual([]);
  });
});
