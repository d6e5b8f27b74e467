// Broadcasts through a core without WhatsApp: a spreadsheet over 1 MB as base64 in the /rpc body (over the REST
// API's limit) is read, mapped and imported; drafts and deleting a campaign.
import * as XLSX from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/app';
import { RPC_TOKEN_HEADER } from '../../shared/bridge-names';
import { startTestCore } from '../support/temp-core';

let core: Core;
beforeAll(async () => {
  core = await startTestCore();
});
afterAll(() => core?.close());

async function rpc(method: string, input: unknown) {
  const response = await fetch(`${core.api.url}/rpc/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [RPC_TOKEN_HEADER]: core.rpcToken },
    body: JSON.stringify({ input }),
  });
  return { status: response.status, body: (await response.json()) as { ok: boolean; result: any } };
}

describe('spreadsheet upload over /rpc', () => {
  it('imports a file larger than 1 MB sent as base64', { timeout: 60_000 }, async () => {
    const rows: unknown[][] = [['Nama', 'Nomor WA', 'Catatan']];
    for (let i = 0; i < 20_000; i++)
      rows.push([`Pelanggan ${i}`, `0812${String(10_000_000 + i * 37).slice(0, 8)}`, 'x'.repeat(40)]);
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Data');
    const dataBase64 = (XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer).toString('base64');
    expect(dataBase64.length).toBeGreaterThan(1024 * 1024);

    const inspected = await rpc('contacts.inspectFile', { fileName: 'besar.xlsx', dataBase64 });
    expect(inspected.status).toBe(200);
    expect(inspected.body.result.sheets[0]).toMatchObject({
      rowCount: 20_000,
      phoneColumn: 1,
      nameColumn: 0,
    });
    const imported = await rpc('contacts.importFile', {
      token: inspected.body.result.token,
      sheet: 'Data',
      phoneColumn: 1,
      nameColumn: 0,
      name: 'Besar',
    });
    expect(imported.body.result).toMatchObject({ imported: 20_000, invalidCount: 0 });
  });

  it('keeps a draft campaign until it is started, and deletes it with its recipients', async () => {
    const device = await core.rpc.invoke('devices.create', { number: '081234567900', name: 'Draf' });
    const list = await core.rpc.invoke('contacts.importText', { name: 'Draf', text: '0812 3456 7901, Ani' });
    const draft = await core.rpc.invoke('broadcasts.create', {
      name: 'Draf',
      listId: list.list.id,
      content: { kind: 'text', text: 'Halo {{name}}' },
      deviceIds: [device.id],
    });
    expect(draft).toMatchObject({ status: 'draft', progress: { counts: { total: 1, pending: 1 } } });
    expect(await core.rpc.invoke('broadcasts.remove', { id: draft.id })).toEqual({ removed: true });
    expect((await core.rpc.invoke('broadcasts.list')).map((c) => c.id)).not.toContain(draft.id);
    expect(
      core.db.prepare(`SELECT count(*) AS n FROM campaign_recipients WHERE campaign_id = ?`).get(draft.id),
    ).toEqual({ n: 0 });
  });
});
