// Broadcasts end to end against the emulator: import a sheet, send a personalised campaign, receipts, report,
// opt-out replies, a 429 auto-pause and a disconnected device.
import * as XLSX from '@e965/xlsx';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CampaignProgress } from '../../shared/broadcasts';
import type { Core } from '../../electron/core/app';
import { startEmulator, type Emulator } from '../emulator/index';
import { callApi } from '../support/rest-client';
import { linkDeviceByQr, startCoreAgainst } from '../support/wa-harness';

const SENDER = '6281234567101';
const CUSTOMERS = ['6281234567201', '6281234567202', '6281234567203', '6281234567204'];
const fast = {
  minDelaySec: 0,
  maxDelaySec: 0.2,
  batchSize: 0,
  batchPauseMin: 0,
  dailyCapPerDevice: 0,
  window: null,
  startAt: null,
};

let emu: Emulator;
let core: Core;
let deviceId: number;

function sampleWorkbook(): string {
  const rows = [
    ['Nama', 'No HP', 'Kota'],
    ['Budi', '0812-3456-7201', 'Bandung'],
    ['Siti', '081234567202', ''],
    ['Budi lagi', '+62 812 3456 7201', 'Bogor'],
    ['Salah', 'bukan nomor', 'Depok'],
    ['Andi', '+62 812-3456-7203', 'Medan'],
    ['Rina', 6281234567204, 'Solo'],
  ];
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Pelanggan');
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['x']]), 'Catatan');
  return (XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer).toString('base64');
}

