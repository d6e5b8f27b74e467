// Migration 021: a campaign made before it (content {type, …}, a file's bytes in media_data) and resumed after it
// sends the same message recipientMessage built from the old shape, now through the one OutgoingMessage.
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { outgoingMessageSchema, type OutgoingMessage } from '../../../shared/outgoing-message';
import { createCampaignRunner } from '../broadcast/campaign-runner';
import { createGovernor } from '../broadcast/governor';
import { fakeClock, runnerDeps } from '../broadcast/test-support';
import { loadMigrations, migrate } from './migrate';

const PNG_BYTES = Buffer.from('89504e470d0a1a0a', 'hex');
const BUDI = { phone: '6281234567002', name: 'Budi', vars: '{"kota":"Bandung"}' };

/** What each campaign stored up to 020, and what the old recipientMessage sent Budi for it. */
const cases: Array<{ name: string; content: object; media?: Buffer; sent: OutgoingMessage }> = [
  {
    name: 'text',
    content: { type: 'text', text: '{Halo|Halo} {{name}}' },
    sent: { kind: 'text', text: 'Halo Budi' },
  },
  {
    name: 'buttons',
    content: { type: 'buttons', text: 'Pilih {{name}}', buttons: ['Ya', 'Tidak'], footer: 'Toko {{kota}}' },
    sent: { kind: 'buttons', text: 'Pilih Budi', buttons: ['Ya', 'Tidak'], footer: 'Toko Bandung' },
  },
  {
    name: 'template without footer',
    content: {
      type: 'template',
      text: 'Hubungi {{name}}',
      buttons: [{ type: 'call', label: 'Telepon', phone: '+6281234567001' }],
      footer: '',
    },
    sent: {
      kind: 'template',
      text: 'Hubungi Budi',
      buttons: [{ type: 'call', label: 'Telepon', phone: '+6281234567001' }],
    },
  },
  {
    name: 'list',
    content: {
      type: 'list',
      text: 'Menu untuk {{name}}',
      title: 'Menu',
      buttonText: 'Pilih',
      sectionName: '',
      rows: ['Kopi', 'Teh'],
      footer: 'Toko',
    },
    sent: {
      kind: 'list',
      title: 'Menu',
      sectionName: 'Menu',
      text: 'Menu untuk Budi',
      buttonText: 'Pilih',
      rows: ['Kopi', 'Teh'],
      footer: 'Toko',
    },
  },
  {
    name: 'list without title',
    content: {
      type: 'list',
      text: 'Hai',
      title: '',
      buttonText: 'Buka',
      sectionName: '',
      rows: ['A'],
      footer: '',
    },
    sent: { kind: 'list', title: '', sectionName: 'Buka', text: 'Hai', buttonText: 'Buka', rows: ['A'] },
  },
  {
    name: 'media',
    content: {
      type: 'media',
      mediaType: 'image',
      caption: 'Brosur {{name}}',
      mimetype: 'image/png',
      fileName: 'brosur.png',
    },
    media: PNG_BYTES,
    sent: {
      kind: 'media',
      mediaType: 'image',
      file: { name: 'brosur.png', mimetype: 'image/png', data: PNG_BYTES },
      fileName: 'brosur.png',
      caption: 'Brosur Budi',
    },
  },
  {
    name: 'media without caption',
    content: { type: 'media', mediaType: 'pdf', caption: '', mimetype: 'application/pdf', fileName: 'a.pdf' },
    media: PNG_BYTES,
    sent: {
      kind: 'media',
      mediaType: 'pdf',
      file: { name: 'a.pdf', mimetype: 'application/pdf', data: PNG_BYTES },
      fileName: 'a.pdf',
    },
  },
];

function databaseAt020() {
  const db = new BetterSqlite3(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, loadMigrations().slice(0, 20));
  db.exec(`INSERT INTO devices (id, number, name, status) VALUES (1, '6281234567001', 'Toko', 'open')`);
  cases.forEach((c, i) => {
    const id = i + 1;
    db.prepare(
      `INSERT INTO campaigns (id, name, content, media_data, device_ids, pacing, status)
       VALUES (?, ?, ?, ?, '[1]', ?, 'running')`,
    ).run(id, c.name, JSON.stringify(c.content), c.media ?? null, JSON.stringify(pacing));
    db.prepare(
      `INSERT INTO campaign_recipients (campaign_id, row_no, phone, name, vars, device_id, status)
       VALUES (?, 2, ?, ?, ?, 1, 'pending')`,
    ).run(id, BUDI.phone, BUDI.name, BUDI.vars);
  });
  return db;
}

const pacing = {
  minDelaySec: 0,
  maxDelaySec: 0,
  batchSize: 0,
  batchPauseMin: 0,
  dailyCapPerDevice: 0,
  window: null,
  startAt: null,
};

describe('migration 021 campaign content as OutgoingMessage', () => {
  it('rewrites every old content type into a valid OutgoingMessage, the bytes left in media_data', () => {
    const db = databaseAt020();
    migrate(db, loadMigrations().slice(0, 21));
    const rows = db.prepare(`SELECT content, media_data AS media FROM campaigns ORDER BY id`).all() as Array<{
      content: string;
      media: Buffer | null;
    }>;
    rows.forEach((row, i) => {
      const stored = JSON.parse(row.content);
      expect(stored.kind, cases[i].name).toBe(cases[i].sent.kind);
      expect(stored).not.toHaveProperty('type');
      expect(JSON.stringify(stored)).not.toContain('null');
      if (stored.file)
        expect(
          outgoingMessageSchema.safeParse({ ...stored, file: { ...stored.file, data: row.media } }).success,
        ).toBe(true);
      else expect(outgoingMessageSchema.safeParse(stored).success, cases[i].name).toBe(true);
      expect(row.media).toEqual(cases[i].media ?? null);
    });
  });

  it('resumes a campaign made before the upgrade with the message it sent before', async () => {
    const db = databaseAt020();
    migrate(db, loadMigrations().slice(0, 21));
    const governor = createGovernor(db);
    governor.update({ warmupDays: 0 });
    const messages: OutgoingMessage[] = [];
    const runner = createCampaignRunner({
      ...runnerDeps(db, fakeClock(Date.UTC(2026, 2, 2, 3)), governor),
      send: async (_deviceId, _phone, message) => {
        messages.push(message);
        return { id: `M${messages.length}` };
      },
    });
    runner.resumeAll();
    for (let id = 1; id <= cases.length; id++) await runner.whenSettled(id);
    await runner.close();
    expect(messages).toHaveLength(cases.length);
    for (const c of cases) expect(messages).toContainEqual(c.sent);
  });
});
