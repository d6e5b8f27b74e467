// Migration 007 (broadcasts): one contact per number in a list, recipients cascade with their campaign, and the
// runner's claim query uses the queue index.
import { describe, expect, it } from 'vitest';
import { insertContactList, insertContacts } from '../broadcast/contact-queries';
import { insertCampaign } from '../broadcast/queries';
import { copyListNow } from '../broadcast/recipient-copy';
import { seedDevice, tempDb } from '../broadcast/test-support';

describe('migration 007 broadcasts', () => {
  it('reads a list in sheet order and counts its checked numbers through indexes', () => {
    const db = tempDb();
    const listId = insertContactList(db, 'A', [], 'test');
    insertContacts(db, listId, [{ rowNo: 2, phone: '6281234567001', name: 'Budi', vars: '{}' }]);
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(listId) as Array<{ detail: string }>)
        .map((p) => p.detail)
        .join(' ');
    expect(
      plan(`SELECT phone FROM contacts WHERE list_id = ? AND row_no >= 0 ORDER BY row_no LIMIT 1`),
    ).toMatch(/contacts_list_row/);
    expect(plan(`SELECT count(*) FROM contacts WHERE list_id = ? AND on_whatsapp = 0`)).toMatch(
      /contacts_list_checked/,
    );
  });

  it('deletes recipients with their campaign and uses the queue index to claim', () => {
    const db = tempDb();
    const device = seedDevice(db);
    const listId = insertContactList(db, 'A', [], 'test');
    insertContacts(db, listId, [{ rowNo: 2, phone: '6281234567001', name: '', vars: '{}' }]);
    const id = insertCampaign(db, {
      name: 'C',
      listId,
      content: '{}',
      mediaData: null,
      deviceIds: [device.id],
      pacing: '{}',
    });
    copyListNow(db, id, listId, [device.id], false);
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT id FROM campaign_recipients WHERE campaign_id = ? AND device_id = ? AND status = 'pending' ORDER BY id LIMIT 1`,
      )
      .all(id, device.id) as Array<{ detail: string }>;
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/campaign_recipients_queue/);
    db.prepare(`DELETE FROM campaigns WHERE id = ?`).run(id);
    expect(db.prepare(`SELECT count(*) AS n FROM campaign_recipients`).get()).toEqual({ n: 0 });
  });
});