function waitForProgress(id: number, matches: (p: CampaignProgress) => boolean, timeoutMs = 20_000) {
  return new Promise<CampaignProgress>((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(
        new Error(`campaign ${id}: timed out, last ${JSON.stringify(core.broadcast.runner.progressOf(id))}`),
      );
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

beforeAll(async () => {
  emu = await startEmulator();
  CUSTOMERS.forEach((n, i) => (emu.createPhone(n, `C${i}`).sendReadReceipts = i === 0));
  core = await startCoreAgainst(emu);
  ({
    device: { id: deviceId },
  } = await linkDeviceByQr(core, emu, SENDER));
  await core.rpc.invoke('broadcasts.setGovernor', { rateLimitPauseMin: 0 });
});
afterAll(async () => {
  await core?.close();
  await emu?.close();
});

async function importSample() {
  const inspected = await core.rpc.invoke('contacts.inspectFile', {
    fileName: 'pelanggan.xlsx',
    dataBase64: sampleWorkbook(),
  });
  return {
    inspected,
    result: await core.rpc.invoke('contacts.importFile', {
      token: inspected.token,
      sheet: 'Pelanggan',
      phoneColumn: inspected.sheets[0].phoneColumn!,
      nameColumn: inspected.sheets[0].nameColumn,
      name: 'Pelanggan Juni',
    }),
  };
}

describe('broadcast campaign against the emulator', () => {
  it('imports a sheet: guesses columns, normalizes 0812/+62/number cells, reports the invalid row and the duplicate', async () => {
    const { inspected, result } = await importSample();
    expect(inspected.sheets.map((s) => s.name)).toEqual(['Pelanggan', 'Catatan']);
    expect(inspected.sheets[0]).toMatchObject({
      columns: ['Nama', 'No HP', 'Kota'],
      rowCount: 6,
      phoneColumn: 1,
      nameColumn: 0,
    });
    expect(inspected.sheets[0].preview[5]).toEqual(['Rina', '6281234567204', 'Solo']);
    expect(result).toMatchObject({ imported: 4, invalidCount: 1, duplicateCount: 1 });
    expect(result.invalid).toEqual([{ rowNo: 5, value: 'bukan nomor', reason: 'not_a_number' }]);
    expect(result.duplicates).toEqual([{ rowNo: 4, phone: '6281234567201', firstRowNo: 2 }]);
    expect(result.list.columns).toEqual(['kota']);
    const { contacts } = await core.rpc.invoke('contacts.get', { id: result.list.id });
    expect(contacts.map((c) => c.phone)).toEqual(CUSTOMERS);
  });

  it('sends personalised texts with spintax, tracks delivered/read, and exports the report', async () => {
    const { result } = await importSample();
    const text = '{Halo|Hai} {{name}} dari {{kota|Jakarta}}!';
    const previews = await Promise.all(
      [2, 3, 6, 7].map((rowNo) =>
        core.rpc.invoke('broadcasts.preview', { listId: result.list.id, texts: [text], rowNo }),
      ),
    );
    expect(previews[1]!.texts[0]).toMatch(/^(Halo|Hai) Siti dari Jakarta!$/);
    const campaign = await core.rpc.invoke('broadcasts.create', {
      name: 'Promo Juni',
      listId: result.list.id,
      content: { kind: 'text', text },
      deviceIds: [deviceId],
      pacing: fast,
      start: true,
    });
    const done = await waitForProgress(campaign.id, (p) => p.status === 'done');
    expect(done.counts.pending + done.counts.sending + done.counts.failed).toBe(0);
    for (const [i, number] of CUSTOMERS.entries()) {
      const got = await emu.getPhone(number)!.waitForMessage((m) => m.text === previews[i]!.texts[0]);
      expect(got.text).toMatch(/^(Halo|Hai) (Budi|Siti|Andi|Rina) dari (Bandung|Jakarta|Medan|Solo)!$/);
    }
    const receipts = await waitForProgress(campaign.id, (p) => p.counts.delivered + p.counts.read === 4);
    expect(receipts.counts.read).toBeGreaterThanOrEqual(1);

    const report = await core.rpc.invoke('broadcasts.exportReport', { id: campaign.id });
    const book = XLSX.read(Buffer.from(report.dataBase64, 'base64'), { type: 'buffer' });
    const rows = XLSX.utils.sheet_to_json<Record<string, string>>(book.Sheets[book.SheetNames[0]], {
      raw: true,
    });
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatchObject({ Row: 2, Number: '6281234567201', Name: 'Budi' });
    expect(
      rows.every((r) => ['delivered', 'read'].includes(r.Status) && r['Message ID'] && r['Sent at']),
    ).toBe(true);
    expect(await core.rpc.invoke('broadcasts.recipients', { id: campaign.id, status: 'sent' })).toHaveLength(
      4,
    );
    const timeline = await core.rpc.invoke('broadcasts.timeline', { id: campaign.id });
    expect(timeline.reduce((n, p) => n + p.sent, 0)).toBe(4);
  });

  it('never sends a campaign again to someone who replied STOP, and says how many it skipped', async () => {
    const customer = emu.getPhone(CUSTOMERS[1])!;
    await customer.sendText(`${SENDER}@s.whatsapp.net`, 'stop');
    await expect
      .poll(async () => (await core.rpc.invoke('contacts.optOuts')).map((o) => o.phone), { timeout: 10_000 })
      .toContain(CUSTOMERS[1]);
    const before = customer.messages.length;
    const { result } = await importSample();
    const campaign = await core.rpc.invoke('broadcasts.create', {
      name: 'Promo Juli',
      listId: result.list.id,
      content: { kind: 'text', text: 'Diskon untuk {{name}}' },
      deviceIds: [deviceId],
      pacing: fast,
      start: true,
    });
    expect(campaign.skippedOptOut).toBe(1);
    const done = await waitForProgress(campaign.id, (p) => p.status === 'done');
    expect(done.counts).toMatchObject({ skipped: 1, total: 4 });
    await emu.getPhone(CUSTOMERS[3])!.waitForMessage((m) => m.text === 'Diskon untuk Rina');
    expect(customer.messages.length).toBe(before);
    await core.rpc.invoke('contacts.removeOptOut', { phone: CUSTOMERS[1] });
  });

  it('pauses the campaign when WhatsApp answers 429, with the reason, and finishes after resume', async () => {
    const { result } = await importSample();
    await core.rpc.invoke('broadcasts.setGovernor', { rateLimitPauseMin: 0.05 });
    emu.faults.rateLimitNext(1);
    const campaign = await core.rpc.invoke('broadcasts.create', {
      name: 'Terlalu cepat',
      listId: result.list.id,
      content: { kind: 'text', text: 'Kabar 429 {{name}}' },
      deviceIds: [deviceId],
      pacing: { ...fast, minDelaySec: 0.3, maxDelaySec: 0.3 },
      start: true,
    });
    const paused = await waitForProgress(campaign.id, (p) => p.status === 'paused');
    expect(paused.pauseReason).toBe('rate_limited');
    // Resumed at once, the number still rests for the configured time (here 3 s) before it sends again.
    await core.rpc.invoke('broadcasts.resume', { id: campaign.id });
    await waitForProgress(campaign.id, (p) => p.waiting.some((w) => w.reason === 'cooldown'));
    await waitForProgress(campaign.id, (p) => p.status === 'done');
    await core.rpc.invoke('broadcasts.setGovernor', { rateLimitPauseMin: 0 });
    for (const number of CUSTOMERS)
      await emu.getPhone(number)!.waitForMessage((m) => m.text?.startsWith('Kabar 429') ?? false);
  });

  it('holds the share of a disconnected device and carries on when it is back', async () => {
    const { result } = await importSample();
    const campaign = await core.rpc.invoke('broadcasts.create', {
      name: 'Putus',
      listId: result.list.id,
      content: { kind: 'text', text: 'Sambung {{name}}' },
      deviceIds: [deviceId],
      pacing: { ...fast, minDelaySec: 0.8, maxDelaySec: 0.8 },
      start: true,
    });
    await emu.getPhone(CUSTOMERS[0])!.waitForMessage((m) => m.text === 'Sambung Budi');
    emu.faults.refuseConnections(2);
    emu.faults.drop(SENDER);
    await waitForProgress(campaign.id, (p) => p.waiting.some((w) => w.reason === 'device_offline'));
    await waitForProgress(campaign.id, (p) => p.status === 'done', 30_000);
    for (const number of CUSTOMERS)
      await emu.getPhone(number)!.waitForMessage((m) => m.text?.startsWith('Sambung') ?? false);
  });

  it('sends an uploaded image once stored, with a personalised caption', async () => {
    const { result } = await importSample();
    const png = new PNG({ width: 2, height: 2 });
    png.data.fill(200);
    const campaign = await core.rpc.invoke('broadcasts.create', {
      name: 'Brosur',
      listId: result.list.id,
      content: {
        kind: 'media',
        mediaType: 'image',
        file: {
          name: 'brosur.png',
          mimetype: 'image/png',
          dataBase64: PNG.sync.write(png).toString('base64'),
        },
        caption: 'Brosur untuk {{name}}',
      },
      deviceIds: [deviceId],
      pacing: fast,
      start: true,
    });
    expect(campaign.content).toMatchObject({ kind: 'media', mediaType: 'image', fileName: 'brosur.png' });
    // The bytes are kept beside the message, not in its JSON.
    const row = core.db.prepare('SELECT content, length(media_data) AS size FROM campaigns WHERE id = ?');
    const stored = row.get(campaign.id) as { content: string; size: number };
    expect(JSON.parse(stored.content)).toEqual({
      kind: 'media',
      mediaType: 'image',
      file: { name: 'brosur.png', mimetype: 'image/png' },
      fileName: 'brosur.png',
      caption: 'Brosur untuk {{name}}',
    });
    expect(stored.size).toBe(PNG.sync.write(png).length);
    await waitForProgress(campaign.id, (p) => p.status === 'done');
    const got = await emu.getPhone(CUSTOMERS[2])!.waitForMessage((m) => m.caption === 'Brosur untuk Andi');
    expect(got.media?.kind).toBe('image');
  });

  it('sends buttons, list and template campaigns with the text personalised', async () => {
    const { result } = await importSample();
    const kinds = [
      {
        kind: 'buttons' as const,
        text: 'Tombol untuk {{name}}',
        buttons: ['Mau', 'Nanti'],
        footer: 'Toko {{kota|Jakarta}}',
      },
      {
        kind: 'list' as const,
        text: 'Daftar untuk {{name}}',
        buttonText: 'Pilih',
        rows: ['Kopi', 'Teh'],
        title: 'Menu',
        sectionName: 'Menu',
      },
      {
        kind: 'template' as const,
        text: 'Template untuk {{name}}',
        buttons: [
          { type: 'call' as const, label: 'Telepon', phone: '0812-3456-7101' },
          { type: 'url' as const, label: 'Situs', url: 'https://contoh.co.id' },
        ],
      },
    ];
    for (const content of kinds) {
      const campaign = await core.rpc.invoke('broadcasts.create', {
        name: content.kind,
        listId: result.list.id,
        content,
        deviceIds: [deviceId],
        pacing: fast,
        start: true,
      });
      await waitForProgress(campaign.id, (p) => p.status === 'done');
      const rina = await emu
        .getPhone(CUSTOMERS[3])!
        .waitForMessage((m) => m.text === content.text.replace('{{name}}', 'Rina'));
      expect(rina.nativeFlow?.length).toBeGreaterThan(0);
    }
    // A device set to send buttons as a numbered text menu (Devices page) does so in campaigns too.
    await core.rpc.invoke('devices.setInteractiveStyle', { id: deviceId, style: 'text' });
    const menu = await core.rpc.invoke('broadcasts.create', {
      name: 'menu',
      listId: result.list.id,
      content: kinds[0],
      deviceIds: [deviceId],
      pacing: fast,
      start: true,
    });
    await waitForProgress(menu.id, (p) => p.status === 'done');
    const asText = await emu
      .getPhone(CUSTOMERS[3])!
      .waitForMessage((m) => (m.text?.startsWith('Tombol untuk Rina') ?? false) && !m.nativeFlow?.length);
    expect(asText.text).toContain('1. Mau');
    await core.rpc.invoke('devices.setInteractiveStyle', { id: deviceId, style: 'interactive' });
    await expect(
      core.rpc.invoke('broadcasts.create', {
        name: 'bad',
        listId: result.list.id,
        content: {
          kind: 'template',
          text: 'x',
          buttons: [{ type: 'call', label: 'Telepon', phone: 'bukan nomor' }],
        },
        deviceIds: [deviceId],
      }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('rotates recipients over two devices, each sending its own share', async () => {
    const { device: second } = await linkDeviceByQr(core, emu, '6281234567102', 'Kasir');
    const { result } = await importSample();
    const campaign = await core.rpc.invoke('broadcasts.create', {
      name: 'Dua nomor',
      listId: result.list.id,
      content: { kind: 'text', text: 'Giliran {{name}}' },
      deviceIds: [deviceId, second.id],
      pacing: fast,
      start: true,
    });
    await waitForProgress(campaign.id, (p) => p.status === 'done');
    const recipients = await core.rpc.invoke('broadcasts.recipients', { id: campaign.id });
    expect(recipients.map((r) => r.deviceId)).toEqual([deviceId, second.id, deviceId, second.id]);
    for (const [i, number] of CUSTOMERS.entries()) {
      const got = await emu.getPhone(number)!.waitForMessage((m) => m.text?.startsWith('Giliran') ?? false);
      expect(got.from.split(':')[0]).toBe(i % 2 ? '6281234567102' : SENDER);
    }
  });

  it('checks which numbers are on WhatsApp and can leave the others out of a campaign', async () => {
    const list = await core.rpc.invoke('contacts.importText', {
      name: 'Campur',
      text: `${CUSTOMERS[0]}, Budi\n081299990000, Tidak ada`,
    });
    const checked = await core.rpc.invoke('contacts.checkWhatsApp', { id: list.list.id, deviceId });
    expect(checked).toMatchObject({ checked: 2, notOnWhatsApp: 1, removed: 0 });
    const campaign = await core.rpc.invoke('broadcasts.create', {
      name: 'Hanya WA',
      listId: list.list.id,
      content: { kind: 'text', text: 'Cek {{name}}' },
      deviceIds: [deviceId],
      onlyOnWhatsApp: true,
    });
    expect(campaign.progress.counts.total).toBe(1);
    expect(campaign.status).toBe('draft');
  });

  it('limits REST API sends of a device that opted in to the safety governor', async () => {
    const sentThisHour = core.db
      .prepare(`SELECT count(*) AS n FROM send_log WHERE device_id = ? AND sent_at >= ?`)
      .get(deviceId, Date.now() - 3_600_000) as { n: number };
    await core.rpc.invoke('broadcasts.setGovernor', {
      apiGovernedDeviceIds: [deviceId],
      hourlyCap: sentThisHour.n + 1,
    });
    const params = {
      api_key: core.settings.get().apiKey,
      sender: SENDER,
      number: CUSTOMERS[2],
      message: 'lewat API',
    };
    const first = await callApi(core.api.url, '/send-message', params);
    expect(first.body).toMatchObject({ status: true });
    const second = await callApi(core.api.url, '/send-message', { ...params, message: 'lewat API lagi' });
    expect(second.body).toMatchObject({ status: false });
    await core.rpc.invoke('broadcasts.setGovernor', { apiGovernedDeviceIds: [], hourlyCap: 200 });
    const third = await callApi(core.api.url, '/send-message', { ...params, message: 'tanpa batas' });
    expect(third.body).toMatchObject({ status: true });
  });
});
