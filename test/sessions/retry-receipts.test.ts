// Retry receipts (issue 20 item 1): a recipient's phone that could not decrypt asks again, and the app must send
// the same message again from its own store — also after a restart, also for buttons (with their <biz> node) and
// media. The emulator's phones answer chosen messages with retry receipts (test/emulator/phone-retry.ts).
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CampaignProgress } from '../../shared/broadcasts';
import type { Core } from '../../electron/core/app';
import { findDeviceByNumber } from '../../electron/core/devices/queries';
import { startEmulator, type Emulator, type Phone } from '../emulator/index';
import { tempDataDir } from '../support/temp-core';
import { linkDeviceByQr, startCoreAgainst } from '../support/wa-harness';

const SENDER = '6281234568001';
const RECIPIENTS = Array.from({ length: 60 }, (_, i) => `62812345681${String(i).padStart(2, '0')}`);
const fast = {
  minDelaySec: 0,
  maxDelaySec: 0.05,
  batchSize: 0,
  batchPauseMin: 0,
  dailyCapPerDevice: 0,
  window: null,
  startAt: null,
};

let emu: Emulator;
let core: Core;
let dataDir: string;
let deviceId: number;

beforeAll(async () => {
  emu = await startEmulator();
  dataDir = tempDataDir();
  core = await startCoreAgainst(emu, { dataDir });
  ({
    device: { id: deviceId },
  } = await linkDeviceByQr(core, emu, SENDER));
  await core.rpc.invoke('broadcasts.setGovernor', { warmupDays: 0, rateLimitPauseMin: 0 });
});
afterAll(async () => {
  await core?.close();
  await emu?.close();
});

function waitForProgress(id: number, matches: (p: CampaignProgress) => boolean, timeoutMs = 30_000) {
  return new Promise<CampaignProgress>((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(new Error(`campaign ${id}: last ${JSON.stringify(core.broadcast.runner.progressOf(id))}`));
    }, timeoutMs);
    const check = (p: CampaignProgress) => {
      if (p.campaignId !== id || !matches(p)) return;
      clearTimeout(timer);
      off();
      resolve(p);
    };
    const off = core.events.on('broadcast.progress', check);
    check(core.broadcast.runner.progressOf(id));
  });
}

/** Restarts the app on the same data dir, once the emulator has seen the old connection go. */
async function restartApp(beforeStart: () => Promise<void> = async () => undefined) {
  await core.close();
  const linked = emu.getPhone(SENDER)!;
  await expect.poll(() => linked.toJSON().devices.every((d) => !d.online)).toBe(true);
  await beforeStart();
  core = await startCoreAgainst(emu, { dataDir });
}

const decrypted = (phone: Phone, text: string) => phone.messages.filter((m) => m.text === text).length;

describe('retry receipts', () => {
  it('a campaign where 5% of the recipients ask again, one of them after an app restart: every recipient decrypts', async () => {
    const phones = RECIPIENTS.map((n) => emu.createPhone(n));
    const late = phones[RECIPIENTS.length - 1];
    // 59 phones, every 20th asks again (2); the last phone is off while the campaign runs and asks once it is
    // back, which is after the app was restarted.
    emu.retryReceipts.add({ fraction: 0.05, numbers: RECIPIENTS.slice(0, -1) });
    await late.setOnline(false);
    const list = await core.rpc.invoke('contacts.importText', {
      name: 'Retry',
      text: RECIPIENTS.map((n) => `0${n.slice(2)}`).join('\n'),
    });
    const campaign = await core.rpc.invoke('broadcasts.create', {
      name: 'Retry',
      listId: list.list.id,
      content: { kind: 'text', text: 'Stok baru sudah datang' },
      deviceIds: [deviceId],
      pacing: fast,
      start: true,
    });
    await waitForProgress(campaign.id, (p) => p.status === 'done');
    await waitForProgress(campaign.id, (p) => p.counts.delivered + p.counts.read === RECIPIENTS.length - 1);
    expect(emu.retryReceipts.stats().askedFor).toHaveLength(2);

    await restartApp(async () => {
      emu.retryReceipts.add({ numbers: [late.number], fraction: 1 });
      await late.setOnline(true); // reads the held message, asks again; the receipt waits for the app
    });
    await late.waitForMessage((m) => m.text === 'Stok baru sudah datang', 15_000);
    await waitForProgress(campaign.id, (p) => p.counts.delivered + p.counts.read === RECIPIENTS.length);

    const stats = emu.retryReceipts.stats();
    expect(stats.askedFor).toHaveLength(3);
    expect(stats.decrypted.sort()).toEqual(stats.askedFor.sort());
    expect(phones.map((p) => decrypted(p, 'Stok baru sudah datang'))).toEqual(phones.map(() => 1));
    expect(emu.faults.errors).toEqual([]);
    emu.retryReceipts.reset();
  });

  it('buttons are sent again with their <biz> node, and an image after a restart with the same media', async () => {
    const buyer = emu.createPhone('6281234568201', 'Buyer');
    const viewer = emu.createPhone('6281234568202', 'Viewer');
    emu.retryReceipts.add({ numbers: [buyer.number], fraction: 1 });
    const buttons = await core.send.one({
      from: SENDER,
      to: buyer.jid,
      message: { kind: 'buttons', text: 'Pilih ukuran', buttons: ['S', 'M', 'L'] },
    });
    const got = await buyer.waitForMessage((m) => m.id === buttons.id);
    expect(emu.retryReceipts.stats().askedFor).toContain(buttons.id);
    expect(got.text).toBe('Pilih ukuran');
    expect(got.nativeFlow?.length).toBe(3);
    expect(got.extraNodes.find((n) => n.tag === 'biz')).toBeTruthy();
    emu.retryReceipts.reset();

    const png = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#c0392b' } })
      .png()
      .toBuffer();
    await viewer.setOnline(false);
    const image = await core.send.one({
      from: SENDER,
      to: viewer.jid,
      message: {
        kind: 'media',
        mediaType: 'image',
        file: { name: 'promo.png', mimetype: 'image/png', data: png },
        caption: 'Promo',
      },
    });
    await restartApp(async () => {
      emu.retryReceipts.add({ ids: [image.id] });
      await viewer.setOnline(true);
    });
    const shown = await viewer.waitForMessage((m) => m.id === image.id, 15_000);
    expect(shown.caption).toBe('Promo');
    expect(shown.media?.sha256Matches).toBe(true);
    expect(shown.media?.size).toBe(png.length);
    expect(emu.retryReceipts.stats().decrypted).toContain(image.id);
    expect(emu.faults.errors).toEqual([]);
    const device = findDeviceByNumber(core.db, SENDER)!;
    expect(await core.sessions.sent.getMessage(device.id, image.id)).toBeTruthy();
    emu.retryReceipts.reset();
  });
});
